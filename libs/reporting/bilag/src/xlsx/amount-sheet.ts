import { Amount } from '@budgetflow/domain';
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { AmountTableRow } from '../layout/amount-table';
import { BilagTable } from '../tables/bilag-table';
import { amountNumberFormat, columnLetter, mioValue } from './danish-number-format';

/** What every sheet of a bilag says above its table: the title and the line with round, price level and version. */
export interface SheetHeading {
  readonly title: string;
  /** E.g. "Region Nordjylland · Budget 2026 · P/L-2025 · Dannet 23.11.2026 kl. 14.05 · dataversion 42". */
  readonly meta: string;
  readonly orientation?: 'portrait' | 'landscape';
}

/** The sheet row of the table's header: title, caption and meta line above it, one row free. */
export const HEADER_ROW = 5;
const HEADER_FILL = 'FFE6ECF2';
const SUBTOTAL_FILL = 'FFF2F5F8';
const MAX_SUM_ARGUMENTS = 200;

/** The spec rows that a sum row adds up (indices into rows), by the rule of SumScope. */
export function sumSources(rows: readonly AmountTableRow[], index: number): number[] {
  const row = rows[index];
  if (!row) return [];
  const before = rows.slice(0, index).map((candidate, position) => ({ candidate, position }));
  if (row.kind === 'subtotal') {
    const sources: number[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const kind = rows[j]?.kind;
      if (kind === 'group' || kind === 'subtotal' || kind === 'total') break;
      if (kind === 'detail') sources.unshift(j);
    }
    return sources;
  }
  if (row.kind !== 'total') return [];
  const previousTotal = before.filter(({ candidate }) => candidate.kind === 'total').pop()?.position ?? -1;
  const between = before.filter(({ position }) => position > previousTotal);
  const subtotals = between.filter(({ candidate }) => candidate.kind === 'subtotal');
  const sources = (subtotals.length > 0 ? subtotals : between.filter(({ candidate }) => candidate.kind === 'detail' || candidate.kind === 'line')).map(
    ({ position }) => position,
  );
  return row.sumOf === 'withPreviousTotal' && previousTotal >= 0 ? [previousTotal, ...sources] : sources;
}

/** SUM over the given sheet rows of one column, consecutive rows as ranges: "SUM(D6:D8,D12)". */
export function sumFormula(column: string, sheetRows: readonly number[]): string {
  const parts: string[] = [];
  let start = sheetRows[0];
  for (let index = 0; index < sheetRows.length; index++) {
    const current = sheetRows[index] as number;
    const next = sheetRows[index + 1];
    if (next === current + 1) continue;
    parts.push(start === current ? `${column}${current}` : `${column}${start}:${column}${current}`);
    start = next;
  }
  if (parts.length === 0) return 'SUM()';
  // Excel takes at most 255 arguments per function: a long list is split into sums that are added.
  const chunks: string[] = [];
  for (let index = 0; index < parts.length; index += MAX_SUM_ARGUMENTS) chunks.push(`SUM(${parts.slice(index, index + MAX_SUM_ARGUMENTS).join(',')})`);
  return chunks.join('+');
}

function setAmount(cell: Cell, amount: Amount, bold: boolean): void {
  cell.value = mioValue(amount);
  cell.numFmt = amountNumberFormat(amount);
  if (bold) cell.font = { bold: true };
}

function fill(cell: Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Width in characters for a text column: its longest text, within reason. */
function textWidth(header: string, texts: readonly string[], wide: boolean): number {
  const longest = Math.max(header.length, ...texts.map((text) => text.length));
  return Math.min(wide ? 70 : 40, Math.max(8, longest + 2));
}

/** An Excel table name from a sheet name: letters, digits and _ only ("Økonomisk konsekvens" → "Tabel_Oekonomisk_konsekvens"). */
export function tableName(sheetName: string): string {
  const ascii = sheetName.replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/å/g, 'aa').replace(/Å/g, 'Aa');
  return `Tabel_${ascii.replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, '')}`;
}

