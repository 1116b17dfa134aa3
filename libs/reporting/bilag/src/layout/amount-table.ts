import { Amount } from '@budgetflow/domain';
import type { ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { amountText } from './amount-text';
import { COLORS } from './styles';

/** A text column of an amount table (reference, title, status …). */
export interface TextColumn {
  readonly header: string;
  readonly width: number | '*';
}

/**
 * detail: an ordinary row; group: a heading row over the rows below; line: a computed row that is
 * not a sum (e.g. the rest to a target); subtotal and total: bold sums.
 */
export type AmountRowKind = 'detail' | 'group' | 'line' | 'subtotal' | 'total';

/** A cell's amount: null is an empty cell ("-"), undefined leaves the cell blank. */
export type AmountCell = Amount | null | undefined;

/**
 * Which rows above a sum row add up to it (the XLSX writes it as a SUM formula over them): a subtotal sums the
 * detail rows of its group; a total sums the subtotals since the previous total, or, without any, the detail and
 * line rows since it; 'withPreviousTotal' adds the previous total too ("Samlet" = "I alt" + rest).
 */
export type SumScope = 'default' | 'withPreviousTotal';

/** One row: its texts (one per text column; group and sum rows use the first across all) and amounts. */
export interface AmountTableRow {
  readonly kind: AmountRowKind;
  readonly texts: readonly string[];
  /** One per amount column; a group row has none. */
  readonly amounts: readonly AmountCell[];
  /** Indents the first text (a row under a group heading). */
  readonly indent?: boolean;
  /** For subtotal and total rows: what they sum (see SumScope). */
  readonly sumOf?: SumScope;
}

/** An amount table: text columns on the left, right-aligned amount columns on the right. */
export interface AmountTableSpec {
  readonly textColumns: readonly TextColumn[];
  readonly amountHeaders: readonly string[];
  readonly rows: readonly AmountTableRow[];
  /** Width of each amount column in points. */
  readonly amountWidth?: number;
}

/** A detail row. */
export function detailRow(texts: readonly string[], amounts: readonly AmountCell[], indent = false): AmountTableRow {
  return { kind: 'detail', texts, amounts, indent };
}

/** A heading row spanning the table (e.g. a committee or a row category). */
export function groupRow(text: string): AmountTableRow {
  return { kind: 'group', texts: [text], amounts: [] };
}

/** A computed row that is not a sum, labelled across the text columns. */
export function lineRow(text: string, amounts: readonly AmountCell[]): AmountTableRow {
  return { kind: 'line', texts: [text], amounts };
}

/** A bold subtotal row (e.g. a committee's sum). */
export function subtotalRow(text: string, amounts: readonly AmountCell[]): AmountTableRow {
  return { kind: 'subtotal', texts: [text], amounts };
}

/** A bold total row ("I alt", "Samlet"). */
export function totalRow(text: string, amounts: readonly AmountCell[], sumOf: SumScope = 'default'): AmountTableRow {
  return { kind: 'total', texts: [text], amounts, sumOf };
}

const FILLS: Readonly<Record<AmountRowKind, string | undefined>> = {
  detail: undefined,
  group: undefined,
  line: undefined,
  subtotal: COLORS.subtotalFill,
  total: COLORS.headerFill,
};

// Rules only where a reader needs them: under the header, between rows a hairline, a firm rule at the end.
const LAYOUT: CustomTableLayout = {
  hLineWidth: (index, node) => (index === 0 || index === (node.table.headerRows ?? 0) || index === node.table.body.length ? 0.8 : 0.25),
  hLineColor: (index, node) => (index === 0 || index === (node.table.headerRows ?? 0) || index === node.table.body.length ? COLORS.rule : COLORS.hairline),
  vLineWidth: () => 0,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

function padTo<T>(cells: T[], length: number, filler: () => T): T[] {
  while (cells.length < length) cells.push(filler());
  return cells;
}

function emptyCell(): TableCell {
  return {};
}

function cellText(amount: AmountCell): string {
  return amount === undefined ? '' : amountText(amount);
}

function rowCells(row: AmountTableRow, spec: AmountTableSpec): TableCell[] {
  const textCount = spec.textColumns.length;
  const bold = row.kind === 'group' || row.kind === 'subtotal' || row.kind === 'total';
  const fillColor = FILLS[row.kind];
  const amountCells: TableCell[] = spec.amountHeaders.map((_header, index) =>
    row.kind === 'group' ? { text: '', fillColor } : { text: cellText(row.amounts[index]), alignment: 'right', bold, fillColor, noWrap: true },
  );
  if (row.kind === 'detail') {
    const texts: TableCell[] = spec.textColumns.map((_column, index) => ({
      text: row.texts[index] ?? '',
      margin: index === 0 && row.indent ? [8, 0, 0, 0] : [0, 0, 0, 0],
    }));
    return [...texts, ...amountCells];
  }
  // Group, line, subtotal and total rows name themselves across all text columns.
  const label: TableCell = { text: row.texts[0] ?? '', bold, fillColor, colSpan: textCount, color: row.kind === 'group' ? COLORS.heading : undefined };
  return [...padTo<TableCell>([label], textCount, emptyCell), ...amountCells];
}

/**
 * A pdfmake table of amounts: the header row repeats on every page, rows never split, amounts
 * are right-aligned, subtotal and total rows are bold on a light fill.
 */
export function amountTable(spec: AmountTableSpec): ContentTable {
  const amountWidth = spec.amountWidth ?? 54;
  const header: TableCell[] = [
    ...spec.textColumns.map((column): TableCell => ({ text: column.header, style: 'tableHeader', fillColor: COLORS.headerFill })),
    ...spec.amountHeaders.map((text): TableCell => ({ text, style: 'tableHeader', alignment: 'right', fillColor: COLORS.headerFill })),
  ];
  return {
    style: 'table',
    layout: LAYOUT,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...spec.textColumns.map((column) => column.width), ...spec.amountHeaders.map(() => amountWidth)],
      body: [header, ...spec.rows.map((row) => rowCells(row, spec))],
    },
  };
}
