import { danishIsoDate } from '@budgetflow/domain';
import type { PublicationInput } from '@budgetflow/domain';
import { FormEvent, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { usePublications, usePublish } from '../api/publication-queries';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { PublicationList } from './PublicationList';
import { TypedPublication, problemsByField, readPublication } from './publication-form';

// Today in the browser's calendar (Danish users), as the date input writes it.
const today = (): string => new Date().toLocaleDateString('sv-SE');

/**
 * «Offentliggør materialet»: the budget office publishes the round's bilag, as they stand at the data version the
 * page shows, on the public site under a title and a date; after a confirmation. The round's publications follow,
 * each with the state of its public pages.
 */
export function PublishSection({ roundId, dataVersion }: { roundId: string; dataVersion: number | undefined }) {
  const publications = usePublications(roundId);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  // The bilag's data version, followed as the page learns of a new one, until the person types one.
  const [typedVersion, setTypedVersion] = useState<string>();
  const typed: TypedPublication = { title, date, dataVersion: typedVersion ?? (dataVersion === undefined ? '' : String(dataVersion)) };
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<{ input: PublicationInput; idempotencyKey: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const publish = usePublish(
    roundId,
    (publication) =>
      `«${publication.title}» er udgivet med bilagene ved dataversion ${publication.dataVersion}. Det offentlige websted dannes nu; listen over rundens udgivelser viser, når det er klar.`,
  );
  const error = publish.error instanceof ApiError ? publish.error : undefined;
  const problems = { ...problemsByField(error?.problem.errors ?? []), ...checked };
  const current = publications.data?.find((row) => row.current);

  function submit(event: FormEvent) {
    event.preventDefault();
    publish.reset();
    const read = readPublication(typed);
    if (!read.ok) {
      setChecked(problemsByField(read.issues));
      // The summary takes the focus, so the problems are read at once (DKFDS's pattern).
      requestAnimationFrame(() => summary.current?.querySelector<HTMLElement>('[role="alert"]')?.focus());
      return;
    }
    setChecked({});
    setConfirming({ input: read.value, idempotencyKey: crypto.randomUUID() });
  }

  function confirm() {
    if (!confirming) return;
    publish.mutate(
      { body: confirming.input, idempotencyKey: confirming.idempotencyKey },
      {
        onSuccess: () => {
          setConfirming(undefined);
          setTitle('');
        },
        // A problem with a field is shown next to it, with the dialog closed; any other stays in the dialog.
        onError: (failure) => {
          if (failure instanceof ApiError && Object.keys(problemsByField(failure.problem.errors ?? [])).length > 0) setConfirming(undefined);
        },
      },
    );
  }

  const fieldProblems = Object.entries(problems).map(([fieldId, message]) => ({ fieldId, message }));
  return (
    <section aria-labelledby="offentliggoer" className="publish-section">
      <h2 id="offentliggoer">Offentliggør materialet</h2>
      <p>
        Udgiv bilagene, som de står ved en dataversion, på det offentlige websted, hvor alle kan læse dem uden at logge ind: som websider, PDF og regneark, med
        hvert forslag på sin egen side. En ny udgivelse bliver rundens aktuelle; de tidligere bliver stående.
      </p>
      <form onSubmit={submit} noValidate aria-label="Offentliggør materialet">
        <div ref={summary}>
          <ErrorSummary problems={fieldProblems} />
        </div>
        <Field id="udgivelse-titel" label="Titel" hint="Som den står på webstedet, fx «Materiale til FU’s 1. behandling»." error={problems['udgivelse-titel']}>
          <input
            className="form-input"
            id="udgivelse-titel"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            {...describedBy('udgivelse-titel', true, problems['udgivelse-titel'])}
          />
        </Field>
        <Field id="udgivelse-dato" label="Udgivelsesdato" hint="Fx 19.05.2025." error={problems['udgivelse-dato']}>
          <input
            className="form-input input-width-s"
            id="udgivelse-dato"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            {...describedBy('udgivelse-dato', true, problems['udgivelse-dato'])}
          />
        </Field>
        <Field
          id="udgivelse-dataversion"
          label="Bilagenes dataversion"
          hint="Den, bilagene ovenfor viser; webstedet viser dem, som de stod ved den."
          error={problems['udgivelse-dataversion']}
        >
          <input
            className="form-input input-width-xs"
            id="udgivelse-dataversion"
            inputMode="numeric"
            value={typed.dataVersion}
            onChange={(event) => setTypedVersion(event.target.value)}
            {...describedBy('udgivelse-dataversion', true, problems['udgivelse-dataversion'])}
          />
        </Field>
        {error && !confirming && Object.keys(problemsByField(error.problem.errors ?? [])).length === 0 ? (
          <ProblemAlert error={error} heading="Materialet blev ikke udgivet" />
        ) : null}
        <button type="submit" className="button button-primary" disabled={publish.isPending}>
          Udgiv materialet
        </button>
      </form>
      <ConfirmDialog
        open={confirming !== undefined}
        title="Udgiv materialet på det offentlige websted?"
        confirmLabel="Udgiv"
        busy={publish.isPending}
        error={confirming ? error : undefined}
        onConfirm={confirm}
        onCancel={() => {
          setConfirming(undefined);
          publish.reset();
        }}
      >
        {confirming ? (
          <>
            <p>
              «{confirming.input.title}» udgives under datoen {danishIsoDate(confirming.input.date)} med bilagene, som de stod ved dataversion{' '}
              {confirming.input.dataVersion}. Alle kan læse den uden at logge ind, og den kan ikke trækkes tilbage, kun afløses af en ny udgivelse.
            </p>
            {current ? <p>Den afløser «{current.title}» som rundens aktuelle udgivelse; den bliver stående som en tidligere udgivelse.</p> : null}
          </>
        ) : null}
      </ConfirmDialog>
      <h3 id="rundens-udgivelser">Rundens udgivelser</h3>
      {publications.error instanceof ApiError ? <ProblemAlert error={publications.error} heading="Udgivelserne kunne ikke hentes" /> : null}
      {publications.data ? <PublicationList rows={publications.data} /> : null}
    </section>
  );
}
