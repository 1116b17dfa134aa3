import {
  AmountsByState,
  BudgetRound,
  COUNTED_STATES,
  FRAME_STATE_GROUPS,
  PROPOSAL_STATE_LABELS,
  UNCOUNTED_STATES,
  columnTotal,
  frameStatus,
  sumAmounts,
  sumOfStates,
  sumOptionalAmounts,
  yearColumnKey,
} from '@budgetflow/domain';
import { groupByCommittee } from '../content/committee-groups';
import { amendedMark, decidedAmountsNote, decidedTable, isAmended } from '../content/decided-table';
import { statesInWords } from '../content/proposal-selection';
import { AmountTableRow, detailRow, groupRow, lineRow, subtotalRow, totalRow } from '../layout/amount-table';
import { BilagData, BilagProposal } from '../model/bilag-data';
import { BilagTable } from './bilag-table';

/** Each committee's frame against its proposals by status, and (with a target) the round against the target. */
export function frameTables(data: BilagData): BilagTable[] {
  const { round } = data.round;
  const status = frameStatus(
    round,
    data.proposals.map((proposal) => ({ committee: proposal.content.committee, status: proposal.state, table: decidedTable(proposal) })),
  );
  const stateAmounts = (byState: AmountsByState) => FRAME_STATE_GROUPS.map((group) => sumOfStates(byState, group.states));
  const rows: AmountTableRow[] = status.committees.map((committee) =>
    detailRow(
      [committee.committee.name],
      [committee.frame, ...stateAmounts(committee.byState), committee.counted, committee.gap, sumOfStates(committee.byState, UNCOUNTED_STATES)],
    ),
  );
  // "I alt" adds up the rows above it, column by column.
  rows.push(
    totalRow('I alt', [
      sumOptionalAmounts(status.committees.map((committee) => committee.frame)),
      ...stateAmounts(status.byState),
      status.counted,
      sumOptionalAmounts(status.committees.map((committee) => committee.gap)),
      sumOfStates(status.byState, UNCOUNTED_STATES),
    ]),
  );
  const year = round.budgetYear;
  const tables: BilagTable[] = [
    {
      sheet: 'Rammer',
      caption: `Udvalgenes rammer og forslag ${year} (${round.priceLevel}; mio. kr.)`,
      spec: {
        textColumns: [{ header: 'Udvalg', width: '*' }],
        amountHeaders: ['Ramme', ...FRAME_STATE_GROUPS.map((group) => group.label), 'Medregnet i alt', 'Rest', 'Ikke medregnet'],
        rows,
        amountWidth: 45,
      },
      notes: frameStatusNotes(round, data),
    },
  ];
  if (status.target !== null) {
    tables.push({
      sheet: 'Runden mod målet',
      caption: `Budgetrunden mod målet ${year} (${round.priceLevel}; mio. kr.)`,
      spec: {
        textColumns: [{ header: '', width: '*' }],
        amountHeaders: [String(year)],
        rows: [
          lineRow('Mål for budgetrunden (råderum)', [status.target]),
          lineRow('Medregnede forslag i alt', [status.counted]),
          totalRow('Rest', [status.gap]),
        ],
      },
    });
  }
  return tables;
}

/** Every proposal's budget-year amount, decided, as counted or not counted, by committee. */
export function frameProposalTable(data: BilagData): BilagTable {
  const { round } = data.round;
  const key = yearColumnKey(round.budgetYear);
  const groups = groupByCommittee(round, data.proposals, (proposal) => proposal.content.committee);
  const counts = (proposal: BilagProposal) => COUNTED_STATES.includes(proposal.state);
  // An empty cell saves nothing that year; it counts as 0 as in the domain's frame status.
  const amountOf = (proposal: BilagProposal) => columnTotal(decidedTable(proposal), key) ?? 0;
  const sums = (items: readonly BilagProposal[]) => [
    sumAmounts(items.filter(counts).map(amountOf)),
    sumAmounts(items.filter((item) => !counts(item)).map(amountOf)),
  ];
  const rows: AmountTableRow[] = groups.flatMap((group) => [
    groupRow(group.committee.name),
    ...group.items.map((proposal) => {
      const title = isAmended(proposal) ? `${proposal.content.title} ${amendedMark(proposal)}` : proposal.content.title;
      const amount = amountOf(proposal);
      return detailRow(
        [proposal.content.reference, title, PROPOSAL_STATE_LABELS[proposal.state]],
        counts(proposal) ? [amount, undefined] : [undefined, amount],
      );
    }),
    subtotalRow(`I alt, ${group.committee.name}`, sums(group.items)),
  ]);
  rows.push(totalRow('I alt', sums(groups.flatMap((group) => group.items))));
  return {
    sheet: 'Forslag',
    caption: `Forslagene ${round.budgetYear} efter status (${round.priceLevel}; mio. kr.)`,
    spec: {
      textColumns: [
        { header: 'Reference', width: 62 },
        { header: 'Forslag', width: '*' },
        { header: 'Status', width: 70 },
      ],
      amountHeaders: ['Medregnet', 'Ikke medregnet'],
      rows,
      amountWidth: 56,
    },
  };
}

/** The notes under the frame table: the sign rule, what counts, which amounts are decided. */
export function frameStatusNotes(round: BudgetRound, data: BilagData): string[] {
  return [
    `Rammerne er udvalgenes besparelseskrav og står som positive beløb; forslagenes besparelser er negative. Rest = ramme + medregnede forslag: et positivt beløb mangler stadig at blive fundet, et negativt er fundet ud over rammen.`,
    `Medregnet er forslag med status ${statesInWords(COUNTED_STATES)}. Ikke medregnet er forslag med status ${statesInWords(UNCOUNTED_STATES)}.`,
    decidedAmountsNote(data.proposals),
    `Beløbene er forslagenes virkning i budgetåret ${round.budgetYear}.`,
  ];
}
