import { TABLE_SUM_LABEL, columnLabel, formatAmount, parseAmount, sumOptionalAmounts } from '@budgetflow/domain';
import type { Amount, ConsequenceTable, ConsequenceTableInput } from '@budgetflow/domain';

/** The amended table as typed: the original's rows and columns, each cell as Danish text. */
export type AmendedCells = string[][];

export function cellsOf(table: ConsequenceTable): AmendedCells {
  return table.rows.map((row) => table.columns.map((column) => formatAmount(row.cells[column] ?? null)));
}

/** The request body's table: the original's labels and categories with the typed amounts. */
export function amendedInput(table: ConsequenceTable, cells: AmendedCells): ConsequenceTableInput {
  return {
    rows: table.rows.map((row, rowIndex) => ({
      label: row.label,
      category: row.category,
      cells: Object.fromEntries(table.columns.map((column, columnIndex) => [column, cells[rowIndex]?.[columnIndex] ?? '-'])),
    })),
  };
}

/** A typed cell read by the domain's rules: an amount, null for an empty cell, or the reason it cannot be read. */
function read(text: string): { value: Amount | null } | { error: string } {
  const parsed = parseAmount(text);
  return parsed.ok ? { value: parsed.value } : { error: parsed.error.message };
}

/**
 * «Godkend med ændringer»: the submitted table next to the amended one, which starts as a copy; every amount that
 * differs is marked (in words for screen readers, and by a heavier border and «ændret» on screen).
 */
export function AmendedTableEditor({ id, original, cells, onChange }: { id: string; original: ConsequenceTable; cells: AmendedCells; onChange(cells: AmendedCells): void }) {
  const columns = original.columns;
  const typed = cells.map((row) => row.map(read));
  const sums = columns.map((_, columnIndex) => {
    const values = typed.map((row) => row[columnIndex]);
    return values.every((value) => value && 'value' in value) ? sumOptionalAmounts(values.map((value) => (value && 'value' in value ? value.value : null))) : undefined;
  });
  const originalSums = columns.map((column) => sumOptionalAmounts(original.rows.map((row) => row.cells[column] ?? null)));
  const changed = (rowIndex: number, columnIndex: number) => {
    const value = typed[rowIndex]?.[columnIndex];
    const before = original.rows[rowIndex]?.cells[columns[columnIndex] as string] ?? null;
    return !value || !('value' in value) || value.value !== before;
  };
  const changes = original.rows.flatMap((row, rowIndex) => columns.filter((_, columnIndex) => changed(rowIndex, columnIndex)).map((column) => `${row.label} ${columnLabel(column)}`));
  return (
    <div className="amended-tables">
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>Som indsendt (mio. kr.)</caption>
          <thead>
            <tr>
              <th scope="col">Række</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="align-text-right">
                  {columnLabel(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {original.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row">{row.label}</th>
                {columns.map((column) => (
                  <td key={column} className="align-text-right">
                    {formatAmount(row.cells[column] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{TABLE_SUM_LABEL}</th>
              {originalSums.map((sum, index) => (
                <td key={columns[index]} className="align-text-right">
                  {formatAmount(sum)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>Med FU’s ændringer (mio. kr.)</caption>
          <thead>
            <tr>
              <th scope="col">Række</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="align-text-right">
                  {columnLabel(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {original.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row">{row.label}</th>
                {columns.map((column, columnIndex) => {
                  const cellId = `${id}-${rowIndex}-${column}`;
                  const value = typed[rowIndex]?.[columnIndex];
                  const problem = value && 'error' in value ? value.error : undefined;
                  const isChanged = changed(rowIndex, columnIndex);
                  return (
                    <td key={column} className={`align-text-right${isChanged ? ' cell-changed' : ''}${problem ? ' form-error' : ''}`}>
                      <label className="sr-only" htmlFor={cellId}>
                        {row.label}, {columnLabel(column)}
                      </label>
                      <input
                        className="form-input input-width-xs align-text-right"
                        id={cellId}
                        inputMode="decimal"
                        value={cells[rowIndex]?.[columnIndex] ?? ''}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem || isChanged ? `${cellId}-note` : undefined}
                        onChange={(event) => onChange(cells.map((cellRow, r) => (r === rowIndex ? cellRow.map((cell, c) => (c === columnIndex ? event.target.value : cell)) : cellRow)))}
                      />
                      {problem ? (
                        <span className="form-error-message" id={`${cellId}-note`}>
                          {problem}
                        </span>
                      ) : isChanged ? (
                        <span className="cell-changed-note" id={`${cellId}-note`}>
                          ændret fra {formatAmount(row.cells[column] ?? null)}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{TABLE_SUM_LABEL}</th>
              {sums.map((sum, index) => (
                <td key={columns[index]} className={`align-text-right${sum !== originalSums[index] ? ' cell-changed' : ''}`}>
                  {sum === undefined ? '?' : formatAmount(sum)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p role="status" className="form-hint">
        {changes.length === 0 ? 'Ingen beløb er ændret endnu.' : `Ændret: ${changes.join(', ')}.`}
      </p>
    </div>
  );
}
