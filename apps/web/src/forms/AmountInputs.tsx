import { columnLabel } from '@budgetflow/domain';
import type { AmountsInput, ColumnKey } from '@budgetflow/domain';
import { inputId } from './field-ids';

/**
 * One amount per column (mio. kr., typed as in the consequence tables: «-2,5», «-» or nothing for none), in a
 * fieldset named by what they belong to; each input is named «<what>, <column>» for screen readers and tests.
 */
export function AmountInputs({
  legend,
  path,
  columns,
  value,
  onChange,
  errors,
}: {
  legend: string;
  /** The package path of the amounts («raaderum», «initiatives[1].amounts»): ids and error messages follow it. */
  path: string;
  columns: readonly ColumnKey[];
  value: AmountsInput;
  onChange(value: AmountsInput): void;
  errors: Readonly<Record<string, string>>;
}) {
  const problems = columns.flatMap((column) => (errors[`${path}.${column}`] ? [errors[`${path}.${column}`] as string] : []));
  const whole = errors[path];
  return (
    <fieldset className={`amount-inputs${problems.length > 0 || whole ? ' form-error' : ''}`}>
      <legend className="form-label">{legend} (mio. kr.)</legend>
      {[whole, ...problems].filter(Boolean).map((message) => (
        <span key={message} className="form-error-message">
          <span className="sr-only">Fejl: </span>
          {message}
        </span>
      ))}
      <div className="amount-inputs-row">
        {columns.map((column) => {
          const id = inputId(`${path}.${column}`);
          return (
            <div key={column} className="amount-input">
              <label htmlFor={id} className="amount-input-label">
                {columnLabel(column)}
              </label>
              <input
                id={id}
                className="form-input input-width-xs"
                inputMode="decimal"
                aria-label={`${legend}, ${columnLabel(column)}`}
                aria-invalid={errors[`${path}.${column}`] ? true : undefined}
                value={value[column] ?? ''}
                onChange={(event) => onChange({ ...value, [column]: event.target.value })}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
