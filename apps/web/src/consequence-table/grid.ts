import type { KeyboardEvent } from 'react';

// The grid's columns, as data-cell="row:column" numbers them: the text, the category, then one per amount.
export const LABEL_COLUMN = 0;
export const CATEGORY_COLUMN = 1;
export const FIRST_AMOUNT_COLUMN = 2;

/** Focuses a cell of the grid (and selects its text, as a spreadsheet does); false when there is none. */
export function focusCell(table: HTMLTableElement | null, row: number, column: number): boolean {
  const cell = table?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-cell="${row}:${column}"]`);
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
}

/**
 * Spreadsheet keys: arrows (left and right at the text's ends), Enter and Shift+Enter move between cells; Enter on
 * the last row calls `beyondLastRow` (the editor adds a row there).
 */
export function moveInGrid(event: KeyboardEvent<HTMLTableElement>, table: HTMLTableElement | null, beyondLastRow?: (row: number) => void): void {
  const target = event.target as HTMLElement;
  const at = target.dataset['cell']?.split(':').map(Number);
  if (!at || target.tagName === 'SELECT') return;
  const [row = 0, column = 0] = at;
  const input = target as HTMLInputElement;
  const caretAtStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const caretAtEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  let next: [number, number] | undefined;
  if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)) next = [row - 1, column];
  else if (event.key === 'ArrowDown' || event.key === 'Enter') next = [row + 1, column];
  else if (event.key === 'ArrowLeft' && caretAtStart) next = [row, column === FIRST_AMOUNT_COLUMN ? LABEL_COLUMN : column - 1];
  else if (event.key === 'ArrowRight' && caretAtEnd) next = [row, column === LABEL_COLUMN ? FIRST_AMOUNT_COLUMN : column + 1];
  // Enter never submits the surrounding form from inside the table.
  if (event.key === 'Enter') event.preventDefault();
  if (next && focusCell(table, next[0], next[1])) event.preventDefault();
  else if (event.key === 'Enter' && !event.shiftKey) beyondLastRow?.(row);
}
