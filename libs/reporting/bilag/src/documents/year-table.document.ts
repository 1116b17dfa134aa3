import { BudgetRound, COUNTED_STATES, TableCells, YEAR_TABLE_LABELS, YearTable } from '@budgetflow/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { groupByCommittee } from '../content/committee-groups';
import { amendedMark, decidedAmountsNote, isAmended } from '../content/decided-table';
import { decidedYearTable } from '../content/decided-year-table';
import { countedProposals, stateInWords, statesInWords, uncountedProposals } from '../content/proposal-selection';
import { AmountTableRow, amountTable, detailRow, groupRow, lineRow, subtotalRow, totalRow } from '../layout/amount-table';
import { amountText } from '../layout/amount-text';
import { documentHeading } from '../layout/document-heading';
import { joinDanish } from '../layout/danish-text';
import { bilagDocument } from '../layout/page-setup';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';

// More amount columns than this do not fit beside the titles on a portrait page.
const PORTRAIT_AMOUNT_COLUMNS = 5;

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
  return `Besparelser er negative. «${YEAR_TABLE_LABELS.rest}» er den del af målet på ${target} mio. kr., som forslagene ikke dækker, og som udmøntes som en generel rammebesparelse; et positivt beløb betyder, at forslagene sparer mere end målet. «${YEAR_TABLE_LABELS.overall}» er målet: ${YEAR_TABLE_LABELS.total} og rest giver tilsammen ${YEAR_TABLE_LABELS.overall.toLocaleLowerCase('da')}.`;
}

/** Udmøntning: the counted proposals year by year, with their decided amounts, against the target. */
export function yearTableDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('udmoentning', round);
  const proposals = countedProposals(data);
  const groups = groupByCommittee(round, proposals, (proposal) => proposal.content.committee);
  const whole = decidedYearTable(round, groups.flatMap((group) => group.items));

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
    rows.push(lineRow(YEAR_TABLE_LABELS.rest, cellsIn(whole, whole.rest)), totalRow(YEAR_TABLE_LABELS.overall, cellsIn(whole, whole.overall)));
  }

  const notes = [inclusionNote(data, proposals.length), decidedAmountsNote(proposals), targetNote(round)].filter((text): text is string => text !== null);
  return bilagDocument(data, {
    title,
    orientation: whole.columns.length > PORTRAIT_AMOUNT_COLUMNS ? 'landscape' : 'portrait',
    content: [
      ...documentHeading(title, `De medregnede forslags virkning år for år, med de besluttede beløb`),
      { text: `Udmøntning af ${round.name} (${round.priceLevel}; mio. kr.)`, style: 'caption' },
      amountTable({
        textColumns: [
          { header: 'Reference', width: 62 },
          { header: 'Forslag', width: '*' },
        ],
        amountHeaders: whole.columns.map((column) => column.label),
        rows,
      }),
      { stack: notes.map((text): Content => ({ text, style: 'note' })), margin: [0, 6, 0, 0] },
    ],
  });
}
