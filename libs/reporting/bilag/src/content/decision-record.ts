import { DECISION_BODY_LABELS, DECISION_OUTCOME_LABELS, bodyOfOutcome, danishIsoDate, lapseReason } from '@budgetflow/domain';
import { BilagProposal } from '../model/bilag-data';

/** FU's and RR's decisions on a proposal, oldest first: the body and the meeting's date, the outcome and the decision text. */
export function decisionsOnRecord(proposal: Pick<BilagProposal, 'steps'>): { label: string; value: string }[] {
  return proposal.steps.flatMap((step) => {
    if (!step.outcome || !step.meetingDate) return [];
    const outcome = DECISION_OUTCOME_LABELS[step.outcome];
    return [
      {
        label: `${DECISION_BODY_LABELS[bodyOfOutcome(step.outcome)]}, ${danishIsoDate(step.meetingDate)}`,
        value: step.decisionText ? `${outcome}. ${step.decisionText}` : outcome,
      },
    ];
  });
}

/** Why a lapsed proposal lapsed, by the domain's rule over its steps; null in any other state. */
export function lapseReasonOf(proposal: Pick<BilagProposal, 'state' | 'stateSequence' | 'steps'>): string | null {
  return proposal.state === 'lapsed' ? lapseReason(proposal.steps, proposal.stateSequence) : null;
}
