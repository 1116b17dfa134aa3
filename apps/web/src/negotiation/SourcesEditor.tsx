import { PACKAGE_LIMITS, RAADERUM_KEY } from '@budgetflow/domain';
import type { ColumnKey, FundingSourceInput } from '@budgetflow/domain';
import { Field, describedBy } from '../forms/FieldError';
import { AmountInputs } from '../forms/AmountInputs';
import { inputId } from '../forms/field-ids';
import { emptyAmounts, keyFromName } from './package-draft';
import { useFocusAfterAdd } from './use-focus-after-add';

/**
 * The sources other than the råderum (a national pool, a reserve, a loan, fees): each a name as written in running
 * text and what it brings per column. A source still financing items cannot be removed (the domain refuses it too).
 */
export function SourcesEditor({
  columns,
  value,
  onChange,
  inUse,
  errors,
}: {
  columns: readonly ColumnKey[];
  value: readonly FundingSourceInput[];
  onChange(value: FundingSourceInput[]): void;
  /** Source keys that items name. */
  inUse: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
}) {
  const update = (index: number, change: Partial<FundingSourceInput>) =>
    onChange(value.map((source, at) => (at === index ? { ...source, ...change } : source)));
  // A keyboard user goes on typing in the new source: its name takes the focus once it is drawn.
  const focusAfterAdd = useFocusAfterAdd(value.length, (index) => inputId(`sources[${index}].name`));
  const add = () => {
    focusAfterAdd();
    onChange([...value, { key: keyFromName('kilde', [RAADERUM_KEY, ...value.map((source) => source.key)]), name: '', amounts: emptyAmounts(columns) }]);
  };
  return (
    <>
      {value.length === 0 ? <p>Pakken har kun råderummet som finansiering.</p> : null}
      {value.map((source, index) => {
        const path = `sources[${index}]`;
        const nameId = inputId(`${path}.name`);
        const label = source.name.trim() || `kilde nr. ${index + 1}`;
        return (
          <fieldset key={source.key} className="package-part">
            <legend className="h4">Kilde: {label}</legend>
            <Field
              id={nameId}
              label="Navn, som det skrives i løbende tekst"
              hint="Fx «sundhedspakken»."
              error={errors[`${path}.name`] ?? errors[`${path}.key`]}
            >
              <input
                className="form-input"
                id={nameId}
                maxLength={PACKAGE_LIMITS.sourceNameCharacters}
                value={source.name}
                onChange={(event) => update(index, { name: event.target.value })}
                {...describedBy(nameId, true, errors[`${path}.name`])}
              />
            </Field>
            <AmountInputs
              legend={`Hvad ${label} bringer`}
              path={`${path}.amounts`}
              columns={columns}
              value={source.amounts}
              onChange={(amounts) => update(index, { amounts })}
              errors={errors}
            />
            {inUse.has(source.key) ? (
              <p className="form-hint">Kilden finansierer poster i pakken; vælg en anden kilde til dem, før den kan fjernes.</p>
            ) : (
              <button type="button" className="button button-tertiary" onClick={() => onChange(value.filter((_, at) => at !== index))}>
                Fjern kilden {label}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary mt-3" onClick={add}>
        Tilføj finansieringskilde
      </button>
    </>
  );
}
