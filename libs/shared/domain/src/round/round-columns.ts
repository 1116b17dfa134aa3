import { BudgetRound } from './budget-round';

/** Key of a table column: the year as text ("2026") or "permanent". */
export type ColumnKey = string;

/** Key of the Permanent column (the lasting effect), present in every round. */
export const PERMANENT: ColumnKey = 'permanent';

/** Danish label of the Permanent column. */
export const PERMANENT_LABEL = 'Permanent';

/**
 * The most year columns a round may have: the budget year and four overslagsår (regions usually show three). With
 * Permanent that is six amount columns, which the bilag's widest table (ikke medregnet: reference, title, status and
 * the amounts) holds on a landscape A4 page with its title column at least 180 pt wide; one more, and it is 134 pt
 * (titles over three and four lines), two more, and a portrait fact sheet's amounts run off the page.
 */
export const MAX_YEAR_COLUMNS = 5;

/** A column of the consequence table; year is absent for the Permanent column. */
export interface RoundColumn {
  readonly key: ColumnKey;
  readonly label: string;
  readonly year?: number;
}

/** The column key of a year. */
export function yearColumnKey(year: number): ColumnKey {
  return String(year);
}

/** The round's columns in print order: its years, then Permanent. */
export function roundColumns(round: Pick<BudgetRound, 'yearColumns'>): RoundColumn[] {
  return [...round.yearColumns.map((year) => ({ key: yearColumnKey(year), label: String(year), year })), { key: PERMANENT, label: PERMANENT_LABEL }];
}

/** The round's column keys in print order, e.g. ['2026', '2027', '2028', 'permanent']. */
export function columnKeys(round: Pick<BudgetRound, 'yearColumns'>): ColumnKey[] {
  return roundColumns(round).map((column) => column.key);
}

/** Danish label of a column key: "2026" or "Permanent". */
export function columnLabel(key: ColumnKey): string {
  return key === PERMANENT ? PERMANENT_LABEL : key;
}
