import { COUNTED_STATES, PROPOSAL_KIND_LABELS, PROPOSAL_STATE_LABELS, ROW_CATEGORY_LABELS, csvTextField, roundColumns } from '@budgetflow/domain';
import { committeeName } from '../content/committee-groups';
import { decidedTable } from '../content/decided-table';
import { BilagData } from '../model/bilag-data';
import { csvAmount, amountNumberFormat, mioValue } from './danish-number-format';
import { newWorkbook, sheetMeta } from './report-workbooks';

/** One line of the flat export: a proposal's table row in one column, as submitted or as decided. */
export interface ExportLine {
  readonly reference: string;
  readonly committee: string;
  readonly committeeName: string;
  readonly title: string;
  readonly kind: string;
  readonly state: string;
  readonly stateLabel: string;
  readonly counted: boolean;
  /** "Som indsendt" or "Besluttet" (the table in force: as submitted when no body changed it). */
  readonly table: 'Som indsendt' | 'Besluttet';
  readonly changedBy: string;
  readonly rowLabel: string;
  readonly category: string;
  readonly column: string;
  /** Thousand kroner; null for an empty cell ("-"). */
  readonly amount: number | null;
}

/** The headings of the flat export, in column order. */
export const EXPORT_COLUMNS = [
  'Reference',
  'Udvalgskode',
  'Udvalg',
  'Titel',
  'Forslagstype',
  'Statuskode',
  'Status',
  'Medregnet',
  'Tabel',
  'Ændret af',
  'Række',
  'Kategori',
  'Kolonne',
  'Beløb (mio. kr.)',
  'Beløb (1.000 kr.)',
] as const;

/**
 * Every proposal of the round × every row of its table × every column, twice: as submitted and as decided (the
 * table in force, the same as submitted where no body changed it). Filter «Tabel» on one of them before summing.
 */
export function roundExportLines(data: BilagData): ExportLine[] {
  const { round } = data.round;
  const columns = roundColumns(round);
  return data.proposals.flatMap((proposal) => {
    const base = {
      reference: proposal.content.reference,
      committee: proposal.content.committee,
      committeeName: committeeName(round, proposal.content.committee),
      title: proposal.content.title,
      kind: PROPOSAL_KIND_LABELS[proposal.content.kind],
      state: proposal.state,
      stateLabel: PROPOSAL_STATE_LABELS[proposal.state],
      counted: COUNTED_STATES.includes(proposal.state),
    };
    const tables = [
      { name: 'Som indsendt' as const, table: proposal.content.table, changedBy: '' },
      { name: 'Besluttet' as const, table: decidedTable(proposal), changedBy: proposal.decidedTable ? (proposal.amendedBy ?? 'FU eller RR') : '' },
    ];
    return tables.flatMap(({ name, table, changedBy }) =>
      table.rows.flatMap((row) =>
        columns.map((column): ExportLine => ({
          ...base,
          table: name,
          changedBy,
          rowLabel: row.label,
          category: ROW_CATEGORY_LABELS[row.category],
          column: column.label,
          amount: row.cells[column.key] ?? null,
        })),
      ),
    );
  });
}

function lineValues(line: ExportLine): (string | number | null)[] {
  return [
    line.reference,
    line.committee,
    line.committeeName,
    line.title,
    line.kind,
    line.state,
    line.stateLabel,
    line.counted ? 'ja' : 'nej',
    line.table,
    line.changedBy,
    line.rowLabel,
    line.category,
    line.column,
  ];
}

/** The flat export as one XLSX sheet for pivot tables: a header row, then one line per proposal, row and column. */
export async function renderRoundExportXlsx(data: BilagData): Promise<Buffer> {
  const title = `Alle forslag, ${data.round.round.name}`;
  const workbook = newWorkbook(title, data);
  const sheet = workbook.addWorksheet('Forslag', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.addRow([...EXPORT_COLUMNS]).font = { bold: true };
  for (const line of roundExportLines(data)) {
    const row = sheet.addRow([...lineValues(line), line.amount === null ? null : mioValue(line.amount), line.amount]);
    if (line.amount !== null) row.getCell(EXPORT_COLUMNS.length - 1).numFmt = amountNumberFormat(line.amount);
    row.getCell(EXPORT_COLUMNS.length).numFmt = '#,##0';
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  const widths = [12, 10, 30, 50, 20, 14, 20, 10, 13, 9, 40, 30, 10, 15, 15];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  const about = workbook.addWorksheet('Om udtrækket');
  about.getColumn(1).width = 120;
  [
    title,
    sheetMeta(data),
    'Én linje pr. forslag, tabelrække og kolonne, to gange: «Som indsendt» og «Besluttet» (tabellen i kraft; som indsendt, hvor FU eller RR ikke har ændret beløbene).',
    'Filtrér kolonnen «Tabel» på én af dem, før der lægges sammen. «Medregnet» er ja for forslag, der tæller mod rammerne.',
    'En tom beløbscelle er «-» i bilagene: ingen virkning det år. Besparelser er negative.',
  ].forEach((text, index) => (about.getCell(index + 1, 1).value = text));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The flat export as CSV for Danish Excel: UTF-8 with a byte-order mark, semicolons, decimal commas, CRLF. Every
 * text column through the domain's csvTextField (a text beginning like a formula stays text); the amounts as numbers.
 */
export function renderRoundExportCsv(data: BilagData): Buffer {
  const lines = [EXPORT_COLUMNS.join(';')];
  for (const line of roundExportLines(data)) {
    const texts = lineValues(line).map((value) => csvTextField(String(value ?? '')));
    lines.push([...texts, line.amount === null ? '' : csvAmount(line.amount), line.amount === null ? '' : String(line.amount)].join(';'));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
