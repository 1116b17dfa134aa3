import { BudgetRound, COUNTED_STATES, joinDanish, TableCells, YEAR_TABLE_LABELS, YearTable } from '@budgetflow/domain';
import { groupByCommittee } from '../content/committee-groups';
import { amendedMark, decidedAmountsNote, isAmended } from '../content/decided-table';
import { decidedYearTable } from '../content/decided-year-table';
import { countedProposals, stateInWords, statesInWords, uncountedProposals } from '../content/proposal-selection';
import { AmountTableRow, detailRow, groupRow, lineRow, subtotalRow, totalRow } from '../layout/amount-table';
import { amountText } from '../layout/amount-text';
import { BilagData } from '../model/bilag-data';
import { BilagTable } from './bilag-table';

function cellsIn(table: YearTable, cells: TableCells): (number | null)[] {
  return table.columns.map((column) => cells[column.key] ?? null);
}

function inclusionNote(data: BilagData, counted: number): string {
  const left = uncountedProposals(data).map((proposal) => `${proposal.content.reference} ${proposal.content.title} (${stateInWords(proposal.state)})`);
  const included = `Medtaget er de ${counted} forslag, der tæller med i budgetrunden: status ${statesInWords(COUNTED_STATES)}.`;
  return left.length === 0 ? `${included} Alle forslag er medtaget.` : `${included} Ikke medtaget: ${joinDanish(left)}.`;
}

function targetNote(round: BudgetRound): string | null {
  if (round.target === null) return null;
  const target = amountText(round.target);
  const rest = YEAR_TABLE_LABELS.rest;
  return `Besparelser er negative. «${rest}» er den del af målet på ${target} mio. kr., som forslagene ikke dækker, og som udmøntes som en generel rammebesparelse: rammeopfølgningens rest med en besparelses fortegn, negativ, så længe forslagene ikke dækker målet, og positiv, hvis de sparer mere end målet. «${YEAR_TABLE_LABELS.overall}» er målet: ${YEAR_TABLE_LABELS.total} og den generelle rammebesparelse giver tilsammen ${YEAR_TABLE_LABELS.overall.toLocaleLowerCase('da')}.`;
}

/** Udmøntning: the counted proposals' decided amounts year by year, by committee, "I alt", rest and "Samlet". */
export function yearTableTable(data: BilagData): BilagTable {
  const { round } = data.round;
  const proposals = countedProposals(data);
  const groups = groupByCommittee(round, proposals, (proposal) => proposal.content.committee);
  const whole = decidedYearTable(
    round,
    groups.flatMap((group) => group.items),
  );

  const rows: AmountTableRow[] = groups.flatMap((group) => {
    const table = decidedYearTable(round, group.items);
    return [
      groupRow(group.committee.name),
      ...group.items.map((proposal, index) => {
        const title = isAmended(proposal) ? `${proposal.content.title} ${amendedMark(proposal)}` : proposal.content.title;
        return detailRow([proposal.content.reference, title], cellsIn(table, table.rows[index]?.cells ?? {}));
      }),
      subtotalRow(`I alt, ${group.committee.name}`, cellsIn(table, table.total)),
    ];
  });
  rows.push(totalRow(YEAR_TABLE_LABELS.total, cellsIn(whole, whole.total)));
  if (whole.rest && whole.overall) {
    // "Samlet" is "I alt" plus the rest: the target.
    rows.push(
      lineRow(YEAR_TABLE_LABELS.rest, cellsIn(whole, whole.rest)),
      totalRow(YEAR_TABLE_LABELS.overall, cellsIn(whole, whole.overall), 'withPreviousTotal'),
    );
  }
  const notes = [inclusionNote(data, proposals.length), decidedAmountsNote(proposals), targetNote(round)].filter((text): text is string => text !== null);
  return {
    sheet: 'Udmøntning',
    caption: `Udmøntning af ${round.name} (${round.priceLevel}; mio. kr.)`,
    spec: {
      textColumns: [
        { header: 'Reference', width: 62 },
        { header: 'Forslag', width: '*' },
      ],
      amountHeaders: whole.columns.map((column) => column.label),
      rows,
    },
    notes,
  };
}
