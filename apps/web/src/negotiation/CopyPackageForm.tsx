import { PACKAGE_LIMITS } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useWorkflowAction } from '../api/workflow-queries';
import type { PackageView } from '../api/views';
import { Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';

/** A copy of the saved package under a new name (its items keep their keys, so the two compare item by item). */
export function CopyPackageForm({ pkg }: { pkg: PackageView }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const copy = useWorkflowAction(
    () => answer(workflow.POST('/packages/{packageId}/copy', { params: { path: { packageId: pkg.id } }, body: name.trim() ? { name: name.trim() } : {} })),
    (result: PackageView) => `Kopien «${result.content.name}» er oprettet.`,
  );
  const error = copy.error instanceof ApiError ? copy.error : undefined;
  const nameError = error?.issuesFor('name')[0]?.message;
  function submit(event: FormEvent) {
    event.preventDefault();
    copy.mutate(undefined, { onSuccess: (result) => navigate(`/forhandling/${result.id}`) });
  }
  return (
    <section aria-labelledby="kopier-pakken" className="mt-7">
      <h2 id="kopier-pakken">Kopiér pakken</h2>
      <form onSubmit={submit} noValidate>
        <Field id="kopi-navn" label="Kopiens navn" hint={`Som standard «Kopi af ${pkg.content.name}». Kopien bygger på den gemte version.`} error={nameError}>
          <input
            className="form-input"
            id="kopi-navn"
            maxLength={PACKAGE_LIMITS.nameCharacters}
            value={name}
            onChange={(event) => setName(event.target.value)}
            {...describedBy('kopi-navn', true, nameError)}
          />
        </Field>
        {error && !nameError ? <ProblemAlert error={error} heading="Pakken blev ikke kopieret" /> : null}
        <button type="submit" className="button button-secondary" disabled={copy.isPending}>
          Kopiér pakken
        </button>
      </form>
    </section>
  );
}
