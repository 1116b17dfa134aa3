import { EventActor } from '@budgetflow/contracts';
import { ProposalState, closingStep, holderOf } from '@budgetflow/domain';
import { Prisma, Proposal } from '@budgetflow/intake/data-access';
import { ChangeCause, recordProposalChange } from './record-proposal-change';

/**
 * The budget agreement closed the round while the committee held this proposal (a draft, or returned): intake,
 * the holder, lets it lapse with the closing's reason on record, in the name of whoever recorded the agreement.
 */
export async function lapseHeldProposal(tx: Prisma.TransactionClient, proposal: Proposal, closer: EventActor, cause: ChangeCause): Promise<void> {
  const state = proposal.state as ProposalState;
  const step = closingStep(state, false);
  if (!step || holderOf(state) !== 'committee') return;
  const row = await tx.proposal.update({
    where: { id: proposal.id },
    data: { state: step.to, stateSequence: { increment: 1 }, version: { increment: 1 }, eventCount: { increment: 1 } },
  });
  await recordProposalChange(tx, row, closer, 'lapse', proposal.state, step.reason, cause);
}
