import { ConsequenceTable } from '../proposal/consequence-table';

/**
 * True when two tables say the same: the same columns and, row by row, the same label, category and cells. A package
 * whose table equals the table in force has not changed the proposal, so RR adopts it without changes.
 */
export function sameTable(a: ConsequenceTable, b: ConsequenceTable): boolean {
  if (a.columns.length !== b.columns.length || a.columns.some((key, index) => b.columns[index] !== key)) return false;
  if (a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, index) => {
    const other = b.rows[index];
    return (
      other !== undefined &&
      row.label === other.label &&
      row.category === other.category &&
      a.columns.every((key) => (row.cells[key] ?? null) === (other.cells[key] ?? null))
    );
  });
}
