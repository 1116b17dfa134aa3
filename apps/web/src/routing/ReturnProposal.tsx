import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useWorkflowAction } from '../api/workflow-queries';
import type { WorkflowProposalView } from '../api/views';
import { Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';

/** The budget office sends a submitted proposal back to its committee with a remark saying what to fix. */
export function ReturnProposal({ proposal }: { proposal: WorkflowProposalView }) {
  const [open, setOpen] = useState(false);
  const [remark, setRemark] = useState('');
  const action = useWorkflowAction(
    (input: { remark: string }) =>
      answer(
        workflow.POST('/proposals/{proposalId}/return', {
          params: { path: { proposalId: proposal.id } },
          body: { remark: input.remark, version: proposal.version },
        }),
      ),
    () => `${proposal.reference} er sendt retur til udvalget ${proposal.committee} med bemærkningen.`,
  );
  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Send retur<span className="sr-only"> {proposal.reference}</span>
      </button>
    );
  }
  const id = `bemaerkning-${proposal.reference}`;
  const fieldError = action.error instanceof ApiError ? action.error.issuesFor('remark')[0]?.message : undefined;
  return (
    <form
      className="return-form"
      onSubmit={(event) => {
        event.preventDefault();
        action.mutate({ remark });
      }}
      noValidate
    >
      <Field id={id} label={`Bemærkning til udvalget om ${proposal.reference}`} hint="Skriv, hvad udvalget skal rette." error={fieldError}>
        <textarea
          className="form-input"
          id={id}
          rows={3}
          value={remark}
          onChange={(event) => setRemark(event.target.value)}
          {...describedBy(id, true, fieldError)}
        />
      </Field>
      {action.error instanceof ApiError && !fieldError ? <ProblemAlert error={action.error} heading="Forslaget blev ikke sendt retur" /> : null}
      <button type="submit" className="button button-primary" disabled={action.isPending}>
        Send retur til udvalget
      </button>{' '}
      <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
        Fortryd
      </button>
    </form>
  );
}
