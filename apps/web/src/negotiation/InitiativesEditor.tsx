import { PACKAGE_LIMITS, RAADERUM_KEY, fagudvalg } from '@budgetflow/domain';
import type { BudgetRound, ColumnKey, InitiativeInput } from '@budgetflow/domain';
import { Field, describedBy } from '../forms/FieldError';
import { AmountInputs } from '../forms/AmountInputs';
import { inputId } from '../forms/field-ids';
import { emptyAmounts, keyFromName } from './package-draft';
import { useFocusAfterAdd } from './use-focus-after-add';
import { SourceSelect } from './SourceSelect';

/**
 * The parties' new initiatives, which no committee proposed: each in an agreement chapter, with a title, the
 * agreement's text about it, amounts with the tables' sign (a saving is negative), the source that finances it, and
 * the committee or area it belongs to.
 */
export function InitiativesEditor({
  round,
  columns,
  value,
  onChange,
  sources,
  errors,
}: {
  round: BudgetRound;
  columns: readonly ColumnKey[];
  value: readonly InitiativeInput[];
  onChange(value: InitiativeInput[]): void;
  sources: readonly { key: string; name: string }[];
  errors: Readonly<Record<string, string>>;
}) {
  const update = (index: number, change: Partial<InitiativeInput>) => onChange(value.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const chapters = [...new Set(value.map((item) => item.chapter.trim()).filter(Boolean))];
  // A keyboard user goes on typing in the new initiative: its title takes the focus once it is drawn.
  const focusAfterAdd = useFocusAfterAdd(value.length, (index) => inputId(`initiatives[${index}].title`));
  const add = () => {
    focusAfterAdd();
    onChange([
      ...value,
      {
        key: keyFromName(
          'initiativ',
          value.map((item) => item.key),
        ),
        chapter: chapters.at(-1) ?? '',
        title: '',
        text: '',
        amounts: emptyAmounts(columns),
        source: RAADERUM_KEY,
        committee: null,
        area: null,
      },
    ]);
  };
  return (
    <>
      {value.length === 0 ? <p>Pakken har ingen nye initiativer.</p> : null}
      <datalist id="pakke-kapitler">
        {chapters.map((chapter) => (
          <option key={chapter} value={chapter} />
        ))}
      </datalist>
      {value.map((item, index) => {
        const path = `initiatives[${index}]`;
        const label = item.title.trim() || `initiativ nr. ${index + 1}`;
        const id = (field: string) => inputId(`${path}.${field}`);
        return (
          <fieldset key={item.key} className="package-part">
            <legend className="h4">Initiativ: {label}</legend>
            <Field id={id('title')} label="Titel" error={errors[`${path}.title`]}>
              <input
                className="form-input"
                id={id('title')}
                maxLength={PACKAGE_LIMITS.initiativeTitleCharacters}
                value={item.title}
                onChange={(event) => update(index, { title: event.target.value })}
                {...describedBy(id('title'), false, errors[`${path}.title`])}
              />
            </Field>
            <Field id={id('chapter')} label="Kapitel i aftalen" hint="Fx «Hospitaler» eller «Arbejdsmiljø»." error={errors[`${path}.chapter`]}>
              <input
                className="form-input"
                id={id('chapter')}
                list="pakke-kapitler"
                maxLength={PACKAGE_LIMITS.chapterCharacters}
                value={item.chapter}
                onChange={(event) => update(index, { chapter: event.target.value })}
                {...describedBy(id('chapter'), true, errors[`${path}.chapter`])}
              />
            </Field>
            <Field id={id('text')} label="Aftalens tekst om initiativet" error={errors[`${path}.text`]}>
              <textarea
                className="form-input"
                id={id('text')}
                rows={3}
                maxLength={PACKAGE_LIMITS.initiativeTextCharacters}
                value={item.text ?? ''}
                onChange={(event) => update(index, { text: event.target.value })}
                {...describedBy(id('text'), false, errors[`${path}.text`])}
              />
            </Field>
            <AmountInputs
              legend={`Beløb til ${label}`}
              path={`${path}.amounts`}
              columns={columns}
              value={item.amounts}
              onChange={(amounts) => update(index, { amounts })}
              errors={errors}
            />
            <div className={`form-group${errors[`${path}.source`] ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={id('source')}>
                Finansiering
              </label>
              <SourceSelect
                id={id('source')}
                label={`Finansiering af ${label}`}
                sources={sources}
                value={item.source ?? RAADERUM_KEY}
                onChange={(source) => update(index, { source })}
                error={errors[`${path}.source`]}
              />
            </div>
            <Field id={id('committee')} label="Fagudvalg" error={errors[`${path}.committee`]}>
              <select
                className="form-select select-fit"
                id={id('committee')}
                value={item.committee ?? ''}
                onChange={(event) => update(index, { committee: event.target.value || null })}
                {...describedBy(id('committee'), false, errors[`${path}.committee`])}
              >
                <option value="">Intet udvalg</option>
                {fagudvalg(round.committees).map((committee) => (
                  <option key={committee.code} value={committee.code}>
                    {committee.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={id('area')} label="Område (hvis intet udvalg)" hint="Fx «Akutmodtagelserne» eller «Regional udvikling»." error={errors[`${path}.area`]}>
              <input
                className="form-input"
                id={id('area')}
                maxLength={PACKAGE_LIMITS.initiativeAreaCharacters}
                value={item.area ?? ''}
                onChange={(event) => update(index, { area: event.target.value || null })}
                {...describedBy(id('area'), true, errors[`${path}.area`])}
              />
            </Field>
            <button type="button" className="button button-tertiary" onClick={() => onChange(value.filter((_, at) => at !== index))}>
              Fjern initiativet {label}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary mt-3" onClick={add}>
        Tilføj initiativ
      </button>
    </>
  );
}
