import { ROW_CATEGORIES, ROW_CATEGORY_LABELS, formatAmount, parseAmount } from '@budgetflow/domain';
import type { ConsequenceRowInput, RoundColumn } from '@budgetflow/domain';

/** One line of a table shown, not edited: its text, category and amounts as the domain formats them. */
export function ReadOnlyRow({ row, columns }: { row: ConsequenceRowInput; columns: readonly RoundColumn[] }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      <td>{categoryLabel(row.category)}</td>
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

/** A typed row's category in Danish; text the editor did not offer stays as it is. */
function categoryLabel(value: string): string {
  const category = ROW_CATEGORIES.find((known) => known === value);
  return category ? ROW_CATEGORY_LABELS[category] : value;
}