/** Column names an Excel table accepts: unique and not empty. */
function tableColumnNames(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header, index) => {
    const name = header.trim() || `Kolonne ${index + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** A cell's value to write again; exceljs's `value` leaves out a formula's cached result when it is 0. */
function cellValue(cell: Cell): CellValue {
  return cell.formula ? ({ formula: cell.formula, result: cell.result } as CellValue) : cell.value;
}

/**
 * Marks the header row and the rows under it as an Excel table, which is how Excel's accessibility checker and screen
 * readers know the header row. The cells keep their values, formulas and formats (the table re-writes the same values);
 * the plainest table style (the sheet looks as before: its own fills and fonts stay) and no filter buttons (sorting would pull subtotals away from their rows).
 */
function markAsTable(sheet: Worksheet, sheetName: string, headers: readonly string[], rowCount: number): void {
  // A table needs at least one row under its header; an empty table has nothing to announce.
  if (rowCount === 0) return;
  const rows = Array.from({ length: rowCount }, (_row, index) =>
    headers.map((_header, column) => cellValue(sheet.getCell(HEADER_ROW + 1 + index, column + 1))),
  );
  sheet.addTable({
    name: tableName(sheetName),
    displayName: tableName(sheetName),
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight1', showRowStripes: false, showColumnStripes: false, showFirstColumn: false },
    columns: tableColumnNames(headers).map((name) => ({ name, filterButton: false })),
    rows,
  });
}

/**
 * Writes one bilag table as a sheet: the heading lines, the header row (frozen, repeated on every printed page),
 * the rows as in the PDF, amounts as numbers in mio. kr. with a Danish number format, and every subtotal and
 * total as a SUM formula over the rows it adds up, with the exact sum as its cached value. A formula that would
 * not give the printed amount is a programming error and throws, so the XLSX can never disagree with the PDF.
 */
export function addAmountSheet(workbook: Workbook, heading: SheetHeading, table: BilagTable): Worksheet {
  const { spec } = table;
  const textCount = spec.textColumns.length;
  const columnCount = textCount + spec.amountHeaders.length;
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: heading.orientation ?? 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  sheet.getCell(1, 1).value = heading.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = table.label ? `${table.label}: ${table.caption}` : table.caption;
  sheet.getCell(2, 1).font = { bold: true };
  sheet.getCell(3, 1).value = heading.meta;
  sheet.getCell(3, 1).font = { color: { argb: 'FF595959' }, size: 9 };

  const header = sheet.getRow(HEADER_ROW);
  [...spec.textColumns.map((column) => column.header), ...spec.amountHeaders].forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { bold: true };
    fill(cell, HEADER_FILL);
    if (index >= textCount) cell.alignment = { horizontal: 'right' };
  });

  const firstRow = HEADER_ROW + 1;
  spec.rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(firstRow + index);
    const bold = row.kind === 'group' || row.kind === 'subtotal' || row.kind === 'total';
    const shade = row.kind === 'total' ? HEADER_FILL : row.kind === 'subtotal' ? SUBTOTAL_FILL : undefined;
    if (row.kind === 'detail') {
      spec.textColumns.forEach((_column, textIndex) => {
        const cell = sheetRow.getCell(textIndex + 1);
        cell.value = row.texts[textIndex] ?? '';
        if (textIndex === 0 && row.indent) cell.alignment = { indent: 1 };
      });
    } else {
      const cell = sheetRow.getCell(1);
      cell.value = row.texts[0] ?? '';
      if (bold) cell.font = { bold: true };
    }
    const sources = sumSources(spec.rows, index);
    spec.amountHeaders.forEach((_header, amountIndex) => {
      const column = textCount + amountIndex + 1;
      const cell = sheetRow.getCell(column);
      const amount = row.kind === 'group' ? undefined : row.amounts[amountIndex];
      if (amount === undefined || amount === null) return;
      if (row.kind === 'subtotal' || row.kind === 'total') {
        const exact = sources.reduce((sum, source) => sum + (spec.rows[source]?.amounts[amountIndex] ?? 0), 0);
        if (exact !== amount) throw new Error(`«${row.texts[0]}» (${table.sheet}): the rows it sums give ${exact}, the table prints ${amount}`);
        const letter = columnLetter(column);
        cell.value = {
          formula: sumFormula(
            letter,
            sources.map((source) => firstRow + source),
          ),
          result: mioValue(amount),
        };
        cell.numFmt = amountNumberFormat(amount);
        if (bold) cell.font = { bold: true };
        return;
      }
      setAmount(cell, amount, bold);
    });
    if (shade) for (let column = 1; column <= columnCount; column++) fill(sheetRow.getCell(column), shade);
  });

  markAsTable(sheet, table.sheet, [...spec.textColumns.map((column) => column.header), ...spec.amountHeaders], spec.rows.length);

  const notesFrom = firstRow + spec.rows.length + 1;
  (table.notes ?? []).forEach((note, index) => {
    const cell = sheet.getCell(notesFrom + index, 1);
    cell.value = note;
    cell.font = { italic: true, size: 9 };
  });

  spec.textColumns.forEach((column, index) => {
    const texts = spec.rows.filter((row) => row.kind === 'detail' || index === 0).map((row) => row.texts[index] ?? '');
    sheet.getColumn(index + 1).width = textWidth(column.header, texts, column.width === '*');
  });
  spec.amountHeaders.forEach((_header, index) => {
    sheet.getColumn(textCount + index + 1).width = 13;
  });
  return sheet;
}
