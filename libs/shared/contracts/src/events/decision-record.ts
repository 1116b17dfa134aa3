import { AmendingDecision } from '../parse/amending-decisions';
import type { ProposalWorkflowChangedV1 } from './workflow-events';

/** The amending decision a workflow event carries, as followers keep it; null when the event changed no amounts. */
export function amendingDecisionOf(change: ProposalWorkflowChangedV1): AmendingDecision | null {
  if (!change.decidedTable || !change.meeting) return null;
  return { body: change.meeting.body, meetingDate: change.meeting.date, amendedTable: change.decidedTable, stateSequence: change.stateSequence };
}

/** The decisions a follower keeps, with this one added unless it is kept already (a decision is known by its state sequence). */
export function withDecision(decisions: readonly AmendingDecision[], decision: AmendingDecision | null): readonly AmendingDecision[] {
  if (!decision || decisions.some((kept) => kept.stateSequence === decision.stateSequence)) return decisions;
  return [...decisions, decision];
}
