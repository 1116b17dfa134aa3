import { BudgetRound, nextProposalReferences } from '@budgetflow/domain';
import { ProposalTransaction } from './proposal-transaction';

/** The committee's next free number in the round: B26-SU-01, B26-SU-02, ... (read in the transaction that inserts it). */
export async function nextReference(tx: ProposalTransaction, roundId: string, round: BudgetRound, committee: string): Promise<string> {
  const [next] = nextProposalReferences(round.budgetYear, committee, await tx.referencesOf(roundId, committee), 1);
  if (!next) throw new RangeError(`${committee} has used every reference number of ${round.name}`);
  return next;
}
