import { BudgetRound, quote } from '@budgetflow/domain';
import { ImportField, headerKey, importColumns } from './import-columns';
import { ImportIssue, importIssue } from './import-issue';
import { SheetCell, SheetGrid } from './sheet-reader';

/** Where an issue is, as importIssue takes it. */
export type IssueLocation = Parameters<typeof importIssue>[2];

/** Which column of the sheet holds which field, read from its header row (the first row with content). */
export interface SheetLayout {
  readonly sheet: string;
  /** The header row's index (0-based); -1 for an empty sheet. */
  readonly headerIndex: number;
  readonly positions: ReadonlyMap<ImportField, number>;
  /** The field's cell on a line, or null when the column is missing or the cell empty. */
  cellAt(row: readonly (SheetCell | null)[], field: ImportField): SheetCell | null;
  /** The heading of a column (1-based) as the sheet writes it. */
  headerOf(column: number): string | null;
  /** A location for an issue: the sheet row (1-based), the column (1-based) or none, the cell's value and heading. */
  at(row: number, column: number | null, value?: string | null, columnName?: string | null): IssueLocation;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Reads the header row: every column the template knows, once; an unknown or repeated column is an issue. */
export function readLayout(grid: SheetGrid, round: BudgetRound, issues: ImportIssue[]): SheetLayout {
  const columns = importColumns(round);
  const headerIndex = grid.rows.findIndex((row) => row.some((cell) => cell !== null));
  const headerRow = headerIndex + 1;
  const at = (row: number, column: number | null, value?: string | null, columnName?: string | null): IssueLocation => ({
    sheet: grid.sheet,
    row,
    column: column === null ? null : columnLetter(column),
    columnName: columnName ?? null,
    value: value ?? null,
  });
  const positions = new Map<ImportField, number>();
  const headerTexts: string[] = [];
  (grid.rows[headerIndex] ?? []).forEach((cell, index) => {
    if (!cell) return;
    const text = cell.text.trim();
    headerTexts[index + 1] = text;
    const column = columns.find((candidate) => headerKey(candidate.header) === headerKey(text));
    if (!column) {
      issues.push(
        importIssue(
          'import.unknown_column',
          `Kolonnen ${quote(text)} kendes ikke; brug skabelonens kolonner (se arket «Vejledning»).`,
          at(headerRow, index + 1, text),
        ),
      );
    } else if (positions.has(column.field)) {
      issues.push(importIssue('import.duplicate_column', `Kolonnen «${column.header}» findes to gange; slet den ene.`, at(headerRow, index + 1, text)));
    } else positions.set(column.field, index + 1);
  });
  if (headerIndex !== -1) {
    for (const column of columns.filter((candidate) => candidate.required && !positions.has(candidate.field))) {
      issues.push(
        importIssue('import.missing_column', `Kolonnen «${column.header}» mangler; tilføj den i overskriftsrækken.`, at(headerRow, null, null, column.header)),
      );
    }
  }
  return {
    sheet: grid.sheet,
    headerIndex,
    positions,
    cellAt: (row, field) => {
      const position = positions.get(field);
      return position === undefined ? null : (row[position - 1] ?? null);
    },
    headerOf: (column) => headerTexts[column] ?? null,
    at,
  };
}

/** The lines below the header grouped by reference, in the order of their first line; a line without one is an issue. */
export function linesByReference(grid: SheetGrid, layout: SheetLayout, issues: ImportIssue[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let index = layout.headerIndex + 1; index < grid.rows.length; index++) {
    const row = grid.rows[index] ?? [];
    if (!row.some((cell) => cell !== null)) continue;
    const reference = layout.cellAt(row, 'reference')?.text.trim() ?? '';
    if (reference === '') {
      if (layout.positions.has('reference'))
        issues.push(
          importIssue(
            'import.reference_missing',
            'Linjen har ingen reference; skriv forslagets reference (fx B26-SU-01) på hver linje.',
            layout.at(index + 1, layout.positions.get('reference') ?? null, null, 'Reference'),
          ),
        );
      continue;
    }
    groups.set(reference, [...(groups.get(reference) ?? []), index]);
  }
  return groups;
}
