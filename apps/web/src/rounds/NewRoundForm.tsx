import { COMMITTEE_KINDS, COMMITTEE_KIND_LABELS, MAX_YEAR_COLUMNS, ROUND_DATE_LABELS, ROUND_DATE_ORDER, formatAmount, parseAmount } from '@budgetflow/domain';
import type { CommitteeKind, RoundDates } from '@budgetflow/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, intake } from '../api/clients';
import type { CreateRoundBody, RoundView } from '../api/views';
import { Field, ErrorSummary, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSessionUser } from '../session/SessionContext';
import { useLocalDraft } from '../session/useLocalDraft';
import { useSelectedRound } from './SelectedRound';

interface Draft {
  name: string;
  region: string;
  budgetYear: string;
  priceLevel: string;
  yearColumns: string;
  target: string;
  committees: { code: string; name: string; kind: CommitteeKind }[];
  frames: Record<string, string>;
  dates: Partial<Record<keyof RoundDates, string>>;
}

type Problems = Record<string, string>;

/** The form's field for a problem's path (the API's and the domain's paths are the same). */
function fieldOf(path: string): string | undefined {
  if (path.startsWith('frames.')) return `ramme-${path.slice('frames.'.length)}`;
  if (path.startsWith('yearColumns')) return 'aarskolonner';
  if (path.startsWith('dates.')) return `dato-${path.slice('dates.'.length)}`;
  const committee = /^committees\[(\d+)\]\.(code|name|kind)/.exec(path);
  if (committee) return `udvalg-${committee[1]}-${{ code: 'kode', name: 'betegnelse', kind: 'art' }[committee[2] as 'code']}`;
  if (path.startsWith('committees')) return 'udvalg-0-kode';
  return { name: 'navn', region: 'region', budgetYear: 'budgetaar', priceLevel: 'prisniveau', target: 'raaderum', frames: 'raaderum' }[path];
}

/** «2027, 2028, 2029» as years; undefined when a part is not a whole number. */
function yearsOf(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const years = parts.map(Number);
  return years.every((year) => Number.isInteger(year)) ? years : undefined;
}

/**
 * Koncernøkonomi's new round, on the committees and frames of the selected one: amounts are read by the domain
 * library here (the same rules as the service), everything else is checked by the service, and each problem is shown
 * next to its field. The input is kept in this browser until the round is created.
 */
