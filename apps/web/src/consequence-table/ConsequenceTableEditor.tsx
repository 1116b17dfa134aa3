import { ROW_CATEGORIES, ROW_CATEGORY_LABELS, TABLE_SUM_LABEL, formatAmount, parseAmount, readPastedAmounts, splitPastedBlock } from '@budgetflow/domain';
import type { ConsequenceRowInput, RoundColumn, TableCells } from '@budgetflow/domain';
import { ClipboardEvent, KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { TableDraft, emptyRow, readTable } from './table-draft';
import './consequence-table.css';

export interface ConsequenceTableEditorProps {
  /** The round's columns (`roundColumns(round)`): its years, then Permanent. */
  columns: readonly RoundColumn[];
  /** The table as typed: cells as Danish text ("-2,2", "-" or "" for an empty cell). */
  value: TableDraft;
  onChange?: (value: TableDraft) => void;
  /** Problems by path inside the table ("rows[0].cells.2026", "rows[1].label", "rows"), e.g. from `tableErrorsOf`. */
  errors?: Readonly<Record<string, string>>;
  readOnly?: boolean;
  /** The table's caption, e.g. `tableHeading(round.priceLevel)`. */
  caption: string;
  /** Prefix of the element ids (two editors on one page need two). */
  idPrefix?: string;
}

const LABEL_COLUMN = 0;
const CATEGORY_COLUMN = 1;
const FIRST_AMOUNT_COLUMN = 2;

/**
 * The economic consequence table, typed like a spreadsheet: one row per line with its text and category, one cell
 * per column of the round; Danish amounts, checked by the domain's parser as they are typed; the category subtotals
 * and «Samlet» computed by the domain's sums. Arrow keys, Enter and Tab move between cells; a block copied from a
 * spreadsheet is pasted from the cell it lands in (Danish numbers unless the block proves English; ambiguous and
 * unreadable cells are marked, not guessed).
 */
export function ConsequenceTableEditor({ columns, value, onChange, errors = {}, readOnly = false, caption, idPrefix = 'tabel' }: ConsequenceTableEditorProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [pasteProblems, setPasteProblems] = useState<Record<string, string>>({});
  const [pasteNotice, setPasteNotice] = useState('');
  const reading = useMemo(() => {
    const read = readTable(value, columns);
    // A pasted cell that was not taken counts as unreadable until the person has typed it again.
    const marked = Object.keys(pasteProblems).map((path) => /\.cells\.(.+)$/.exec(path)?.[1] ?? '');
    return { ...read, unreadable: new Set([...read.unreadable, ...marked.filter(Boolean)]) };
  }, [value, columns, pasteProblems]);
  const announcedTotals = useDebounced(totalsText(reading.totals, reading.unreadable, columns), 800);

  const change = (rows: ConsequenceRowInput[]) => onChange?.({ rows });
  const setRow = (index: number, row: ConsequenceRowInput) => change(value.rows.map((existing, at) => (at === index ? row : existing)));
  const setCell = (index: number, key: string, text: string) => {
    const row = value.rows[index];
    if (!row) return;
    forgetPasteProblem(`rows[${index}].cells.${key}`);
    setRow(index, { ...row, cells: { ...row.cells, [key]: text } });
  };
  const forgetPasteProblem = (path: string) => {
    if (!(path in pasteProblems)) return;
    const { [path]: _gone, ...rest } = pasteProblems;
    setPasteProblems(rest);
  };
  const addRow = () => {
    change([...value.rows, emptyRow(columns)]);
    window.setTimeout(() => focusCell(tableRef.current, value.rows.length, LABEL_COLUMN), 0);
  };
  const removeRow = (index: number) => {
    setPasteProblems({});
    change(value.rows.filter((_row, at) => at !== index));
    setPasteNotice(`Række ${index + 1} er fjernet.`);
  };

  /** The message shown at a cell: a pasted value that was not taken, a typed amount that is not one, the server's. */
  const problemAt = (path: string, text?: string): string | undefined => {
    if (pasteProblems[path]) return pasteProblems[path];
    if (text !== undefined && touched.has(path)) {
      const parsed = parseAmount(text);
      if (!parsed.ok) return parsed.error.message;
    }
    return errors[path];
  };

  function onPaste(event: ClipboardEvent<HTMLInputElement>, rowIndex: number, column: number) {
    const text = event.clipboardData.getData('text/plain');
    const block = splitPastedBlock(text);
    // One plain word in a text cell is an ordinary paste.
    if (column === LABEL_COLUMN && !/[\t\n]/.test(text.trim())) return;
    if (block.length === 0) return;
    event.preventDefault();
    const rows = value.rows.map((row) => ({ ...row, cells: { ...row.cells } }));
    const amountStart = column === LABEL_COLUMN ? 0 : column - FIRST_AMOUNT_COLUMN;
    const amountBlock = block.map((cells) => (column === LABEL_COLUMN ? cells.slice(1) : cells));
    const read = readPastedAmounts(amountBlock);
    const problems: Record<string, string> = { ...pasteProblems };
    let ignored = 0;
    let marked = 0;
    block.forEach((cells, offset) => {
      const index = rowIndex + offset;
      const row = rows[index] ?? emptyRow(columns);
      rows[index] = row;
      if (column === LABEL_COLUMN) row.label = (cells[0] ?? '').trim();
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
    setPasteProblems(problems);
    change(rows);
    const format = read.proven ? (read.format === 'english' ? ' Tallene er læst som engelsk talformat.' : ' Tallene er læst som dansk talformat.') : '';
    setPasteNotice(
      `Indsat ${block.length === 1 ? 'én række' : `${block.length} rækker`}.${format}` +
        (marked > 0 ? ` ${marked === 1 ? 'Én celle' : `${marked} celler`} kunne ikke læses sikkert og er markeret; ret ${marked === 1 ? 'den' : 'dem'}.` : '') +
        (ignored > 0 ? ` ${ignored} celler uden for tabellens kolonner er ikke indsat.` : ''),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
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
    if (next && focusCell(tableRef.current, next[0], next[1])) event.preventDefault();
  }

  const headerId = (key: string) => `${idPrefix}-kolonne-${key}`;
  const tableProblem = errors['rows'] ?? errors['rows.'];

  return (
    <div className="consequence-table">
      {tableProblem ? (
        <p className="form-error-message" id={`${idPrefix}-fejl`}>
          <span className="sr-only">Fejl: </span>
          {tableProblem}
        </p>
      ) : null}
      <div className="table--responsive-scroll">
        <table
          className="table table--compact"
          id={idPrefix}
          ref={tableRef}
          onKeyDown={readOnly ? undefined : onKeyDown}
          aria-describedby={tableProblem ? `${idPrefix}-fejl` : undefined}
        >
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" id={headerId('tekst')}>
                Tekst
              </th>
              <th scope="col" id={headerId('kategori')}>
                Kategori
              </th>
              {columns.map((column) => (
                <th scope="col" id={headerId(column.key)} key={column.key} className="align-text-right">
                  {column.label}
                </th>
              ))}
              {readOnly ? null : (
                <th scope="col">
                  <span className="sr-only">Fjern</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {value.rows.map((row, index) => {
              const rowName = row.label.trim() || `Række ${index + 1}`;
              const labelPath = `rows[${index}].label`;
              const labelProblem = problemAt(labelPath);
              const categoryProblem = problemAt(`rows[${index}].category`);
              const rowProblem = errors[`rows[${index}].cells`] ?? errors[`rows[${index}]`];
              if (readOnly) {
                return (
                  <tr key={index}>
                    <th scope="row">{row.label}</th>
                    <td>{ROW_CATEGORY_LABELS[row.category as keyof typeof ROW_CATEGORY_LABELS] ?? row.category}</td>
                    {columns.map((column) => {
                      const parsed = parseAmount(row.cells[column.key] ?? '');
                      return (
                        <td key={column.key} className="align-text-right">
                          {parsed.ok ? formatAmount(parsed.value) : row.cells[column.key]}
                        </td>
                      );
                    })}
                  </tr>
                );
              }
              return (
                <tr key={index} className={rowProblem ? 'row-error' : undefined}>
                  <th scope="row" className={labelProblem ? 'cell-error' : undefined}>
                    <input
                      className="form-input label-input"
                      id={`${idPrefix}-${index}-tekst`}
                      data-cell={`${index}:${LABEL_COLUMN}`}
                      aria-label={`Tekst, række ${index + 1}`}
                      value={row.label}
                      onChange={(event) => setRow(index, { ...row, label: event.target.value })}
                      onPaste={(event) => onPaste(event, index, LABEL_COLUMN)}
                      {...problemAttributes(`${idPrefix}-${index}-tekst`, labelProblem ?? rowProblem)}
                    />
                    <CellProblem id={`${idPrefix}-${index}-tekst`} message={labelProblem} />
                    {rowProblem && !labelProblem ? <CellProblem id={`${idPrefix}-${index}-tekst`} message={rowProblem} /> : null}
                  </th>
                  <td className={categoryProblem ? 'cell-error' : undefined}>
                    <select
                      className="form-select category-select"
                      id={`${idPrefix}-${index}-kategori`}
                      data-cell={`${index}:${CATEGORY_COLUMN}`}
                      aria-label={`Kategori, ${rowName}`}
                      value={row.category}
                      onChange={(event) => setRow(index, { ...row, category: event.target.value })}
                      {...problemAttributes(`${idPrefix}-${index}-kategori`, categoryProblem)}
                    >
                      {ROW_CATEGORIES.map((category) => (
                        <option key={category} value={category}>
                          {ROW_CATEGORY_LABELS[category]}
                        </option>
                      ))}
                    </select>
                    <CellProblem id={`${idPrefix}-${index}-kategori`} message={categoryProblem} />
                  </td>
                  {columns.map((column, columnIndex) => {
                    const path = `rows[${index}].cells.${column.key}`;
                    const text = row.cells[column.key] ?? '';
                    const problem = problemAt(path, text);
                    const id = `${idPrefix}-${index}-${column.key}`;
                    return (
                      <td key={column.key} className={`align-text-right${problem ? ' cell-error' : ''}`}>
                        <input
                          className="form-input amount-input"
                          id={id}
                          data-cell={`${index}:${FIRST_AMOUNT_COLUMN + columnIndex}`}
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={`${rowName}, ${column.label}`}
                          value={text}
                          onChange={(event) => setCell(index, column.key, event.target.value)}
                          onBlur={() => setTouched((before) => new Set(before).add(path))}
                          onPaste={(event) => onPaste(event, index, FIRST_AMOUNT_COLUMN + columnIndex)}
                          {...problemAttributes(id, problem)}
                        />
                        <CellProblem id={id} message={problem} />
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" className="button button-tertiary remove-row" onClick={() => removeRow(index)} disabled={value.rows.length === 1}>
                      Fjern<span className="sr-only"> {rowName}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            {reading.categories.length > 1
              ? reading.categories.map((subtotal) => (
                  <tr key={subtotal.category} className="subtotal">
                    <th scope="row" colSpan={2}>
                      Heraf {subtotal.label.toLocaleLowerCase('da')}
                    </th>
                    <TotalCells cells={subtotal.cells} columns={columns} unreadable={reading.unreadable} />
                    {readOnly ? null : <td />}
                  </tr>
                ))
              : null}
            <tr className="table-sum">
              <th scope="row" colSpan={2}>
                {TABLE_SUM_LABEL}
              </th>
              <TotalCells cells={reading.totals} columns={columns} unreadable={reading.unreadable} />
              {readOnly ? null : <td />}
            </tr>
          </tfoot>
        </table>
      </div>
      {readOnly ? null : (
        <>
          <button type="button" className="button button-secondary add-row" onClick={addRow}>
            Tilføj række
          </button>
          <p className="form-hint">
            Beløb i mio. kr. med decimalkomma, fx «-2,2» eller «-0,125»; «-» eller intet er et tomt felt. Piletaster, Enter og Tab flytter mellem felterne. Du
            kan indsætte celler kopieret fra et regneark.
          </p>
        </>
      )}
      <p className="sr-only" role="status" aria-live="polite" data-testid="tabel-status">
        {pasteNotice}
      </p>
      {readOnly ? null : (
        <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="samlet-status">
          {announcedTotals}
        </p>
      )}
    </div>
  );
}

function TotalCells({ cells, columns, unreadable }: { cells: TableCells; columns: readonly RoundColumn[]; unreadable: ReadonlySet<string> }) {
  return (
    <>
      {columns.map((column) => (
        <td key={column.key} className="align-text-right" data-column={column.key}>
          {unreadable.has(column.key) ? (
            <>
              <span aria-hidden="true">?</span>
              <span className="sr-only">kan ikke beregnes, før alle beløb i kolonnen er gyldige</span>
            </>
          ) : (
            formatAmount(cells[column.key] ?? null)
          )}
        </td>
      ))}
    </>
  );
}

function CellProblem({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span className="form-error-message cell-error-message" id={`${id}-fejl`}>
      <span className="sr-only">Fejl: </span>
      {message}
    </span>
  );
}

function problemAttributes(id: string, problem: string | undefined) {
  return problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-fejl` } : {};
}

function totalsText(totals: TableCells, unreadable: ReadonlySet<string>, columns: readonly RoundColumn[]): string {
  const parts = columns.map((column) => `${column.label} ${unreadable.has(column.key) ? 'kan ikke beregnes' : formatAmount(totals[column.key] ?? null)}`);
  return `${TABLE_SUM_LABEL}: ${parts.join(', ')} mio. kr.`;
}

/** Focuses a cell of the grid (and selects its text, as a spreadsheet does); false when there is none. */
function focusCell(table: HTMLTableElement | null, row: number, column: number): boolean {
  const cell = table?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-cell="${row}:${column}"]`);
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
}

/** The value once it has stopped changing for a while: a screen reader hears the totals when typing pauses. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
