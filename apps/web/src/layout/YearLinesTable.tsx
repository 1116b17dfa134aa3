import { formatAmount } from '@budgetflow/domain';
import type { Amount } from '@budgetflow/domain';
import { TableScroll } from './TableScroll';

export interface YearLine {
  label: string;
  /** One amount per column, in the columns' order (null: none, printed as «-»). */
  amounts: readonly (Amount | null)[];
}

/** A small table of lines against the round's year columns (e.g. råderum, counted proposals, rest). */
export function YearLinesTable({
  caption,
  columns,
  lines,
  className,
}: {
  caption: string;
  columns: readonly string[];
  lines: readonly YearLine[];
  className?: string;
}) {
  return (
    <TableScroll label={caption} className={className}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Linje</span>
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="align-text-right">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              {line.amounts.map((amount, index) => (
                <td key={columns[index]} className="align-text-right">
                  {formatAmount(amount)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
