import { ROW_CATEGORIES, ROW_CATEGORY_LABELS, readPastedAmounts, splitPastedBlock } from '@budgetflow/domain';
import type { ConsequenceRowInput, RoundColumn, RowCategory } from '@budgetflow/domain';
import { countOf } from '../text/danish-count';
import { CATEGORY_COLUMN, FIRST_AMOUNT_COLUMN, LABEL_COLUMN } from './grid';
import { emptyRow } from './table-draft';

/** A category as the table shows it («Drift», «Anlæg», …) or by its key, any case; undefined for anything else. */
export function pastedCategory(text: string | undefined): RowCategory | undefined {
  const wanted = (text ?? '').trim().toLocaleLowerCase('da');
  return ROW_CATEGORIES.find((category) => category === wanted || ROW_CATEGORY_LABELS[category].toLocaleLowerCase('da') === wanted);
}

/** Where a block is pasted and what the table holds before it. */
export interface PasteTarget {
  rows: readonly ConsequenceRowInput[];
  columns: readonly RoundColumn[];
  rowIndex: number;
  column: number;
  /** The pasted cells not taken so far, by path; the paste adds and clears its own. */
  problems: Readonly<Record<string, string>>;
}

export interface PastedTable {
  rows: ConsequenceRowInput[];
  problems: Record<string, string>;
  /** What a screen reader hears: how many rows, in which number format, and what was not taken. */
  notice: string;
}

/**
 * A block copied from a spreadsheet, pasted from the cell it lands in: Danish numbers unless the block proves
 * English; an ambiguous or unreadable cell keeps its text and is marked, not guessed. Null for an ordinary paste
 * (one plain word in a text cell, or nothing).
 */
export function pasteBlock(text: string, target: PasteTarget): PastedTable | null {
  const { columns, rowIndex, column } = target;
  const block = splitPastedBlock(text);
  if (column === LABEL_COLUMN && !/[\t\n]/.test(text.trim())) return null;
  if (block.length === 0) return null;
  const rows = target.rows.map((row) => ({ ...row, cells: { ...row.cells } }));
  // The block's leading columns, as the table shows them: the text (pasted into the text cell), then the category
  // when every line has one there (a row copied from the table as shown), and the amounts.
  const leading = leadingColumns(block, column);
  const amountStart = column < FIRST_AMOUNT_COLUMN ? 0 : column - FIRST_AMOUNT_COLUMN;
  const amountBlock = block.map((cells) => cells.slice(leading.count));
  const read = readPastedAmounts(amountBlock);
  const problems: Record<string, string> = { ...target.problems };
  let ignored = 0;
  let marked = 0;
  block.forEach((cells, offset) => {
    const index = rowIndex + offset;
    const row = rows[index] ?? emptyRow(columns);
    rows[index] = row;
    if (leading.label) row.label = (cells[0] ?? '').trim();
    if (leading.category) row.category = pastedCategory(cells[leading.label ? 1 : 0]) ?? row.category;
    (read.cells[offset] ?? []).forEach((cell, cellOffset) => {
      const key = columns[amountStart + cellOffset]?.key;
      if (!key) {
        ignored += 1;
        return;
      }
      const path = `rows[${index}].cells.${key}`;
      row.cells[key] = cell.ok ? cell.text : cell.input.trim();
      if (cell.ok) delete problems[path];
      else {
        problems[path] = cell.message;
        marked += 1;
      }
    });
  });
  const format = read.proven ? (read.format === 'english' ? ' Tallene er læst som engelsk talformat.' : ' Tallene er læst som dansk talformat.') : '';
  const notice =
    `Indsat ${block.length === 1 ? 'én række' : `${block.length} rækker`}.${format}` +
    (marked > 0 ? ` ${marked === 1 ? 'Én celle' : `${marked} celler`} kunne ikke læses sikkert og er markeret; ret ${marked === 1 ? 'den' : 'dem'}.` : '') +
    (ignored > 0 ? ` ${countOf(ignored, 'celle', 'celler')} uden for tabellens kolonner er ikke indsat.` : '');
  return { rows, problems, notice };
}

/** Which of the text and category columns the block begins with, from the cell it lands in. */
function leadingColumns(block: readonly (readonly string[])[], column: number): { label: boolean; category: boolean; count: number } {
  const label = column === LABEL_COLUMN;
  const at = label ? 1 : 0;
  const category = (label || column === CATEGORY_COLUMN) && block.every((cells) => pastedCategory(cells[at]) !== undefined);
  return { label, category, count: (label ? 1 : 0) + (category ? 1 : 0) };
}
