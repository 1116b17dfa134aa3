import { excerpt } from '@budgetflow/domain';
import { ProblemIssue } from '@budgetflow/platform';

/** One problem of an import, located: sheet, row and column (letter and heading) and the cell's value. */
export interface ImportIssue extends ProblemIssue {
  readonly sheet: string;
  /** The sheet row (1-based), or null for a problem of the whole file. */
  readonly row: number | null;
  /** The column letter, or null for a problem of a whole row. */
  readonly column: string | null;
  /** The column's heading in the sheet. */
  readonly columnName: string | null;
  /** The cell's value as read (an excerpt of at most 80 characters), or null for an empty cell. */
  readonly value: string | null;
}

/** A located issue; its path is the cell ("Forslag!F7"), the row ("Forslag!7") or the sheet. */
export function importIssue(
  code: string,
  message: string,
  at: { sheet: string; row?: number | null; column?: string | null; columnName?: string | null; value?: string | null },
): ImportIssue {
  const row = at.row ?? null;
  const column = at.column ?? null;
  const path = row === null ? at.sheet : `${at.sheet}!${column ?? ''}${row}`;
  return {
    code,
    path,
    message,
    sheet: at.sheet,
    row,
    column,
    columnName: at.columnName ?? null,
    value: at.value === null || at.value === undefined ? null : excerpt(at.value),
  };
}
