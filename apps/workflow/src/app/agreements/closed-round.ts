import { EventEnvelope } from '@budgetflow/contracts';
import { closingStep } from '@budgetflow/domain';
import { AuthenticatedUser } from '@budgetflow/platform';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowTransaction } from '../store/workflow-transaction';
import { recordChange } from '../actions/record-change';

/**
 * A proposal handed to the workflow after the budget agreement closed its round (a submission that crossed the
 * agreement): the workflow now holds it and settles it as the closing would have, with the reason on record,
 * in the name of whoever recorded the agreement.
 */
export async function lapseInClosedRound(tx: WorkflowTransaction, proposal: StoredProposal, cause: EventEnvelope): Promise<void> {
  const step = closingStep(proposal.state, false);
  // Only a submission crosses a closed round's agreement, and a submitted proposal lapses.
  if (step?.action !== 'lapse') return;
  const agreement = await tx.agreementOf(proposal.roundId);
  if (!agreement) throw new Error(`The closed round ${proposal.roundId} has no budget agreement`);
  // Only the login id is kept with the agreement: the record shows the role and that id.
  const closer: AuthenticatedUser = { id: agreement.createdBy, name: null, actor: { role: 'rr_secretariat' } };
  await recordChange(tx, proposal, { action: step.action, to: step.to, reason: step.reason }, closer, {
    correlationId: cause.correlationId,
    requestId: cause.id,
  });
}
