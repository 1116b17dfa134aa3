import { RAADERUM_KEY, RAADERUM_NAME, PACKAGE_LIMITS, columnKeys } from '@budgetflow/domain';
import type { BudgetRound, PackageBalance } from '@budgetflow/domain';
import { FormEvent, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { usePackage } from '../api/package-queries';
import { useWorkflowAction, useWorkflowProposals } from '../api/workflow-queries';
import type { PackageView, WorkflowProposalView } from '../api/views';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { AmountInputs } from '../forms/AmountInputs';
import { BalancePanel } from './BalancePanel';
import { inputId, messagesByPath } from '../forms/field-ids';
import { InitiativesEditor } from './InitiativesEditor';
import { PackageHistory } from './PackageHistory';
import { CopyPackageForm } from './CopyPackageForm';
import { ProposalsChoice } from './ProposalsChoice';
import { SourcesEditor } from './SourcesEditor';
import { PackageDraft, checkDraft, packageBodyOf, includableProposals, negotiableProposals, packageDraftOf } from './package-draft';

/** A negotiation package: its sources, proposals and initiatives, edited with the balance always in view. */
export function PackageEditorPage() {
  const { id = '' } = useParams();
  const { rounds } = useSelectedRound();
  const pkg = usePackage(id);
  const roundId = pkg.data?.roundId;
  const proposals = useWorkflowProposals(roundId);
  const round = rounds.find((candidate) => candidate.id === roundId)?.round;
  const error = [pkg.error, proposals.error].find((candidate) => candidate instanceof ApiError);
  if (error instanceof ApiError) {
    return (
      <>
        <h1>Forhandlingspakke</h1>
        <ProblemAlert error={error} heading="Pakken kunne ikke hentes" />
        <Link to="/forhandling">Alle pakker</Link>
      </>
    );
  }
  if (!pkg.data || !proposals.data || !round) {
    return (
      <>
        <h1>Forhandlingspakke</h1>
        <Loading text="Henter pakken …" />
      </>
    );
  }
  return <PackageEditor key={pkg.data.id} saved={pkg.data} round={round} proposals={proposals.data} />;
}

function PackageEditor({ saved, round, proposals }: { saved: PackageView; round: BudgetRound; proposals: WorkflowProposalView[] }) {
  const columns = columnKeys(round);
  const [draft, setDraft] = useState<PackageDraft>(() => packageDraftOf(saved.content, columns));
  const [baseVersion, setBaseVersion] = useState(saved.version);
  const [showErrors, setShowErrors] = useState(false);
  const negotiable = useMemo(() => negotiableProposals(proposals), [proposals]);
  const included = new Set((draft.proposals ?? []).map((item) => item.proposalId));
  // Includable now, or included already (a proposal FU has since rejected stays listed, so it can be taken out).
  const offered = includableProposals(proposals).concat(proposals.filter((proposal) => included.has(proposal.id) && !includableProposals([proposal]).length));
  const checked = useMemo(() => checkDraft(draft, round, negotiable), [draft, round, negotiable]);
  // After the agreement a package is a record: its proposals are adopted (no longer includable), so it is not edited.
  const closed = proposals.some((proposal) => proposal.roundClosed);
  const lastBalance = useRef<PackageBalance>(saved.balance as PackageBalance);
  if (checked.ok && !closed) lastBalance.current = checked.balance;

  const save = useWorkflowAction(
    async (version: number) => {
      const result = await answer(
        workflow.PUT('/packages/{packageId}', { params: { path: { packageId: saved.id } }, body: { ...packageBodyOf(draft), version } }),
      );
      setBaseVersion(result.version);
      return result;
    },
    (result: PackageView) => `Pakken «${result.content.name}» er gemt (version ${result.version}). ${result.balance.message}`,
  );
  const conflict = save.error instanceof ApiError && save.error.code === 'package.version_conflict';
  const serverIssues = save.error instanceof ApiError && !conflict ? (save.error.problem.errors ?? []) : [];
  const localIssues = !checked.ok && showErrors ? checked.issues : [];
  const errors = { ...messagesByPath(serverIssues), ...messagesByPath(localIssues) };
  const sources = [
    { key: RAADERUM_KEY, name: RAADERUM_NAME },
    ...(draft.sources ?? []).map((source, index) => ({ key: source.key, name: source.name.trim() || `kilde nr. ${index + 1}` })),
  ];
  const inUse = new Set([...(draft.proposals ?? []), ...(draft.initiatives ?? [])].map((item) => item.source ?? RAADERUM_KEY));
  const update = (change: Partial<PackageDraft>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (checked.ok) save.mutate(baseVersion);
  }
  async function takeTheirs() {
    // The saved package replaces what was typed here.
    const latest = await answer(workflow.GET('/packages/{packageId}', { params: { path: { packageId: saved.id } } }));
    setDraft(packageDraftOf(latest.content, columns));
    setBaseVersion(latest.version);
    save.reset();
  }
  async function keepMine() {
    // Save over the other person's version, which the refusal has listed.
    const latest = await answer(workflow.GET('/packages/{packageId}', { params: { path: { packageId: saved.id } } }));
    setBaseVersion(latest.version);
    save.mutate(latest.version);
  }

  return (
    <>
      <h1>Forhandlingspakke: {saved.content.name}</h1>
      <p>
        <Link to="/forhandling">Alle pakker i runden</Link> · Version {saved.version}, gemt {new Date(saved.updatedAt).toLocaleString('da-DK')} af{' '}
        {saved.updatedBy.name}. Pakken er fortrolig for Koncernøkonomi og RR-sekretariatet, indtil den bliver budgetaftalen.
      </p>
      {closed ? <p className="alert-text">Runden er afsluttet med budgetaftalen; pakken kan ikke længere ændres.</p> : null}
      <div className="package-layout">
        <aside className="package-balance" aria-label="Pakkens balance">
          <BalancePanel balance={lastBalance.current} stale={!checked.ok && !closed} priceLevel={round.priceLevel} />
        </aside>
        <form className="package-form" onSubmit={submit} noValidate aria-label={`Pakken ${saved.content.name}`}>
          <ErrorSummary problems={Object.entries(errors).map(([path, message]) => ({ fieldId: inputId(path), message }))} />
          <Field id={inputId('name')} label="Pakkens navn" error={errors['name']}>
            <input
              className="form-input"
              id={inputId('name')}
              maxLength={PACKAGE_LIMITS.nameCharacters}
              value={draft.name}
              onChange={(event) => update({ name: event.target.value })}
              {...describedBy(inputId('name'), false, errors['name'])}
            />
          </Field>
          <h2>Finansiering</h2>
          <AmountInputs
            legend="Råderummet"
            path="raaderum"
            columns={columns}
            value={draft.raaderum}
            onChange={(raaderum) => update({ raaderum })}
            errors={errors}
          />
          <p className="form-hint">Råderummet før nogen post: 0, eller negativt, hvor besparelser skal lukke et hul. En besparelse i pakken giver rum.</p>
          <h3>Andre finansieringskilder</h3>
          <SourcesEditor columns={columns} value={draft.sources ?? []} onChange={(sources) => update({ sources })} inUse={inUse} errors={errors} />
          <h2>Udvalgenes forslag</h2>
          <ProposalsChoice
            round={round}
            proposals={offered}
            value={draft.proposals ?? []}
            onChange={(value) => update({ proposals: value })}
            sources={sources}
            issues={[...serverIssues, ...localIssues]}
          />
          <h2>Nye initiativer</h2>
          <InitiativesEditor
            round={round}
            columns={columns}
            value={draft.initiatives ?? []}
            onChange={(value) => update({ initiatives: value })}
            sources={sources}
            errors={errors}
          />
          {conflict && save.error instanceof ApiError ? (
            <div className="alert alert-warning mt-6" role="alert">
              <div className="alert-body">
                <p className="alert-heading">{save.error.problem.title}</p>
                <p className="alert-text">{save.error.problem.detail}</p>
                <ul className="alert-text">
                  {(save.error.problem.errors ?? []).map((change) => (
                    <li key={change.message}>{change.message}</li>
                  ))}
                </ul>
                <button type="button" className="button button-primary" onClick={() => void keepMine()}>
                  Gem min version over den anden
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => void takeTheirs()}>
                  Brug den gemte version
                </button>
              </div>
            </div>
          ) : save.error instanceof ApiError && serverIssues.length === 0 ? (
            <ProblemAlert error={save.error} heading="Pakken blev ikke gemt" />
          ) : null}
          {closed ? null : (
            <button type="submit" className="button button-primary mt-6" disabled={save.isPending}>
              Gem pakken
            </button>
          )}
          {/* On a narrow screen the balance stands above the form: its verdict follows at the foot of the screen (the panel announces it). */}
          <p className="balance-bar" aria-hidden="true">
            {lastBalance.current.message}
          </p>
        </form>
      </div>
      {closed ? null : <CopyPackageForm pkg={saved} />}
      <PackageHistory packageId={saved.id} />
    </>
  );
}
