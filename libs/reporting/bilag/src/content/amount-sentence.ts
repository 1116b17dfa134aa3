import { BudgetRound, describeAmounts, tableTotals } from '@budgetflow/domain';
import { BilagProposal } from '../model/bilag-data';
import { capitalize } from '../layout/danish-text';
import { amendedMark, decidedTable, isAmended } from './decided-table';

// A hyphen before a digit at a word start is a minus; "2026-2028" keeps its hyphen.
const SIGNED_AMOUNT = /(^|\s)-(?=\d)/g;

/**
 * One line of the adopted overview: the decided amounts in words and the title, e.g.
 * "Besparelse på 10,0 mio. kr. årligt: Effektiv ambulatoriedrift" or, for a row that both costs
 * and saves, "Nettovirkning på 1,0 mio. kr. i 2026 og −2,0 mio. kr. årligt fra 2027: …".
 */
export function amountSentence(round: BudgetRound, proposal: BilagProposal): string {
  const wording = describeAmounts(round.yearColumns, tableTotals(decidedTable(proposal)));
  const lead = wording.kind === 'blandet' ? `nettovirkning på ${wording.amounts.replace(SIGNED_AMOUNT, '$1\u2212')}` : wording.phrase;
  const funding = wording.kind === 'udgift' && proposal.content.fundingSource ? ` (${proposal.content.fundingSource})` : '';
  const amended = isAmended(proposal) ? ` ${amendedMark(proposal)}` : '';
  return `${capitalize(lead)}: ${proposal.content.title}${funding}${amended}`;
}
