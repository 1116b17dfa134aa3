import { columnLabel, formatAmount, parseAmount, roundColumns } from '@budgetflow/domain';
import type { BudgetRound, ConsequenceTable } from '@budgetflow/domain';
import type { TableDraft } from '../consequence-table/table-draft';

export interface Difference {
  where: string;
  before: string;
  after: string;
}

/** Every amount of the amended table that differs from the submitted one, by row and column; rows added or removed too. */
export function differences(original: ConsequenceTable, amended: TableDraft, round: BudgetRound): Difference[] {
  const found: Difference[] = [];
  const rows = Math.max(original.rows.length, amended.rows.length);
  for (let index = 0; index < rows; index += 1) {
    const before = original.rows[index];
    const after = amended.rows[index];
    const label = after?.label || before?.label || `Række ${index + 1}`;
    for (const column of roundColumns(round)) {
      const was = before ? (before.cells[column.key] ?? null) : null;
      const typed = after?.cells[column.key] ?? '';
      const parsed = parseAmount(typed);
      const now = parsed.ok ? parsed.value : undefined;
      if (now !== was)
        found.push({
          where: `${label}, ${columnLabel(column.key)}`,
          before: before ? formatAmount(was) : 'ingen række',
          after: after ? (parsed.ok ? formatAmount(now ?? null) : `«${typed}»`) : 'fjernet',
        });
    }
  }
  return found;
}
