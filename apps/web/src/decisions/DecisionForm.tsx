import { DECISION_OUTCOMES, DECISION_OUTCOME_LABELS } from '@budgetflow/domain';
import type { DecisionOutcome } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useWorkflowAction } from '../api/workflow-queries';
import type { AgendaItemView, MeetingView, WorkflowProposalView } from '../api/views';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { tableBodyOf, tableDraftOf, tableErrorsOf } from '../consequence-table';
import type { TableDraft } from '../consequence-table';
import { useSelectedRound } from '../rounds/SelectedRound';
import { AmendedTable } from './AmendedTable';

const WITH_CHANGES: readonly DecisionOutcome[] = ['approved_with_changes', 'adopted_with_changes'];

/** FU's or RR's decision on one agenda item: the outcome, its text, and for «med ændringer» the amended table. */
export function DecisionForm({ meeting, item, proposal }: { meeting: MeetingView; item: AgendaItemView; proposal: WorkflowProposalView }) {
  const { selected } = useSelectedRound();
  const [outcome, setOutcome] = useState<DecisionOutcome>();
  const [text, setText] = useState('');
  // Prefilled with the table as the committee submitted it.
  const [table, setTable] = useState<TableDraft>(() => tableDraftOf(proposal.originalTable));
  const [missing, setMissing] = useState<string>();
  const decide = useWorkflowAction(
    (chosen: DecisionOutcome) =>
      answer(
        workflow.POST('/meetings/{meetingId}/agenda-items/{number}/decision', {
          params: { path: { meetingId: meeting.id, number: item.number } },
          body: { outcome: chosen, text, version: proposal.version, amendedTable: WITH_CHANGES.includes(chosen) ? tableBodyOf(table) : undefined },
        }),
      ),
    (_, chosen) => `Beslutningen om ${item.reference} er registreret: ${DECISION_OUTCOME_LABELS[chosen]}.`,
  );
  const key = `punkt-${meeting.id}-${item.number}`;
  const problem = decide.error instanceof ApiError ? decide.error : undefined;
  const textProblem = problem?.issuesFor('text')[0]?.message;
  const tableProblems = problem?.issuesFor('amendedTable') ?? [];
  const tableErrors = tableErrorsOf(tableProblems, 'amendedTable');
  const outcomeProblem = missing ?? problem?.issuesFor('outcome')[0]?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) {
      setMissing('Vælg beslutningen.');
      return;
    }
    setMissing(undefined);
    decide.mutate(outcome);
  }

  return (
    <form onSubmit={submit} noValidate className="decision-form" aria-label={`Beslutning om ${item.reference}`}>
      <ErrorSummary problems={tableProblems.map((issue) => ({ message: issue.message }))} />
      <fieldset className={outcomeProblem ? 'form-error' : undefined} aria-describedby={outcomeProblem ? `${key}-udfald-error` : undefined}>
        <legend className="form-label">Beslutning om {item.reference}</legend>
        {outcomeProblem ? (
          <span className="form-error-message" id={`${key}-udfald-error`}>
            <span className="sr-only">Fejl: </span>
            {outcomeProblem}
          </span>
        ) : null}
        {DECISION_OUTCOMES[meeting.body].map((entry) => (
          <div className="form-group-radio" key={entry}>
            <input
              type="radio"
              className="form-radio"
              id={`${key}-${entry}`}
              name={`${key}-udfald`}
              checked={outcome === entry}
              onChange={() => setOutcome(entry)}
            />
            <label htmlFor={`${key}-${entry}`}>{DECISION_OUTCOME_LABELS[entry]}</label>
          </div>
        ))}
      </fieldset>
      {outcome && WITH_CHANGES.includes(outcome) && selected ? (
        <AmendedTable id={`${key}-tabel`} round={selected.round} original={proposal.originalTable} value={table} onChange={setTable} errors={tableErrors} />
      ) : null}
      <Field id={`${key}-tekst`} label="Beslutningstekst" error={textProblem}>
        <textarea
          className="form-input"
          id={`${key}-tekst`}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...describedBy(`${key}-tekst`, false, textProblem)}
        />
      </Field>
      {problem && !textProblem && tableProblems.length === 0 && !problem.issuesFor('outcome').length ? (
        <ProblemAlert error={problem} heading="Beslutningen blev ikke registreret" />
      ) : null}
      <button type="submit" className="button button-primary" disabled={decide.isPending}>
        Registrér beslutningen<span className="sr-only"> om {item.reference}</span>
      </button>
    </form>
  );
}
