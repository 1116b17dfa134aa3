import { ROW_CATEGORIES, ROW_CATEGORY_LABELS } from '@budgetflow/domain';
import type { ConsequenceRowInput, RoundColumn } from '@budgetflow/domain';
import { CellProblem, problemAttributes } from './CellProblem';
import { CATEGORY_COLUMN, FIRST_AMOUNT_COLUMN, LABEL_COLUMN } from './grid';
import type { TableEditing } from './use-table-editing';

interface EditableRowProps {
  row: ConsequenceRowInput;
  index: number;
  columns: readonly RoundColumn[];
  errors: Readonly<Record<string, string>>;
  editing: TableEditing;
  idPrefix: string;
  /** The last row stays: a table has at least one line. */
  removable: boolean;
}

/** One line of the table as inputs: text, category, an amount per column, and its remove button. */
export function EditableRow({ row, index, columns, errors, editing, idPrefix, removable }: EditableRowProps) {
  const { setRow, setCell, touch, paste, problemAt, removeRow } = editing;
  const rowName = row.label.trim() || `Række ${index + 1}`;
  const labelProblem = problemAt(`rows[${index}].label`);
  const categoryProblem = problemAt(`rows[${index}].category`);
  const rowProblem = errors[`rows[${index}].cells`] ?? errors[`rows[${index}]`];
  return (
    <tr className={rowProblem ? 'row-error' : undefined}>
      <th scope="row" className={labelProblem ? 'cell-error' : undefined}>
        <input
          className="form-input label-input"
          id={`${idPrefix}-${index}-tekst`}
          data-cell={`${index}:${LABEL_COLUMN}`}
          aria-label={`Tekst, række ${index + 1}`}
          value={row.label}
          onChange={(event) => setRow(index, { ...row, label: event.target.value })}
          onPaste={(event) => paste(event, index, LABEL_COLUMN)}
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
              onBlur={() => touch(path)}
              onPaste={(event) => paste(event, index, FIRST_AMOUNT_COLUMN + columnIndex)}
              {...problemAttributes(id, problem)}
            />
            <CellProblem id={id} message={problem} />
          </td>
        );
      })}
      <td>
        <button type="button" className="button button-tertiary remove-row" onClick={() => removeRow(index)} disabled={!removable}>
          Fjern<span className="sr-only"> {rowName}</span>
        </button>
      </td>
    </tr>
  );
}
