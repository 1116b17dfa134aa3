import { roundColumns, tableHeading } from '@budgetflow/domain';
import type { BudgetRound, ConsequenceTable } from '@budgetflow/domain';
import { ConsequenceTableEditor, tableDraftOf } from '../consequence-table';
import type { TableDraft } from '../consequence-table';
import { differences } from './amended-differences';

/**
 * «Godkend med ændringer»: the table the committee submitted (read only) above the amended one, in the consequence
 * table editor of the committees' pages, prefilled with the submitted table; below, every changed amount from → to.
 */
export function AmendedTable({
  id,
  round,
  original,
  value,
  onChange,
  errors,
}: {
  id: string;
  round: BudgetRound;
  original: ConsequenceTable;
  value: TableDraft;
  onChange(value: TableDraft): void;
  errors: Record<string, string>;
}) {
  const columns = roundColumns(round);
  const changed = differences(original, value, round);
  return (
    <div className="amended-tables">
      <div className="amended-table">
        <ConsequenceTableEditor
          columns={columns}
          value={tableDraftOf(original)}
          readOnly
          caption={`Som indsendt: ${tableHeading(round.priceLevel)}`}
          idPrefix={`${id}-indsendt`}
        />
      </div>
      <div className="amended-table">
        <ConsequenceTableEditor
          columns={columns}
          value={value}
          onChange={onChange}
          errors={errors}
          caption={`Med ændringer: ${tableHeading(round.priceLevel)}`}
          idPrefix={`${id}-aendret`}
        />
      </div>
      <div className="amended-differences">
        <h4 id={`${id}-forskelle`}>Ændrede beløb</h4>
        {changed.length === 0 ? (
          <p>Ingen beløb er ændret endnu.</p>
        ) : (
          <table className="table table--compact" aria-labelledby={`${id}-forskelle`}>
            <thead>
              <tr>
                <th scope="col">Række og kolonne</th>
                <th scope="col" className="align-text-right">
                  Indsendt
                </th>
                <th scope="col" className="align-text-right">
                  Ændret til
                </th>
              </tr>
            </thead>
            <tbody>
              {changed.map((difference) => (
                <tr key={difference.where}>
                  <th scope="row">{difference.where}</th>
                  <td className="align-text-right">{difference.before}</td>
                  <td className="align-text-right">
                    <strong>{difference.after}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
