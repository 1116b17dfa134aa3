import { BudgetRound, formatProposalReference, parseProposalReference } from '@budgetflow/domain';
import { ProposalTransaction } from './proposal-transaction';

/** The committee's next free number in the round: B26-SU-01, B26-SU-02, ... (read in the transaction that inserts it). */
export async function nextReference(tx: ProposalTransaction, roundId: string, round: BudgetRound, committee: string): Promise<string> {
  const used = (await tx.referencesOf(roundId, committee)).map((reference) => parseProposalReference(reference)?.sequence ?? 0);
  return formatProposalReference(round.budgetYear, committee, Math.max(0, ...used) + 1);
}
