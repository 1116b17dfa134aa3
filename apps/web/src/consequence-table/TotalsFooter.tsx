import { TABLE_SUM_LABEL, formatAmount } from '@budgetflow/domain';
import type { RoundColumn, TableCells } from '@budgetflow/domain';
import type { TableReading } from './table-draft';

/** The table's foot: the category subtotals (when there is more than one category) and «Samlet». */
export function TotalsFooter({ reading, columns, readOnly }: { reading: TableReading; columns: readonly RoundColumn[]; readOnly: boolean }) {
  return (
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
