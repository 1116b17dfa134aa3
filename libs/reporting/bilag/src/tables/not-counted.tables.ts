import { COUNTED_STATES, PROPOSAL_STATE_LABELS, TableCells, YEAR_TABLE_LABELS } from '@budgetflow/domain';
import { groupByCommittee } from '../content/committee-groups';
import { decidedYearTable } from '../content/decided-year-table';
import { catalogueProposals, statesInWords } from '../content/proposal-selection';
import { AmountTableRow, detailRow, groupRow, subtotalRow, totalRow } from '../layout/amount-table';
import { BilagData, BilagProposal } from '../model/bilag-data';
import { BilagTable } from './bilag-table';

/** The submitted proposals that do not count towards the frames: rejected by FU, not adopted by RR, lapsed. */
export function notCountedProposals(data: BilagData): BilagProposal[] {
  return catalogueProposals(data).filter((proposal) => !COUNTED_STATES.includes(proposal.state));
}

/** Ikke medregnet: the proposals left out of the budget, by committee, with their status and amounts year by year. */
export function notCountedTable(data: BilagData): BilagTable {
  const { round } = data.round;
  const proposals = notCountedProposals(data);
  const groups = groupByCommittee(round, proposals, (proposal) => proposal.content.committee);
  const whole = decidedYearTable(round, proposals);
  const cells = (values: TableCells) => whole.columns.map((column) => values[column.key] ?? null);
  const rows: AmountTableRow[] = groups.flatMap((group) => {
    const table = decidedYearTable(round, group.items);
    return [
      groupRow(group.committee.name),
      ...group.items.map((proposal, index) =>
        detailRow([proposal.content.reference, proposal.content.title, PROPOSAL_STATE_LABELS[proposal.state]], cells(table.rows[index]?.cells ?? {})),
      ),
      subtotalRow(`I alt, ${group.committee.name}`, cells(table.total)),
    ];
  });
  // "I alt" sums the same proposals as the rows above it, from their exact amounts.
  rows.push(totalRow(YEAR_TABLE_LABELS.total, cells(whole.total)));
  const left = [...new Set(proposals.map((proposal) => proposal.state))];
  return {
    sheet: 'Ikke medregnet',
    caption: `Forslag, der ikke medregnes i ${round.name} (${round.priceLevel}; mio. kr.)`,
    spec: {
      textColumns: [
        { header: 'Reference', width: 62 },
        { header: 'Forslag', width: '*' },
        { header: 'Status', width: 74 },
      ],
      amountHeaders: whole.columns.map((column) => column.label),
      rows,
    },
    notes: [
      proposals.length === 0
        ? 'Alle indsendte forslag medregnes.'
        : `${proposals.length} ${proposals.length === 1 ? 'indsendt' : 'indsendte'} forslag medregnes ikke mod rammerne (status ${statesInWords(left)}). Beløbene er de besluttede, ellers som indsendt; besparelser er negative.`,
      'Kladder og tilbagetrukne forslag er ikke medtaget.',
    ],
  };
}
