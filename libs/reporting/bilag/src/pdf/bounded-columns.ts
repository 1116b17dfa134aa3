// pdfmake sizes a '*' or 'auto' column at least as wide as its longest word, even when the columns then no longer fit
// (its source: "no easy workaround (unless we decide, in the future, to split single words)"): one valid title
// without spaces pushed the status and amount columns of a table past the page edge. Words wider than their line
// are broken (pdfmake and broken-words.ts), so where the columns' minimum widths do not fit, the widest of the
// flexible columns are narrowed until they do. Fixed columns (the amounts) keep their widths; layouts that fit are
// left exactly as pdfmake makes them.

/** A column as pdfmake 0.3's ColumnCalculator sizes it (a table's width entry or a `columns` item). */
export interface SizedColumn {
  width?: unknown;
  _minWidth: number;
  _maxWidth?: number;
  _calcWidth?: number;
}

// Widths are sums of floats: a column set "fits" within this.
const TOLERANCE = 1e-6;

const isFlexible = (column: SizedColumn) =>
  column.width === undefined || column.width === null || column.width === '*' || column.width === 'star' || column.width === 'auto';

// pdfmake gives an 'auto' column only its longest word when the columns do not fit; it may keep all of its text on
// one line ("Side 3 af 12" beside a long title) when the widest columns give way instead.
const wanted = (column: SizedColumn) => (column.width === 'auto' ? Math.max(column._calcWidth ?? 0, column._maxWidth ?? 0) : (column._calcWidth ?? 0));

/**
 * The largest width `cap` such that the widths, each cut to `cap`, add up to `room`: the narrow columns keep their
 * widths, the widest share what is left equally.
 */
export function waterLevel(widths: readonly number[], room: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  let left = room;
  for (let index = 0; index < sorted.length; index++) {
    const width = sorted[index] ?? 0;
    const share = left / (sorted.length - index);
    if (width >= share) return share;
    left -= width;
  }
  return sorted[sorted.length - 1] ?? 0;
}

/** Narrows the flexible columns (after pdfmake sized them) so that all columns fit in `availableWidth`. */
export function fitFlexibleColumns(columns: readonly SizedColumn[], availableWidth: number): void {
  const flexible = columns.filter(isFlexible);
  const total = columns.reduce((sum, column) => sum + (column._calcWidth ?? 0), 0);
  if (flexible.length === 0 || total <= availableWidth + TOLERANCE) return;
  const room = availableWidth - columns.filter((column) => !isFlexible(column)).reduce((sum, column) => sum + (column._calcWidth ?? 0), 0);
  // Fixed columns alone wider than the space: a document error no text can cause; pdfmake's widths stay.
  if (room <= 0) return;
  const cap = waterLevel(flexible.map(wanted), room);
  for (const column of flexible) column._calcWidth = Math.min(wanted(column), cap);
}

interface PdfmakeColumnCalculator {
  buildColumnWidths(columns: SizedColumn[], availableWidth: number, ...rest: unknown[]): void;
  boundsColumns?: boolean;
}

/**
 * Makes pdfmake's tables and columns fit their space (once per process; pdfmake is pinned to 0.3.x, whose
 * ColumnCalculator this fits; its tables and columns call it through the module's default export).
 */
export function boundColumnWidths(): void {
  const calculator = (require('pdfmake/js/columnCalculator') as { default: PdfmakeColumnCalculator }).default;
  if (calculator.boundsColumns) return;
  const buildColumnWidths = calculator.buildColumnWidths;
  calculator.buildColumnWidths = (columns, availableWidth, ...rest) => {
    buildColumnWidths(columns, availableWidth, ...rest);
    fitFlexibleColumns(columns, availableWidth);
  };
  calculator.boundsColumns = true;
}
