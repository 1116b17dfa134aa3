import { Amount } from '@budgetflow/domain';

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
