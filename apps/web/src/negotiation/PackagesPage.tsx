import { PACKAGE_LIMITS, columnKeys } from '@budgetflow/domain';
import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { usePackages } from '../api/package-queries';
import { useRoundDecisions, useWorkflowAction, useWorkflowProposals } from '../api/workflow-queries';
import type { PackageView } from '../api/views';
import { Field, describedBy } from '../forms/FieldError';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { TableScroll } from '../layout/TableScroll';
import { useSelectedRound } from '../rounds/SelectedRound';
import { newPackageDraft, packageBodyOf } from './package-draft';

/** The round's negotiation packages: each with its verdict, a new one, and two or three chosen for comparison. */
export function PackagesPage() {
  const { selected } = useSelectedRound();
  const packages = usePackages(selected?.id);
  const decisions = useRoundDecisions(selected?.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [compareProblem, setCompareProblem] = useState('');
  const navigate = useNavigate();
  if (!selected) return <h1>Forhandling</h1>;
  const agreement = decisions.data?.agreement;
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((candidate) => candidate !== id)));
  function compare(event: FormEvent) {
    event.preventDefault();
    if (chosen.length < 2 || chosen.length > 3) {
      setCompareProblem('Vælg to eller tre pakker at sammenligne.');
      return;
    }
    setCompareProblem('');
    navigate(`/forhandling/sammenlign?pakker=${chosen.join(',')}`);
  }
  return (
    <>
      <h1>Forhandling i {selected.round.name}</h1>
      <p>
        Pakkerne (forhandlingsoplæg) er fortrolige for Koncernøkonomi og RR-sekretariatet, indtil én af dem bliver budgetaftalen. Hver pakke skal balancere: pr.
        år og varigt må ingen finansieringskilde være overskredet.
      </p>
      {agreement ? (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">
              Budgetaftalen er indgået{agreement.document.packageName ? ` på grundlag af «${agreement.document.packageName}»` : ''}; runden er afsluttet.
            </p>
          </div>
        </div>
      ) : null}
      {packages.error instanceof ApiError ? <ProblemAlert error={packages.error} heading="Pakkerne kunne ikke hentes" /> : null}
      {!packages.data && !packages.error ? <Loading text="Henter pakkerne …" /> : null}
      {packages.data ? (
        <form onSubmit={compare} noValidate aria-labelledby="pakkerne">
          <h2 id="pakkerne">Pakker</h2>
          {packages.data.length === 0 ? (
            <p>Runden har endnu ingen pakker.</p>
          ) : (
            <TableScroll label="Rundens pakker">
              <table className="table table--compact">
                <caption>Rundens pakker</caption>
                <thead>
                  <tr>
                    <th scope="col">Pakke</th>
                    <th scope="col">Balance</th>
                    <th scope="col">Indhold</th>
                    <th scope="col">Senest gemt</th>
                    <th scope="col">Sammenlign</th>
                  </tr>
                </thead>
                <tbody>
                  {packages.data.map((pkg) => (
                    <PackageRow key={pkg.id} pkg={pkg} chosen={chosen.includes(pkg.id)} onToggle={(on) => toggle(pkg.id, on)} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {packages.data.length >= 2 ? (
            <div className={compareProblem ? 'form-error' : undefined}>
              {compareProblem ? (
                <span className="form-error-message" role="alert">
                  {compareProblem}
                </span>
              ) : null}
              <button type="submit" className="button button-secondary mt-3">
                Sammenlign de valgte pakker
              </button>
            </div>
          ) : null}
        </form>
      ) : null}
      {packages.data && !agreement ? <NewPackageForm roundId={selected.id} /> : null}
    </>
  );
}

function PackageRow({ pkg, chosen, onToggle }: { pkg: PackageView; chosen: boolean; onToggle(on: boolean): void }) {
  const { content, balance } = pkg;
  return (
    <tr>
      <th scope="row">
        <Link to={`/forhandling/${pkg.id}`}>{content.name}</Link>
      </th>
      <td>
        <strong>{balance.balanced ? 'Balancerer' : 'Balancerer ikke'}</strong>
        {balance.balanced ? null : <span className="d-block">{balance.shortfalls.map((shortfall) => shortfall.message).join(' ')}</span>}
      </td>
      <td>
        {content.proposals.length} forslag, {content.initiatives.length} initiativer, {content.sources.length - 1} andre kilder
      </td>
      <td>
        Version {pkg.version}, {new Date(pkg.updatedAt).toLocaleString('da-DK', { dateStyle: 'medium', timeStyle: 'short' })} af {pkg.updatedBy.name}
      </td>
      <td>
        <div className="form-group-checkbox">
          <input type="checkbox" className="form-checkbox" id={`sammenlign-${pkg.id}`} checked={chosen} onChange={(event) => onToggle(event.target.checked)} />
          <label htmlFor={`sammenlign-${pkg.id}`}>
            <span className="sr-only">Sammenlign </span>
            {content.name}
          </label>
        </div>
      </td>
    </tr>
  );
}

/** A new package: named, with the råderum empty and the proposals FU has approved included. */
function NewPackageForm({ roundId }: { roundId: string }) {
  const { selected } = useSelectedRound();
  const proposals = useWorkflowProposals(roundId);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useWorkflowAction(
    () =>
      answer(
        workflow.POST('/rounds/{roundId}/packages', {
          params: { path: { roundId } },
          body: packageBodyOf(newPackageDraft(name.trim(), columnKeys(selected?.round ?? { yearColumns: [] }), proposals.data ?? [])),
        }),
      ),
    (result: PackageView) => `Pakken «${result.content.name}» er oprettet.`,
  );
  const error = create.error instanceof ApiError ? create.error : undefined;
  const nameError = error?.issuesFor('name')[0]?.message;
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(undefined, { onSuccess: (result) => navigate(`/forhandling/${result.id}`) });
  }
  return (
    <section aria-labelledby="ny-pakke" className="mt-7">
      <h2 id="ny-pakke">Ny pakke</h2>
      <p>Den nye pakke har de forslag, FU har godkendt, og et tomt råderum; resten sættes i pakken.</p>
      <form onSubmit={submit} noValidate>
        <Field id="ny-pakke-navn" label="Pakkens navn" hint="Fx «Forhandlingsoplæg 1»." error={nameError}>
          <input
            className="form-input"
            id="ny-pakke-navn"
            maxLength={PACKAGE_LIMITS.nameCharacters}
            value={name}
            onChange={(event) => setName(event.target.value)}
            {...describedBy('ny-pakke-navn', true, nameError)}
          />
        </Field>
        {error && !nameError ? <ProblemAlert error={error} heading="Pakken blev ikke oprettet" /> : null}
        <button type="submit" className="button button-primary" disabled={create.isPending || !proposals.data}>
          Opret pakken
        </button>
      </form>
    </section>
  );
}
