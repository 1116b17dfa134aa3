import { ROW_CATEGORY_LABELS, formatAmount, parseAmount } from '@budgetflow/domain';
import type { ConsequenceRowInput, RoundColumn } from '@budgetflow/domain';

/** One line of a table shown, not edited: its text, category and amounts as the domain formats them. */
export function ReadOnlyRow({ row, columns }: { row: ConsequenceRowInput; columns: readonly RoundColumn[] }) {
  return (
    <tr>
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
