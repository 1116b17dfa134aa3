import { formatAmount, roundColumns } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import type { QuestionView } from '../api/views';
import { TableScroll } from '../layout/TableScroll';

type AnswerTable = NonNullable<NonNullable<QuestionView['answer']>['table']>;

/** An answer's small table of amounts, in the round's columns and the tables' format. */
export function AnswerTableView({ table, round, caption }: { table: AnswerTable; round: BudgetRound; caption: string }) {
  const columns = roundColumns(round);
  return (
    <TableScroll label={caption}>
      <table className="table table--compact">
        <caption>
          {caption} ({round.priceLevel}; mio. kr.)
        </caption>
        <thead>
          <tr>
            <th scope="col">Række</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="align-text-right">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => (
                <td key={column.key} className="align-text-right">
                  {formatAmount(row.cells[column.key] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
