import { EventActor } from '@budgetflow/contracts';
import { closingStep, holderOf } from '@budgetflow/domain';
import { ChangeCause, ProposalTransaction } from './proposal-transaction';
import { StoredProposal } from './stored-proposal';

/**
 * The budget agreement closed the round while the committee held this proposal (a draft, or returned): intake,
 * the holder, lets it lapse with the closing's reason on record, in the name of whoever recorded the agreement.
 */
export async function lapseHeldProposal(tx: ProposalTransaction, proposal: StoredProposal, closer: EventActor, cause: ChangeCause): Promise<void> {
  const step = closingStep(proposal.state, false);
  if (!step || holderOf(proposal.state) !== 'committee') return;
  const row = await tx.applyStep(proposal.id, { state: step.to, changesState: true });
  await tx.record(closer, [{ row, action: 'lapse', fromState: proposal.state, remark: step.reason }], cause);
}
