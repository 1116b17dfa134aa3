import { QUESTION_LIMITS } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useQuestionAction } from '../api/question-queries';
import type { WorkflowProposalView } from '../api/views';
import { Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';

/** A member asks the administration a question, optionally about some of the round's proposals. */
export function AskQuestionForm({ roundId, proposals }: { roundId: string; proposals: readonly WorkflowProposalView[] }) {
  const [text, setText] = useState('');
  const [concerns, setConcerns] = useState<string[]>([]);
  const ask = useQuestionAction(
    () => answer(workflow.POST('/rounds/{roundId}/questions', { params: { path: { roundId } }, body: { text, proposalIds: concerns } })),
    (result) => `Dit spørgsmål er modtaget som ${result.title.toLowerCase()}.`,
  );
  const error = ask.error instanceof ApiError ? ask.error : undefined;
  const textError = error?.issuesFor('text')[0]?.message;
  function submit(event: FormEvent) {
    event.preventDefault();
    ask.mutate(undefined, {
      onSuccess: () => {
        setText('');
        setConcerns([]);
      },
    });
  }
  const sorted = [...proposals].sort((a, b) => a.reference.localeCompare(b.reference, 'da'));
  return (
    <section aria-labelledby="stil-spoergsmaal" className="mt-6">
      <h2 id="stil-spoergsmaal">Stil et spørgsmål</h2>
      <form onSubmit={submit} noValidate>
        <Field
          id="spoergsmaal-tekst"
          label="Dit spørgsmål"
          hint="Spørgsmålet og svaret sendes til alle medlemmer og offentliggøres med budgetmaterialet."
          error={textError}
        >
          <textarea
            className="form-input"
            id="spoergsmaal-tekst"
            rows={5}
            maxLength={QUESTION_LIMITS.textCharacters}
            value={text}
            onChange={(event) => setText(event.target.value)}
            {...describedBy('spoergsmaal-tekst', true, textError)}
          />
        </Field>
        {sorted.length > 0 ? (
          <details className="details">
            <summary className="details-summary">Forslag, spørgsmålet angår (valgfrit)</summary>
            <div className="details-text">
              <fieldset>
                <legend className="sr-only">Forslag, spørgsmålet angår</legend>
                {sorted.map((proposal) => (
                  <div className="form-group-checkbox" key={proposal.id}>
                    <input
                      type="checkbox"
                      className="form-checkbox"
                      id={`angaar-${proposal.id}`}
                      checked={concerns.includes(proposal.id)}
                      onChange={(event) =>
                        setConcerns((current) => (event.target.checked ? [...current, proposal.id] : current.filter((id) => id !== proposal.id)))
                      }
                    />
                    <label htmlFor={`angaar-${proposal.id}`}>
                      {proposal.reference} {proposal.title}
                    </label>
                  </div>
                ))}
              </fieldset>
            </div>
          </details>
        ) : null}
        {error && !textError ? <ProblemAlert error={error} heading="Spørgsmålet blev ikke modtaget" /> : null}
        <button type="submit" className="button button-primary" disabled={ask.isPending}>
          Send spørgsmålet
        </button>
      </form>
    </section>
  );
}
