import { AmountTableSpec } from '../layout/amount-table';

/**
 * One table of a bilag, independent of the output format: the PDF prints it under its caption (amountTable), the
 * XLSX writes it as one sheet with SUM formulas for its sum rows. Both take it from the same function, so the two
 * formats cannot disagree on a figure.
 */
export interface BilagTable {
  /** The sheet's name in the XLSX (at most 31 characters, none of []:*?/\). */
  readonly sheet: string;
  /** The caption above the table, e.g. "Udmøntning af Budget 2026 (P/L-2025; mio. kr.)". */
  readonly caption: string;
  /** A label above the caption, e.g. "Besluttet af FU med ændringer". */
  readonly label?: string;
  readonly spec: AmountTableSpec;
  /** Notes under the table (the PDF prints them beside it as notes). */
  readonly notes?: readonly string[];
}
