import { Amount } from '../money/amount';
import { negate, subtract, sumOptionalAmounts } from '../money/amount-arithmetic';
import { ConsequenceTable, TableCells, tableTotals } from '../proposal/consequence-table';
import { BudgetRound } from '../round/budget-round';
import { RoundColumn, roundColumns } from '../round/round-columns';

/** Danish labels of the computed rows of the year table ("Udmøntning"). */
export const YEAR_TABLE_LABELS = {
  total: 'I alt',
  // The frame status's rest (still to be found, positive) booked as the saving that covers it, so negative.
  rest: 'Generel rammebesparelse (rest)',
  overall: 'Samlet',
} as const;

/** What the year table needs of a proposal. */
export interface YearTableProposal {
  readonly reference: string;
  readonly title: string;
  readonly table: ConsequenceTable;
}

/** One proposal's totals per column. */
export interface YearTableRow {
  readonly reference: string;
  readonly title: string;
  readonly cells: TableCells;
}

/** The year table: proposal rows, "I alt" and, with a target, the rest and "Samlet". */
export interface YearTable {
  readonly columns: readonly RoundColumn[];
  readonly rows: readonly YearTableRow[];
  /** "I alt": the proposals' sum per column; null where every proposal is empty. */
  readonly total: TableCells;
  /** -target - total per column: the general frame saving, the frame status's rest (target + total) with a saving's sign; null without target. */
  readonly rest: TableCells | null;
  /** -target in every column, so that total + rest = overall; null without target. */
  readonly overall: TableCells | null;
}

/**
 * The year table ("Udmøntning") of a round: one row per proposal with its totals per column.
 * Savings are negative, so the target is shown as -target and rest = -target - I alt.
 */
export function yearTable(round: BudgetRound, proposals: readonly YearTableProposal[]): YearTable {
  const columns = roundColumns(round);
  const rows = proposals.map((proposal): YearTableRow => {
    const totals = tableTotals(proposal.table);
    return { reference: proposal.reference, title: proposal.title, cells: Object.fromEntries(columns.map(({ key }) => [key, totals[key] ?? null])) };
  });
  const total: Record<string, Amount | null> = Object.fromEntries(
    columns.map(({ key }) => [key, sumOptionalAmounts(rows.map((row) => row.cells[key] ?? null))]),
  );
  if (round.target === null) return { columns, rows, total, rest: null, overall: null };
  const saving = negate(round.target);
  return {
    columns,
    rows,
    total,
    rest: Object.fromEntries(columns.map(({ key }) => [key, subtract(saving, total[key] ?? 0)])),
    overall: Object.fromEntries(columns.map(({ key }) => [key, saving])),
  };
}
