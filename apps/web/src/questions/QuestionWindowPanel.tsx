import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useQuestionAction } from '../api/question-queries';
import type { QuestionWindowView } from '../api/views';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSessionUser } from '../session/SessionContext';

const FIELDS = [
  { id: 'vindue-aabner-dato', path: 'opensOn', label: 'Åbner, dato', type: 'date' },
  { id: 'vindue-aabner-kl', path: 'opensAt', label: 'Åbner, klokkeslæt', type: 'time' },
  { id: 'vindue-frist-dato', path: 'closesOn', label: 'Frist, dato', type: 'date' },
  { id: 'vindue-frist-kl', path: 'closesAt', label: 'Frist, klokkeslæt (spørgsmål skal være modtaget før)', type: 'time' },
] as const;

type Typed = Record<(typeof FIELDS)[number]['path'], string>;

/** When members may ask (everyone sees it); the budget office sets the window and the answering time, or closes early. */
export function QuestionWindowPanel({ roundId, window }: { roundId: string; window: QuestionWindowView | null }) {
  const user = useSessionUser();
  return (
    <section aria-labelledby="spoergsmaalsvindue" className="mt-6">
      <h2 id="spoergsmaalsvindue">Frist for spørgsmål</h2>
      <p data-testid="vindue-status">
        {window ? window.text : 'Koncernøkonomi har endnu ikke åbnet for spørgsmål i runden.'}
        {window ? ` Svarfristen er ${window.answeringDays} dage fra fordelingen.` : ''}
      </p>
      {user.role === 'budget_office' ? <WindowForm key={window?.typed.closesOn ?? 'ny'} roundId={roundId} window={window} /> : null}
    </section>
  );
}

function WindowForm({ roundId, window }: { roundId: string; window: QuestionWindowView | null }) {
  const [typed, setTyped] = useState<Typed>(() => ({
    opensOn: window?.typed.opensOn ?? '',
    opensAt: window?.typed.opensAt ?? '08:00',
    closesOn: window?.typed.closesOn ?? '',
    closesAt: window?.typed.closesAt ?? '12:00',
  }));
  const [days, setDays] = useState(String(window?.answeringDays ?? 6));
  const set = useQuestionAction(
    () => answer(workflow.PUT('/rounds/{roundId}/question-window', { params: { path: { roundId } }, body: { ...typed, answeringDays: Number(days) } })),
    (result) => `Fristen for spørgsmål er gemt. ${result.text}`,
  );
  const close = useQuestionAction(
    () => answer(workflow.POST('/rounds/{roundId}/question-window/close', { params: { path: { roundId } } })),
    () => 'Der er lukket for nye spørgsmål.',
  );
  const error = set.error instanceof ApiError ? set.error : undefined;
  const problems = Object.fromEntries(
    [...FIELDS.map((field) => [field.id, field.path] as const), ['vindue-svarfrist', 'answeringDays'] as const].flatMap(([id, path]) => {
      const message = error?.issuesFor(path)[0]?.message;
      return message ? [[id, message]] : [];
    }),
  ) as Record<string, string>;
  function submit(event: FormEvent) {
    event.preventDefault();
    set.mutate(undefined);
  }
  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Fristen for spørgsmål">
        <ErrorSummary problems={Object.entries(problems).map(([fieldId, message]) => ({ fieldId, message }))} />
        <div className="window-fields">
          {FIELDS.map((field) => (
            <Field key={field.id} id={field.id} label={field.label} error={problems[field.id]}>
              <input
                className="form-input input-width-s"
                id={field.id}
                type={field.type}
                value={typed[field.path]}
                onChange={(event) => setTyped((current) => ({ ...current, [field.path]: event.target.value }))}
                {...describedBy(field.id, false, problems[field.id])}
              />
            </Field>
          ))}
          <Field id="vindue-svarfrist" label="Svarfrist (dage fra fordelingen)" error={problems['vindue-svarfrist']}>
            <input
              className="form-input input-width-xs"
              id="vindue-svarfrist"
              inputMode="numeric"
              value={days}
              onChange={(event) => setDays(event.target.value)}
              {...describedBy('vindue-svarfrist', false, problems['vindue-svarfrist'])}
            />
          </Field>
        </div>
        {error && Object.keys(problems).length === 0 ? <ProblemAlert error={error} heading="Fristen blev ikke gemt" /> : null}
        <button type="submit" className="button button-secondary" disabled={set.isPending}>
          Gem fristen
        </button>
      </form>
      {window?.state === 'open' ? (
        <div className="mt-4">
          {close.error instanceof ApiError ? <ProblemAlert error={close.error} heading="Der blev ikke lukket" /> : null}
          <button type="button" className="button button-tertiary" disabled={close.isPending} onClick={() => close.mutate(undefined)}>
            Luk for spørgsmål nu
          </button>
        </div>
      ) : null}
    </>
  );
}
