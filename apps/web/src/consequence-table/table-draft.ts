import { ROW_CATEGORIES, categoryTotals, formatAmount, parseAmount, tableTotals } from '@budgetflow/domain';
import type {
  CategoryTotal,
  ColumnKey,
  ConsequenceRow,
  ConsequenceRowInput,
  ConsequenceTable,
  ConsequenceTableInput,
  RoundColumn,
  RowCategory,
  TableCells,
} from '@budgetflow/domain';

/** A table as typed: the domain's input shape (cells as Danish text), which the API takes as it is. */
export type TableDraft = ConsequenceTableInput;

/** A row's category as typed; the editor offers only the domain's, so another is read as drift (as the sums do). */
function rowCategory(value: string): RowCategory {
  return ROW_CATEGORIES.find((category) => category === value) ?? 'drift';
}

/** A typed table as the API takes it (cells as typed, the services read them). */
export function tableBodyOf(draft: TableDraft): { rows: { label: string; category: RowCategory; cells: Record<string, string> }[] } {
  return { rows: draft.rows.map((row) => ({ label: row.label, category: rowCategory(row.category), cells: { ...row.cells } })) };
}

/** A new row with every cell empty ("-" is typed as nothing). */
export function emptyRow(columns: readonly RoundColumn[], category: RowCategory = 'drift'): ConsequenceRowInput {
  return { label: '', category, cells: Object.fromEntries(columns.map((column) => [column.key, ''])) };
}

export function emptyTable(columns: readonly RoundColumn[]): TableDraft {
  return { rows: [emptyRow(columns)] };
}

/** A stored table (amounts in thousand kroner) as the editor's text, e.g. -2200 → "-2,2", null → "-". */
export function tableDraftOf(table: ConsequenceTable): TableDraft {
  return {
    rows: table.rows.map((row) => ({
      label: row.label,
      category: row.category,
      cells: Object.fromEntries(table.columns.map((key) => [key, formatAmount(row.cells[key] ?? null)])),
    })),
  };
}

/** What the totals are computed from: every readable cell, and the columns with a cell that cannot be read. */
export interface TableReading {
  readonly totals: TableCells;
  readonly categories: CategoryTotal[];
  /** Columns whose total is unknown, because a cell in them is not an amount. */
  readonly unreadable: ReadonlySet<ColumnKey>;
}

/** The totals of a typed table, by the domain's own sums (the ones the services print). */
export function readTable(draft: TableDraft, columns: readonly RoundColumn[]): TableReading {
  const unreadable = new Set<ColumnKey>();
  const keys = columns.map((column) => column.key);
  const rows: ConsequenceRow[] = draft.rows.map((row) => ({
    label: row.label,
    category: rowCategory(row.category),
    cells: Object.fromEntries(
      keys.map((key) => {
        const parsed = parseAmount(row.cells[key] ?? '');
        if (!parsed.ok) unreadable.add(key);
        return [key, parsed.ok ? parsed.value : null];
      }),
    ),
  }));
  const table: ConsequenceTable = { columns: keys, rows };
  return { totals: tableTotals(table), categories: categoryTotals(table), unreadable };
}

/** Problems of a request (paths like "table.rows[0].cells.2026") keyed by their path inside the table. */
export function tableErrorsOf(issues: readonly { path: string; message: string }[], prefix = 'table'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.path !== prefix && !issue.path.startsWith(`${prefix}.`)) continue;
    const path = issue.path === prefix ? 'rows' : issue.path.slice(prefix.length + 1);
    errors[path] ??= issue.message;
  }
  return errors;
}

/** A row with neither text nor any amount typed (a category alone is not content). */
export function isEmptyRow(row: ConsequenceRowInput): boolean {
  return row.label.trim() === '' && Object.values(row.cells).every((text) => text.trim() === '' || text.trim() === '-');
}