export function NewRoundForm({ base, onCreated }: { base: RoundView; onCreated(name: string): void }) {
  const user = useSessionUser();
  const { select } = useSelectedRound();
  const queryClient = useQueryClient();
  const next = base.round.budgetYear + 1;
  const shift = (date: string | undefined) => (date ? `${Number(date.slice(0, 4)) + 1}${date.slice(4)}` : '');
  const [draft, setDraft, clearDraft] = useLocalDraft<Draft>(user.id, `ny-runde-v2-${base.id}`, {
    name: `Budget ${next}`,
    region: base.round.region,
    budgetYear: String(next),
    priceLevel: `P/L-${next - 1}`,
    yearColumns: base.round.yearColumns.map((year) => year + 1).join(', '),
    target: base.round.target === null ? '' : formatAmount(base.round.target),
    committees: base.round.committees.map(({ code, name, kind }) => ({ code, name, kind })),
    frames: Object.fromEntries(base.round.committees.map((committee) => [committee.code, formatAmount(base.round.frames[committee.code] ?? 0)])),
    // The same calendar a year later, as a starting point.
    dates: Object.fromEntries(ROUND_DATE_ORDER.map((key) => [key, shift(base.round.dates?.[key])])),
  });
  const committees = draft.committees.filter((committee) => committee.kind === 'fagudvalg');
  const [problems, setProblems] = useState<Problems>({});
  const [summary, setSummary] = useState<{ fieldId?: string; message: string }[]>([]);

  const create = useMutation({
    mutationFn: (body: CreateRoundBody) => answer(intake.POST('/rounds', { body })),
    onSuccess: async (round) => {
      clearDraft();
      onCreated(round.round.name);
      await queryClient.invalidateQueries({ queryKey: ['rounds'] });
      select(round.id);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.sessionEnded) return;
      const found: Problems = {};
      const listed = (error.problem.errors ?? []).map((issue) => {
        const fieldId = fieldOf(issue.path);
        if (fieldId && !found[fieldId]) found[fieldId] = issue.message;
        return { fieldId, message: issue.message };
      });
      setProblems(found);
      setSummary(listed);
    },
  });

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problems = {};
    const amount = (fieldId: string, text: string) => {
      const parsed = parseAmount(text);
      if (!parsed.ok) found[fieldId] = parsed.error.message;
      return parsed.ok ? parsed.value : null;
    };
    const target = amount('raaderum', draft.target);
    committees.forEach((committee) => amount(`ramme-${committee.code}`, draft.frames[committee.code] ?? ''));
    const years = yearsOf(draft.yearColumns);
    if (!years) found['aarskolonner'] = 'Skriv årskolonnerne som årstal adskilt af komma, fx «2027, 2028, 2029».';
    const year = Number(draft.budgetYear);
    if (!Number.isInteger(year)) found['budgetaar'] = 'Skriv budgetåret som et årstal, fx «2027».';
    setProblems(found);
    setSummary(Object.entries(found).map(([fieldId, message]) => ({ fieldId, message })));
    if (Object.keys(found).length > 0 || !years) return;
    const dates = Object.fromEntries(Object.entries(draft.dates).filter(([, date]) => date));
    create.mutate({
      name: draft.name,
      region: draft.region,
      budgetYear: year,
      priceLevel: draft.priceLevel,
      yearColumns: years,
      target: target === null ? null : draft.target,
      frames: Object.fromEntries(committees.map((committee) => [committee.code, draft.frames[committee.code] ?? ''])),
      committees: draft.committees.map((committee) => ({ ...committee, code: committee.code.trim(), name: committee.name.trim() })),
      dates,
    });
  }

  // A new budget year moves the year columns along (same count, starting at it).
  const change = (key: 'name' | 'region' | 'budgetYear' | 'priceLevel' | 'target' | 'yearColumns', value: string) => {
    const year = Number(value);
    const years = yearsOf(draft.yearColumns);
    if (key === 'budgetYear' && /^\d{4}$/.test(value) && years && years.length > 0) {
      update({ budgetYear: value, yearColumns: years.map((_, index) => year + index).join(', ') });
    } else update({ [key]: value });
  };
  const updateCommittee = (index: number, patch: Partial<Draft['committees'][number]>) =>
    update({ committees: draft.committees.map((committee, at) => (at === index ? { ...committee, ...patch } : committee)) });

  const text = (
    id: string,
    label: string,
    key: 'name' | 'region' | 'budgetYear' | 'priceLevel' | 'target' | 'yearColumns',
    hint?: string,
    inputMode?: 'numeric' | 'decimal',
  ) => (
    <Field id={id} label={label} hint={hint} error={problems[id]}>
      <input
        className="form-input"
        id={id}
        name={key}
        inputMode={inputMode}
        value={draft[key]}
        onChange={(event) => change(key, event.target.value)}
        {...describedBy(id, Boolean(hint), problems[id])}
      />
    </Field>
  );

  return (
    <section aria-labelledby="ny-runde" className="mt-8">
      <h2 id="ny-runde">Ny budgetrunde</h2>
      <p>Udvalg, rammer og datoer tages fra {base.round.name}; ret dem, før runden oprettes. Beløb skrives i mio. kr., fx «24,0» eller «-0,125».</p>
      <ErrorSummary problems={summary} />
      {create.error instanceof ApiError && !create.error.problem.errors?.length ? (
        <ProblemAlert error={create.error} heading="Runden blev ikke oprettet" />
      ) : null}
      <form onSubmit={submit} noValidate>
        {text('navn', 'Navn', 'name')}
        {text('region', 'Region', 'region')}
        {text('budgetaar', 'Budgetår', 'budgetYear', 'Årskolonnerne flyttes med: lige så mange, fra budgetåret.', 'numeric')}
        {text('prisniveau', 'Prisniveau', 'priceLevel', 'Fx «P/L-2025».')}
        {text(
          'aarskolonner',
          'Årskolonner',
          'yearColumns',
          `Budgetåret først og fortløbende år, adskilt af komma, højst ${MAX_YEAR_COLUMNS}. Kolonnen «Permanent» kommer altid med.`,
        )}
        {text('raaderum', 'Råderum (mio. kr.)', 'target', 'Tomt, hvis runden ikke har et råderum.', 'decimal')}
        <fieldset>
          <legend className="h4">Regionens udvalg</legend>
          <p className="form-hint">Fagudvalg stiller forslag og har en ramme; koden bruges i forslagenes referencer (fx «B27-SU-01»).</p>
          <ol className="committee-list">
            {draft.committees.map((committee, index) => (
              <li key={index} className="committee-row">
                <Field id={`udvalg-${index}-kode`} label={`Udvalg ${index + 1}, kode`} error={problems[`udvalg-${index}-kode`]}>
                  <input
                    className="form-input input-width-xs"
                    id={`udvalg-${index}-kode`}
                    value={committee.code}
                    onChange={(event) => updateCommittee(index, { code: event.target.value.toUpperCase() })}
                    {...describedBy(`udvalg-${index}-kode`, false, problems[`udvalg-${index}-kode`])}
                  />
                </Field>
                <Field id={`udvalg-${index}-betegnelse`} label={`Udvalg ${index + 1}, betegnelse`} error={problems[`udvalg-${index}-betegnelse`]}>
                  <input
                    className="form-input committee-name-input"
                    id={`udvalg-${index}-betegnelse`}
                    value={committee.name}
                    onChange={(event) => updateCommittee(index, { name: event.target.value })}
                    {...describedBy(`udvalg-${index}-betegnelse`, false, problems[`udvalg-${index}-betegnelse`])}
                  />
                </Field>
                <Field id={`udvalg-${index}-art`} label={`Udvalg ${index + 1}, art`} error={problems[`udvalg-${index}-art`]}>
                  <select
                    className="form-select"
                    id={`udvalg-${index}-art`}
                    value={committee.kind}
                    onChange={(event) => updateCommittee(index, { kind: event.target.value as CommitteeKind })}
                  >
                    {COMMITTEE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {COMMITTEE_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                </Field>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => update({ committees: draft.committees.filter((_, at) => at !== index) })}
                >
                  Fjern udvalg {index + 1}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update({ committees: [...draft.committees, { code: '', name: '', kind: 'fagudvalg' }] })}
          >
            Tilføj udvalg
          </button>
        </fieldset>
        <fieldset>
          <legend className="h4">Rammer pr. udvalg (mio. kr.)</legend>
          {committees.map((committee) => {
            const id = `ramme-${committee.code}`;
            return (
              <Field key={committee.code} id={id} label={`${committee.name} (${committee.code})`} error={problems[id]}>
                <input
                  className="form-input input-width-s"
                  id={id}
                  inputMode="decimal"
                  value={draft.frames[committee.code] ?? ''}
                  onChange={(event) => update({ frames: { ...draft.frames, [committee.code]: event.target.value } })}
                  {...describedBy(id, false, problems[id])}
                />
              </Field>
            );
          })}
        </fieldset>
        <fieldset>
          <legend className="h4">Datoer</legend>
          {ROUND_DATE_ORDER.map((key) => {
            const id = `dato-${key}`;
            return (
              <Field key={key} id={id} label={ROUND_DATE_LABELS[key]} hint="Valgfri." error={problems[id]}>
                <input
                  className="form-input input-width-s"
                  type="date"
                  id={id}
                  value={draft.dates[key] ?? ''}
                  onChange={(event) => update({ dates: { ...draft.dates, [key]: event.target.value } })}
                  {...describedBy(id, true, problems[id])}
                />
              </Field>
            );
          })}
        </fieldset>
        <button className="button button-primary" type="submit" disabled={create.isPending}>
          {create.isPending ? 'Opretter …' : 'Opret budgetrunde'}
        </button>
      </form>
    </section>
  );
}
