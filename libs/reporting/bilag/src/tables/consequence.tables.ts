import {
  BudgetRound,
  ConsequenceRow,
  ConsequenceTable,
  ROW_CATEGORIES,
  ROW_CATEGORY_LABELS,
  TABLE_SUM_LABEL,
  roundColumns,
  tableTotals,
} from '@budgetflow/domain';
import { AmountTableRow, AmountTableSpec, detailRow, groupRow, totalRow } from '../layout/amount-table';

function sameText(a: string, b: string): boolean {
  return a.toLocaleLowerCase('da') === b.toLocaleLowerCase('da');
}

/** A consequence table's rows by category, then the computed "Samlet, prioriteringsforslag". */
export function consequenceRows(round: BudgetRound, table: ConsequenceTable): AmountTableRow[] {
  const keys = roundColumns(round).map((column) => column.key);
  const amountsOf = (row: ConsequenceRow) => keys.map((key) => row.cells[key] ?? null);
  const rows = ROW_CATEGORIES.flatMap((category) => {
    const inCategory = table.rows.filter((row) => row.category === category);
    const label = ROW_CATEGORY_LABELS[category];
    const [only] = inCategory;
    // A lone row named like its category ("Drift") needs no heading above it.
    if (inCategory.length === 1 && only && sameText(only.label, label)) return [detailRow([only.label], amountsOf(only))];
    if (inCategory.length === 0) return [];
    return [groupRow(label), ...inCategory.map((row) => detailRow([row.label], amountsOf(row), true))];
  });
  const totals = tableTotals(table);
  return [
    ...rows,
    totalRow(
      TABLE_SUM_LABEL,
      keys.map((key) => totals[key] ?? null),
    ),
  ];
}

/** A proposal's economic consequence table: one column per year plus Permanent. */
export function consequenceTableSpec(round: BudgetRound, table: ConsequenceTable): AmountTableSpec {
  return {
    textColumns: [{ header: '', width: '*' }],
    amountHeaders: roundColumns(round).map((column) => column.label),
    rows: consequenceRows(round, table),
  };
}
