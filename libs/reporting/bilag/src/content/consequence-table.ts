import {
  BudgetRound,
  ConsequenceRow,
  ConsequenceTable,
  ROW_CATEGORIES,
  ROW_CATEGORY_LABELS,
  TABLE_SUM_LABEL,
  roundColumns,
  tableHeading,
  tableTotals,
} from '@budgetflow/domain';
import type { Content } from 'pdfmake/interfaces';
import { AmountTableRow, amountTable, detailRow, groupRow, totalRow } from '../layout/amount-table';

function sameText(a: string, b: string): boolean {
  return a.toLocaleLowerCase('da') === b.toLocaleLowerCase('da');
}

function categoryRows(table: ConsequenceTable, keys: readonly string[]): AmountTableRow[] {
  const amountsOf = (row: ConsequenceRow) => keys.map((key) => row.cells[key] ?? null);
  return ROW_CATEGORIES.flatMap((category) => {
    const rows = table.rows.filter((row) => row.category === category);
    const label = ROW_CATEGORY_LABELS[category];
    const [only] = rows;
    // A lone row named like its category ("Drift") needs no heading above it.
    if (rows.length === 1 && only && sameText(only.label, label)) return [detailRow([only.label], amountsOf(only))];
    if (rows.length === 0) return [];
    return [groupRow(label), ...rows.map((row) => detailRow([row.label], amountsOf(row), true))];
  });
}

/**
 * A proposal's economic consequence table: the caption with the price level, one column per
 * year plus Permanent, the rows by category and the computed "Samlet, prioriteringsforslag" in
 * bold. Kept on one page; `label` (e.g. "Besluttet af FU med ændringer") goes above the caption.
 */
export function consequenceTable(round: BudgetRound, table: ConsequenceTable, label?: string): Content {
  const columns = roundColumns(round);
  const keys = columns.map((column) => column.key);
  const totals = tableTotals(table);
  const body = amountTable({
    textColumns: [{ header: '', width: '*' }],
    amountHeaders: columns.map((column) => column.label),
    rows: [...categoryRows(table, keys), totalRow(TABLE_SUM_LABEL, keys.map((key) => totals[key] ?? null))],
  });
  return {
    unbreakable: true,
    stack: [
      ...(label ? [{ text: label, style: 'tableLabel' }] : []),
      // Under a label the caption sits close, as one heading of two lines.
      { text: tableHeading(round.priceLevel), style: 'caption', ...(label ? { margin: [0, 0, 0, 4] as [number, number, number, number] } : {}) },
      body,
    ],
  };
}
