import type { RoundColumn } from '@budgetflow/domain';
import { useRef } from 'react';
import { EditableRow } from './EditableRow';
import { moveInGrid } from './grid';
import { ReadOnlyRow } from './ReadOnlyRow';
import { TotalsFooter } from './TotalsFooter';
import { TableDraft } from './table-draft';
import { useAnnouncedTotals } from './use-announced-totals';
import { useTableEditing } from './use-table-editing';
import './consequence-table.css';
import { TableScroll } from '../layout/TableScroll';

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

/**
 * The economic consequence table, typed like a spreadsheet: one row per line with its text and category, one cell
 * per column of the round; Danish amounts, checked by the domain's parser as they are typed; the category subtotals
 * and «Samlet» computed by the domain's sums. Arrow keys, Enter and Tab move between cells (grid.ts); a block
 * copied from a spreadsheet is pasted from the cell it lands in (paste-block.ts).
 */
export function ConsequenceTableEditor({ columns, value, onChange, errors = {}, readOnly = false, caption, idPrefix = 'tabel' }: ConsequenceTableEditorProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const editing = useTableEditing(value, columns, errors, onChange, tableRef);
  const { reading } = editing;
  const announcedTotals = useAnnouncedTotals(reading.totals, reading.unreadable, columns);
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
      <TableScroll label={caption}>
        <table
          className="table table--compact"
          id={idPrefix}
          ref={tableRef}
          onKeyDown={readOnly ? undefined : (event) => moveInGrid(event, tableRef.current, editing.enterBelowLastRow)}
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
            {value.rows.map((row, index) =>
              readOnly ? (
                <ReadOnlyRow key={index} row={row} columns={columns} />
              ) : (
                <EditableRow
                  key={index}
                  row={row}
                  index={index}
                  columns={columns}
                  errors={errors}
                  editing={editing}
                  idPrefix={idPrefix}
                  removable={value.rows.length > 1}
                />
              ),
            )}
          </tbody>
          <TotalsFooter reading={reading} columns={columns} readOnly={readOnly} />
        </table>
      </TableScroll>
      {readOnly ? null : (
        <>
          <button type="button" className="button button-secondary add-row" onClick={editing.addRow}>
            Tilføj række
          </button>
          <p className="form-hint">
            Beløb i mio. kr. med decimalkomma, fx «-2,2» eller «-0,125»; «-» eller intet er et tomt felt. Piletaster, Enter og Tab flytter mellem felterne;
            Enter i sidste række tilføjer en række. Du kan indsætte celler kopieret fra et regneark.
          </p>
        </>
      )}
      <p className="sr-only" role="status" aria-live="polite" data-testid="tabel-status">
        {editing.notice}
      </p>
      {readOnly ? null : (
        <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="samlet-status">
          {announcedTotals}
        </p>
      )}
    </div>
  );
}
