import { AmountTableSpec } from '../document/amount-table-spec';
import { PAGE_MARGINS } from './page-margins';

// More amount columns than this do not fit beside the titles on a portrait page.
export const PORTRAIT_AMOUNT_COLUMNS = 5;
// A title column narrower than this (about 40 characters a line) wraps an ordinary title over three lines or more.
export const TITLE_COLUMN_MIN_WIDTH = 180;

// A4 in points, and the amount table's cell padding left and right (layout/amount-table.ts).
const A4 = { short: 595.28, long: 841.89 } as const;
const CELL_PADDING = 8;
const DEFAULT_AMOUNT_WIDTH = 54;

/** The width a table's flexible (title) column gets on a page of the given width, padding left out. */
export function flexibleColumnWidth(spec: AmountTableSpec, pageWidth: number): number {
  const fixed = spec.textColumns.reduce((sum, column) => sum + (column.width === '*' ? 0 : column.width), 0);
  const amounts = spec.amountHeaders.length * (spec.amountWidth ?? DEFAULT_AMOUNT_WIDTH);
  const columns = spec.textColumns.length + spec.amountHeaders.length;
  return pageWidth - PAGE_MARGINS.left - PAGE_MARGINS.right - fixed - amounts - columns * CELL_PADDING;
}

/** Portrait unless the table has too many amount columns or its title column would be too narrow there. */
export function tableOrientation(spec: AmountTableSpec): 'portrait' | 'landscape' {
  const tooNarrow = spec.textColumns.some((column) => column.width === '*') && flexibleColumnWidth(spec, A4.short) < TITLE_COLUMN_MIN_WIDTH;
  return spec.amountHeaders.length > PORTRAIT_AMOUNT_COLUMNS || tooNarrow ? 'landscape' : 'portrait';
}

/** A document of several tables is landscape when any of them needs it. */
export function documentOrientation(specs: readonly AmountTableSpec[]): 'portrait' | 'landscape' {
  return specs.some((spec) => tableOrientation(spec) === 'landscape') ? 'landscape' : 'portrait';
}
