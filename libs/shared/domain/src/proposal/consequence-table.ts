import { Amount } from '../money/amount';
import { sumOptionalAmounts } from '../money/amount-arithmetic';
import { ColumnKey } from '../round/round-columns';

/** The category of a row in the economic consequence table. */
export type RowCategory = 'drift' | 'etablering' | 'anlaeg';

/** All row categories, in print order. */
export const ROW_CATEGORIES: readonly RowCategory[] = ['drift', 'etablering', 'anlaeg'];

/** Danish labels of the row categories, as printed in the tables. */
export const ROW_CATEGORY_LABELS: Readonly<Record<RowCategory, string>> = {
  drift: 'Drift',
  etablering: 'Eventuelle etableringsudgifter (fx vedr. anlæg)',
  anlaeg: 'Anlæg',
};

/** Label of the computed sum row. */
export const TABLE_SUM_LABEL = 'Samlet, prioriteringsforslag';

/** Heading of the consequence table; the price level comes from the round. */
export function tableHeading(priceLevel: string): string {
  return `Økonomisk konsekvens (${priceLevel}; mio. kr.)`;
}

/** One amount per column; null is an empty cell ("-": no effect that year). */
export type TableCells = Readonly<Record<ColumnKey, Amount | null>>;

/** A typed row of the table. */
export interface ConsequenceRow {
  readonly label: string;
  readonly category: RowCategory;
  readonly cells: TableCells;
}

/** The economic consequence table of a proposal; the sum row is never stored, only computed. */
export interface ConsequenceTable {
  readonly columns: readonly ColumnKey[];
  readonly rows: readonly ConsequenceRow[];
}

/** Subtotal of one category, per column. */
export interface CategoryTotal {
  readonly category: RowCategory;
  readonly label: string;
  readonly cells: TableCells;
}

function totalsOf(columns: readonly ColumnKey[], rows: readonly ConsequenceRow[]): TableCells {
  return Object.fromEntries(columns.map((key) => [key, sumOptionalAmounts(rows.map((row) => row.cells[key] ?? null))]));
}

/** Sum of one column; null when every cell of the column is empty. */
export function columnTotal(table: ConsequenceTable, key: ColumnKey): Amount | null {
  return sumOptionalAmounts(table.rows.map((row) => row.cells[key] ?? null));
}

/** The "Samlet, prioriteringsforslag" row: every column's total. */
export function tableTotals(table: ConsequenceTable): TableCells {
  return totalsOf(table.columns, table.rows);
}

/** Subtotals per category present in the table, in category order. */
export function categoryTotals(table: ConsequenceTable): CategoryTotal[] {
  return ROW_CATEGORIES.filter((category) => table.rows.some((row) => row.category === category)).map((category) => ({
    category,
    label: ROW_CATEGORY_LABELS[category],
    cells: totalsOf(
      table.columns,
      table.rows.filter((row) => row.category === category),
    ),
  }));
}
