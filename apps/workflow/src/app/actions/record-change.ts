import { ADMINISTRATION_ACTION_EVENTS, ProposalWorkflowChangedV1 } from '@budgetflow/contracts';
import { AdministrationAction, ConsequenceTable, DecisionOutcome, MeetingReference, ProposalState } from '@budgetflow/domain';
import { EventContext, newEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext, actorOnRecord } from '@budgetflow/platform';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowTransaction } from '../store/workflow-transaction';

/** A workflow action the rules allowed, with what goes on record and into the event. */
export interface WorkflowChange {
  action: AdministrationAction;
  to: ProposalState;
  remark?: string | null;
  meeting?: MeetingReference | null;
  outcome?: DecisionOutcome | null;
  decisionText?: string | null;
  originalTable?: ConsequenceTable | null;
  decidedTable?: ConsequenceTable | null;
  /** Why the state changed when no body decided it (the round's closing). */
  reason?: string | null;
}

/**
 * Applies an allowed change to a locked proposal in the caller's transaction: the new state, the next state
 * sequence (the workflow holds the proposal, so it numbers the change), the version, the history line, and the
 * event the action publishes, in the outbox with the proposal's next event sequence number. Returns the updated row.
 */
export async function recordChange(
  tx: WorkflowTransaction,
  proposal: StoredProposal,
  change: WorkflowChange,
  user: AuthenticatedUser,
  request: RequestContext,
): Promise<StoredProposal> {
  // Only a return changes the remark the committee sees.
  const updated = await tx.changeState(proposal.id, { to: change.to, ...(change.action === 'return_with_remarks' ? { remark: change.remark ?? null } : {}) });
  const payload: ProposalWorkflowChangedV1 = {
    proposalId: proposal.id,
    roundId: proposal.roundId,
    state: change.to,
    stateSequence: updated.stateSequence,
    remark: change.remark ?? null,
    meeting: change.meeting ?? null,
    outcome: change.outcome ?? null,
    decisionText: change.decisionText ?? null,
    decidedTable: change.decidedTable ?? null,
    reason: change.reason ?? null,
  };
  const context = eventContext(user, request);
  const event = newEvent(ADMINISTRATION_ACTION_EVENTS[change.action], { id: proposal.id, sequence: updated.eventCount }, payload, context);
  await tx.publish(event);
  await tx.appendHistory({
    proposalId: proposal.id,
    at: new Date(event.envelope.occurredAt),
    actorId: context.actor.id,
    actorRole: context.actor.role,
    actorCommittee: context.actor.committee ?? null,
    actorName: context.actor.name ?? null,
    action: change.action,
    fromState: proposal.state,
    toState: change.to,
    version: updated.version,
    remark: change.remark ?? change.reason ?? null,
    meetingId: change.meeting?.id ?? null,
    agendaItem: change.meeting?.agendaItem ?? null,
    outcome: change.outcome ?? null,
    decisionText: change.decisionText ?? null,
    // The original is kept beside an amended table, so the record shows both.
    originalTable: change.decidedTable && change.originalTable ? change.originalTable : null,
    decidedTable: change.decidedTable ?? null,
    eventId: event.envelope.id,
  });
  return updated;
}

/** Who caused the workflow's event, and the request it belongs to. */
export function eventContext(user: AuthenticatedUser, request: RequestContext): EventContext {
  return { actor: actorOnRecord(user), correlationId: request.correlationId, causationId: request.requestId };
}
