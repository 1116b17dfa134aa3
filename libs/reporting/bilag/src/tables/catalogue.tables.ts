import { PROPOSAL_STATE_LABELS, tableHeading, yearColumnKey, yearTable } from '@budgetflow/domain';
import { groupByCommittee } from '../content/committee-groups';
import { catalogueProposals } from '../content/proposal-selection';
import { AmountTableRow, detailRow, groupRow, subtotalRow, totalRow } from '../layout/amount-table';
import { BilagData, BilagProposal } from '../model/bilag-data';
import { BilagTable } from './bilag-table';
import { consequenceRows } from './consequence.tables';

/** The catalogue's proposals grouped by committee, in the order the overview lists them. */
export function catalogueGroups(data: BilagData) {
  return groupByCommittee(data.round.round, catalogueProposals(data), (proposal) => proposal.content.committee);
}

/** The catalogue's overview: one row per proposal with its budget-year amount as submitted, subtotals, "I alt". */
export function catalogueOverviewTable(data: BilagData): BilagTable {
  const { round } = data.round;
  const groups = catalogueGroups(data);
  const key = yearColumnKey(round.budgetYear);
  // The catalogue shows proposals as submitted, so the overview sums the submitted tables.
  const asSubmitted = (items: readonly BilagProposal[]) =>
    yearTable(
      round,
      items.map(({ content }) => ({ reference: content.reference, title: content.title, table: content.table })),
    );
  const rows: AmountTableRow[] = groups.flatMap((group) => {
    const table = asSubmitted(group.items);
    return [
      groupRow(group.committee.name),
      ...group.items.map((proposal, index) =>
        detailRow([proposal.content.reference, proposal.content.title, PROPOSAL_STATE_LABELS[proposal.state]], [table.rows[index]?.cells[key] ?? null]),
      ),
      subtotalRow(`I alt, ${group.committee.name}`, [table.total[key] ?? null]),
    ];
  });
  // The overview lists proposals in committee order, so "I alt" sums exactly the rows above it.
  rows.push(totalRow('I alt', [asSubmitted(groups.flatMap((group) => group.items)).total[key] ?? null]));
  return {
    sheet: 'Oversigt',
    caption: `Forslag til omstillingstemaer ${round.budgetYear} (${round.priceLevel}; mio. kr.)`,
    spec: {
      textColumns: [
        { header: 'Reference', width: 62 },
        { header: 'Forslag', width: '*' },
        { header: 'Status', width: 74 },
      ],
      amountHeaders: [String(round.budgetYear)],
      rows,
    },
  };
}

/**
 * Every catalogue proposal's consequence table as submitted, one under the other (the PDF prints each in its
 * proposal's section): a heading row with reference and title, the rows by category and "Samlet".
 */
export function catalogueConsequenceTables(data: BilagData): BilagTable {
  const { round } = data.round;
  const rows = catalogueGroups(data).flatMap((group) =>
    group.items.flatMap((proposal) => [groupRow(`${proposal.content.reference} ${proposal.content.title}`), ...consequenceRows(round, proposal.content.table)]),
  );
  return {
    sheet: 'Økonomisk konsekvens',
    caption: tableHeading(round.priceLevel),
    spec: { textColumns: [{ header: '', width: '*' }], amountHeaders: yearTable(round, []).columns.map((column) => column.label), rows },
  };
}
