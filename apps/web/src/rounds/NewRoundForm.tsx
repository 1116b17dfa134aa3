import { fagudvalg, formatAmount, parseAmount } from '@budgetflow/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { http } from '../api/http';
import type { RoundView } from '../api/types';
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
  target: string;
  frames: Record<string, string>;
}

type Problems = Record<string, string>;

/** The form's field for a problem's path (the API's and the domain's paths are the same). */
function fieldOf(path: string): string | undefined {
  if (path.startsWith('frames.')) return `ramme-${path.slice('frames.'.length)}`;
  if (path.startsWith('yearColumns')) return 'budgetaar';
  return { name: 'navn', region: 'region', budgetYear: 'budgetaar', priceLevel: 'prisniveau', target: 'raaderum' }[path];
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
  const committees = fagudvalg(base.round.committees);
  const next = base.round.budgetYear + 1;
  const [draft, setDraft, clearDraft] = useLocalDraft<Draft>(user.id, `ny-runde-${base.id}`, {
    name: `Budget ${next}`,
    region: base.round.region,
    budgetYear: String(next),
    priceLevel: `P/L-${next - 1}`,
    target: base.round.target === null ? '' : formatAmount(base.round.target),
    frames: Object.fromEntries(committees.map((committee) => [committee.code, formatAmount(base.round.frames[committee.code] ?? 0)])),
  });
  const [problems, setProblems] = useState<Problems>({});
  const [summary, setSummary] = useState<{ fieldId?: string; message: string }[]>([]);

  const create = useMutation({
    mutationFn: (body: unknown) => http.request<RoundView>('/api/intake/rounds', { method: 'POST', body }),
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
    setProblems(found);
    setSummary(Object.entries(found).map(([fieldId, message]) => ({ fieldId, message })));
    if (Object.keys(found).length > 0) return;
    const year = Number(draft.budgetYear);
    create.mutate({
      name: draft.name,
      region: draft.region,
      budgetYear: Number.isInteger(year) ? year : draft.budgetYear,
      priceLevel: draft.priceLevel,
      yearColumns: Number.isInteger(year) ? [year, year + 1, year + 2] : [],
      target: target === null ? null : draft.target,
      frames: draft.frames,
      committees: base.round.committees,
    });
  }

  const text = (id: string, label: string, key: 'name' | 'region' | 'budgetYear' | 'priceLevel' | 'target', hint?: string, inputMode?: 'numeric' | 'decimal') => (
    <Field id={id} label={label} hint={hint} error={problems[id]}>
      <input className="form-input" id={id} name={key} inputMode={inputMode} value={draft[key]} onChange={(event) => update({ [key]: event.target.value })} {...describedBy(id, Boolean(hint), problems[id])} />
    </Field>
  );

  return (
    <section aria-labelledby="ny-runde" className="mt-8">
      <h2 id="ny-runde">Ny budgetrunde</h2>
      <p>Udvalg og rammer tages fra {base.round.name}; ret dem, før runden oprettes. Beløb skrives i mio. kr., fx «24,0» eller «-0,125».</p>
      <ErrorSummary problems={summary} />
      {create.error instanceof ApiError && !create.error.problem.errors?.length ? <ProblemAlert error={create.error} heading="Runden blev ikke oprettet" /> : null}
      <form onSubmit={submit} noValidate>
        {text('navn', 'Navn', 'name')}
        {text('region', 'Region', 'region')}
        {text('budgetaar', 'Budgetår', 'budgetYear', 'Årskolonnerne bliver budgetåret og de to næste år.', 'numeric')}
        {text('prisniveau', 'Prisniveau', 'priceLevel', 'Fx «P/L-2025».')}
        {text('raaderum', 'Råderum (mio. kr.)', 'target', 'Tomt, hvis runden ikke har et råderum.', 'decimal')}
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
        <button className="button button-primary" type="submit" disabled={create.isPending}>
          {create.isPending ? 'Opretter …' : 'Opret budgetrunde'}
        </button>
      </form>
    </section>
  );
}
