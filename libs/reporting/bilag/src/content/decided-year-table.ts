import { BudgetRound, YearTable, yearTable } from '@budgetflow/domain';
import { BilagProposal } from '../model/bilag-data';
import { decidedTable } from './decided-table';

/** The domain's year table over the proposals' decided amounts (amended where a body changed them). */
export function decidedYearTable(round: BudgetRound, proposals: readonly BilagProposal[]): YearTable {
  return yearTable(
    round,
    proposals.map((proposal) => ({ reference: proposal.content.reference, title: proposal.content.title, table: decidedTable(proposal) })),
  );
}
