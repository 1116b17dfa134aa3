import { EventEnvelope, ProposalWorkflowChangedV1, WorkflowEventType } from '@budgetflow/contracts';
import { isProposalState } from '@budgetflow/domain';
import { Prisma } from '@budgetflow/intake/data-access';
import { EventHandlers, PermanentEventError, SqlExecutor } from '@budgetflow/messaging';

/** Workflow decisions change what the committee may do next (edit when returned, nothing once decided). */
const ACTION_OF: Record<string, string> = {
  [WorkflowEventType.ProposalReturned]: 'return_with_remarks',
  [WorkflowEventType.ProposalScheduled]: 'schedule_for_fu',
  [WorkflowEventType.ProposalDecidedByFu]: 'fu_decision',
  [WorkflowEventType.ProposalDecidedByRr]: 'rr_decision',
};

async function applyWorkflowChange(envelope: EventEnvelope, sql: SqlExecutor): Promise<void> {
  const tx = sql as unknown as Prisma.TransactionClient;
  const change = envelope.payload as ProposalWorkflowChangedV1;
  if (typeof change.proposalId !== 'string' || !isProposalState(change.state)) {
    throw new PermanentEventError(`${envelope.type}: payload needs proposalId and a known state`);
  }
  const proposal = await tx.proposal.findUnique({ where: { id: change.proposalId } });
  // Workflow only knows proposals intake published; an unknown id can never be applied here.
  if (!proposal) throw new PermanentEventError(`${envelope.type}: unknown proposal ${change.proposalId}`);
  const updated = await tx.proposal.update({
    where: { id: proposal.id },
    data: {
      state: change.state,
      version: { increment: 1 },
      ...(envelope.type === WorkflowEventType.ProposalReturned ? { remark: change.remark } : {}),
    },
  });
  await tx.proposalHistory.create({
    data: {
      proposalId: proposal.id,
      at: new Date(envelope.occurredAt),
      actorId: envelope.actor.id,
      actorRole: envelope.actor.role,
      actorCommittee: envelope.actor.committee ?? null,
      action: change.outcome ?? ACTION_OF[envelope.type] ?? envelope.type,
      fromState: proposal.state,
      toState: change.state,
      version: updated.version,
      remark: change.remark ?? change.decisionText,
    },
  });
}

/** The workflow events intake applies, by qualified type. */
export function workflowEventHandlers(): EventHandlers {
  return Object.fromEntries(Object.keys(ACTION_OF).map((type) => [`${type}.v1`, applyWorkflowChange]));
}
