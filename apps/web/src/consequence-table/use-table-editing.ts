import { parseAmount } from '@budgetflow/domain';
import type { ConsequenceRowInput, RoundColumn } from '@budgetflow/domain';
import { ClipboardEvent, RefObject, useMemo, useState } from 'react';
import { LABEL_COLUMN, focusCell } from './grid';
import { pasteBlock } from './paste-block';
import { TableDraft, TableReading, emptyRow, isEmptyRow, readTable } from './table-draft';

export interface TableEditing {
  reading: TableReading;
  /** What the last paste or removal did, for the status a screen reader hears. */
  notice: string;
  setRow: (index: number, row: ConsequenceRowInput) => void;
  setCell: (index: number, key: string, text: string) => void;
  addRow: () => void;
  /** Enter on the last row: a new row below it, unless that row is still empty (one Enter too many adds nothing). */
  enterBelowLastRow: (row: number) => void;
  removeRow: (index: number) => void;
  /** An amount cell the person has left: from then on its text is checked as it is typed. */
  touch: (path: string) => void;
  paste: (event: ClipboardEvent<HTMLInputElement>, rowIndex: number, column: number) => void;
  /** The message shown at a cell: a pasted value that was not taken, a typed amount that is not one, the server's. */
  problemAt: (path: string, text?: string) => string | undefined;
}

/** The editor's state and its changes: the rows (owned by the caller), touched cells, pasted cells not taken. */
export function useTableEditing(
  value: TableDraft,
  columns: readonly RoundColumn[],
  errors: Readonly<Record<string, string>>,
  onChange: ((value: TableDraft) => void) | undefined,
  tableRef: RefObject<HTMLTableElement | null>,
): TableEditing {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [pasteProblems, setPasteProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const reading = useMemo(() => {
    const read = readTable(value, columns);
    // A pasted cell that was not taken counts as unreadable until the person has typed it again.
    const marked = Object.keys(pasteProblems).map((path) => /\.cells\.(.+)$/.exec(path)?.[1] ?? '');
    return { ...read, unreadable: new Set([...read.unreadable, ...marked.filter(Boolean)]) };
  }, [value, columns, pasteProblems]);

  const change = (rows: ConsequenceRowInput[]) => onChange?.({ rows });
  const setRow = (index: number, row: ConsequenceRowInput) => change(value.rows.map((existing, at) => (at === index ? row : existing)));
  const forgetPasteProblem = (path: string) => {
    if (!(path in pasteProblems)) return;
    const { [path]: _gone, ...rest } = pasteProblems;
    setPasteProblems(rest);
  };
  const setCell = (index: number, key: string, text: string) => {
    const row = value.rows[index];
    if (!row) return;
    forgetPasteProblem(`rows[${index}].cells.${key}`);
    setRow(index, { ...row, cells: { ...row.cells, [key]: text } });
  };
  const addRow = () => {
    change([...value.rows, emptyRow(columns)]);
    window.setTimeout(() => focusCell(tableRef.current, value.rows.length, LABEL_COLUMN), 0);
  };
  const enterBelowLastRow = (index: number) => {
    const row = value.rows[index];
    if (index === value.rows.length - 1 && row && !isEmptyRow(row)) addRow();
  };
  const removeRow = (index: number) => {
    setPasteProblems({});
    change(value.rows.filter((_row, at) => at !== index));
    setNotice(`Række ${index + 1} er fjernet.`);
  };
  const touch = (path: string) => setTouched((before) => new Set(before).add(path));
  const paste = (event: ClipboardEvent<HTMLInputElement>, rowIndex: number, column: number) => {
    const pasted = pasteBlock(event.clipboardData.getData('text/plain'), { rows: value.rows, columns, rowIndex, column, problems: pasteProblems });
    if (!pasted) return;
    event.preventDefault();
    setPasteProblems(pasted.problems);
    change(pasted.rows);
    setNotice(pasted.notice);
  };
  const problemAt = (path: string, text?: string): string | undefined => {
    if (pasteProblems[path]) return pasteProblems[path];
    if (text !== undefined && touched.has(path)) {
      const parsed = parseAmount(text);
      if (!parsed.ok) return parsed.error.message;
    }
    return errors[path];
  };
  return { reading, notice, setRow, setCell, addRow, enterBelowLastRow, removeRow, touch, paste, problemAt };
}
