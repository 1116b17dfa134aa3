import { BudgetRound, YearTable } from '@budgetflow/domain';
import { agreementMadeSentence } from '../content/agreement-parties';
import { amountSentence } from '../content/amount-sentence';
import { CommitteeGroup, groupByCommittee } from '../content/committee-groups';
import { decidedAmountsNote } from '../content/decided-table';
import { decidedYearTable } from '../content/decided-year-table';
import { adoptedProposals } from '../content/proposal-selection';
import { AmountTableRow, detailRow, groupRow, totalRow } from '../layout/amount-table';
import { BilagAgreement, BilagData, BilagProposal } from '../model/bilag-data';
import { BilagTable } from './bilag-table';

/** What the bilag says when nothing is adopted. */
export const NO_ADOPTED_PROPOSALS = 'Der er ingen vedtagne forslag.';

/** The sentence on the budget agreement (or that there is none yet) at the top of the bilag. */
export function agreementSentence(round: BudgetRound, agreement: BilagAgreement | null): string {
  if (!agreement) return `${round.name} er endnu ikke vedtaget: der er ingen budgetaftale. Bilaget viser de forslag, Regionsrådet indtil nu har vedtaget.`;
  return `${agreementMadeSentence(round, agreement)} Bilaget viser de forslag, der er vedtaget med aftalen, pr. udvalg.`;
}

/** The adopted proposals by committee, in the order the bilag lists them. */
export function adoptedGroups(data: BilagData): CommitteeGroup<BilagProposal>[] {
  return groupByCommittee(data.round.round, adoptedProposals(data), (proposal) => proposal.content.committee);
}

/** The note under the adopted proposals: the unit and which amounts a body changed. */
export function adoptedNote(data: BilagData): string {
  return `Beløbene er i mio. kr. i ${data.round.round.priceLevel}. ${decidedAmountsNote(adoptedProposals(data))}`;
}

/** The adopted proposals, one line each in words, by committee (no amounts: the words carry them). */
export function adoptedLinesTable(data: BilagData): BilagTable {
  const { round } = data.round;
  const rows: AmountTableRow[] = adoptedGroups(data).flatMap((group) => [
    groupRow(group.committee.name),
    ...group.items.map((proposal) => detailRow([proposal.content.reference, amountSentence(round, proposal)], [])),
  ]);
  return {
    sheet: 'Vedtagne forslag',
    caption: `Vedtagne forslag, ${round.name}`,
    spec: {
      textColumns: [
        { header: 'Reference', width: 62 },
        { header: 'Forslag', width: '*' },
      ],
      amountHeaders: [],
      rows,
    },
    notes: [agreementSentence(round, data.agreement), rows.length === 0 ? NO_ADOPTED_PROPOSALS : adoptedNote(data)],
  };
}

/** Each committee's adopted proposals summed per year, and "I alt". */
export function adoptedSummaryTable(data: BilagData): BilagTable {
  const { round } = data.round;
  const groups = adoptedGroups(data);
  const whole = decidedYearTable(
    round,
    groups.flatMap((group) => group.items),
  );
  const cells = (table: YearTable) => whole.columns.map((column) => table.total[column.key] ?? null);
  // Each committee's row is its proposals' sum; "I alt" is the sum of all of them.
  const rows: AmountTableRow[] = groups.map((group) => detailRow([group.committee.name], cells(decidedYearTable(round, group.items))));
  rows.push(totalRow('I alt', cells(whole)));
  return {
    sheet: 'I alt pr. udvalg',
    caption: `De vedtagne forslag i alt (${round.priceLevel}; mio. kr.)`,
    spec: { textColumns: [{ header: 'Udvalg', width: '*' }], amountHeaders: whole.columns.map((column) => column.label), rows },
  };
}
