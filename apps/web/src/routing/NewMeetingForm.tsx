import { isIsoDate } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useWorkflowAction } from '../api/workflow-queries';
import { Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { formatDate } from './MeetingAgenda';

/** A new meeting of FU or RR in the round; the budget office creates both, RR's secretariat its own. */
export function NewMeetingForm({
  roundId,
  bodies,
  defaultDate,
}: {
  roundId: string;
  bodies: ('FU' | 'RR')[];
  defaultDate?: (body: 'FU' | 'RR') => string | undefined;
}) {
  const [body, setBody] = useState<'FU' | 'RR'>(bodies[0] ?? 'FU');
  const [date, setDate] = useState(defaultDate?.(bodies[0] ?? 'FU') ?? '');
  const [title, setTitle] = useState('');
  const [dateProblem, setDateProblem] = useState<string>();
  const create = useWorkflowAction(
    () => answer(workflow.POST('/meetings', { body: { roundId, body, date, title: title.trim() || undefined } })),
    (meeting) => `${meeting.bodyLabel}s møde ${formatDate(meeting.date)} er oprettet.`,
  );
  const serverDateProblem = create.error instanceof ApiError ? create.error.issuesFor('date')[0]?.message : undefined;
  const shownDateProblem = dateProblem ?? serverDateProblem;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setDateProblem('Skriv mødedatoen som en dato, fx 19.05.2025.');
      return;
    }
    setDateProblem(undefined);
    create.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate className="meeting-form">
      {bodies.length > 1 ? (
        <fieldset>
          <legend className="form-label">Organ</legend>
          {bodies.map((entry) => (
            <div className="form-group-radio" key={entry}>
              <input
                type="radio"
                className="form-radio"
                id={`organ-${entry}`}
                name="organ"
                checked={body === entry}
                onChange={() => {
                  setBody(entry);
                  setDate(defaultDate?.(entry) ?? date);
                }}
              />
              <label htmlFor={`organ-${entry}`}>{entry === 'FU' ? 'Forretningsudvalget (FU)' : 'Regionsrådet (RR)'}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <Field id="moededato" label="Mødedato" hint="Fx 19.05.2025." error={shownDateProblem}>
        <input
          className="form-input input-width-s"
          id="moededato"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          {...describedBy('moededato', true, shownDateProblem)}
        />
      </Field>
      <Field id="moedetitel" label="Mødets betegnelse (valgfri)">
        <input className="form-input" id="moedetitel" value={title} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      {create.error instanceof ApiError && !serverDateProblem ? <ProblemAlert error={create.error} heading="Mødet blev ikke oprettet" /> : null}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        Opret møde
      </button>
    </form>
  );
}
