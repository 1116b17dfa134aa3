import { danishTime } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { fetchProposal, proposalKey, saveProposal, useProposalToEdit } from '../api/proposals';
import type { ProposalView } from '../api/views';
import { ErrorSummary } from '../forms/FieldError';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { ConflictDialog } from './ConflictDialog';
import { ProposalActions } from './ProposalActions';
import { ProposalForm } from './ProposalForm';
import { NO_PROBLEMS, PlacedProblems, ProposalDraft, bodyOf, draftOf, draftProblems, notSubmittableBecause, placeProblems, sameDraft } from './proposal-draft';

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1_200;

type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; count: number }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: ApiError };

/** /forslag/:id/rediger: the committee edits its draft (or a returned proposal); saved as it is typed. */
export function EditProposalPage() {
  const { id } = useParams();
  const proposal = useProposalToEdit(id);
  const { rounds, loading } = useSelectedRound();
  const round = rounds.find((candidate) => candidate.id === proposal.data?.roundId);
  if (proposal.error instanceof ApiError) return <ProblemAlert error={proposal.error} heading="Forslaget kunne ikke hentes" />;
  const view = proposal.isFetchedAfterMount ? proposal.data : undefined;
  if (!view || loading) return <Loading text="Henter forslaget …" />;
  if (!round) return <p>Forslagets budgetrunde findes ikke.</p>;
  if (!view.allowedActions.includes('edit')) {
    return (
      <>
        <h1>
          {view.reference} {view.content.title}
        </h1>
        <p>
          Forslaget kan ikke rettes nu: det har status «{view.stateLabel}». <Link to={`/forslag/${view.id}`}>Se forslaget</Link>
        </p>
      </>
    );
  }
  return <ProposalEditor key={view.id} initial={view} round={round.round} />;
}

function ProposalEditor({ initial, round }: { initial: ProposalView; round: BudgetRound }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [draft, setDraft] = useState<ProposalDraft>(() => draftOf(initial.content, round));
  const [saved, setSaved] = useState<{ view: ProposalView; draft: ProposalDraft }>(() => ({ view: initial, draft: draftOf(initial.content, round) }));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: initial.updatedAt });
  const [problems, setProblems] = useState<PlacedProblems>(NO_PROBLEMS);
  const [conflict, setConflict] = useState<ProposalView>();
  const saving = useRef(false);
  // The last content and version sent: a refused draft is not sent again until it changes.
  const lastAttempt = useRef('');
  const dirty = !sameDraft(draft, saved.draft);

  const save = useCallback(
    async (content: ProposalDraft, version: number) => {
      saving.current = true;
      lastAttempt.current = JSON.stringify([bodyOf(content), version]);
      setStatus({ kind: 'saving' });
      try {
        const view = await saveProposal(initial.id, bodyOf(content), version);
        queryClient.setQueryData(proposalKey(view.id), view);
        setSaved({ view, draft: content });
        setProblems(NO_PROBLEMS);
        setStatus({ kind: 'saved', at: view.updatedAt });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.code === 'proposal.version_conflict') {
          setConflict(await fetchProposal(initial.id));
          setStatus({ kind: 'conflict' });
        } else if (error.problem.errors?.length) {
          setProblems(placeProblems(error.problem.errors, content));
          setStatus({ kind: 'invalid', count: error.problem.errors.length });
        } else {
          setStatus({ kind: 'failed', error });
        }
      } finally {
        saving.current = false;
      }
    },
    [initial.id, queryClient],
  );

  // Autosave a moment after typing stops; never while the person is choosing between two versions.
  useEffect(() => {
    if (!dirty || conflict || saving.current || status.kind === 'saving') return undefined;
    if (lastAttempt.current === JSON.stringify([bodyOf(draft), saved.view.version])) return undefined;
    setStatus((before) => (before.kind === 'pending' ? before : { kind: 'pending' }));
    const timer = window.setTimeout(() => void save(draft, saved.view.version), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, dirty, conflict, saved, status.kind, save]);

  const keepMine = () => {
    if (!conflict) return;
    const theirs = conflict;
    setConflict(undefined);
    setSaved((before) => ({ ...before, view: theirs }));
    void save(draft, theirs.version);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    const theirs = draftOf(conflict.content, round);
    setDraft(theirs);
    setSaved({ view: conflict, draft: theirs });
    setProblems(NO_PROBLEMS);
    setStatus({ kind: 'saved', at: conflict.updatedAt });
    setConflict(undefined);
  };

  const view = saved.view;
  const local = draftProblems(draft, view, round);
  const blockedReason = conflict
    ? 'Vælg først, hvilken version af forslaget der skal gælde.'
    : local.length > 0
      ? notSubmittableBecause(local)
      : dirty || status.kind === 'saving' || status.kind === 'pending'
        ? 'Ændringerne gemmes først; derefter kan du indsende.'
        : status.kind === 'failed'
          ? 'Ændringerne er ikke gemt; prøv at gemme igen.'
          : undefined;

  return (
    <>
      <p className="back-link">
        <Link to={`/forslag/${view.id}`}>Til forslaget</Link>
      </p>
      <h1>
        Ret {view.reference}: {draft.title || 'uden titel'}
      </h1>
      {location.state && (location.state as { created?: boolean }).created ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">Kladden {view.reference} er oprettet</p>
            <p className="alert-text">Den gemmes nu automatisk, mens du skriver.</p>
          </div>
        </div>
      ) : null}
      {view.state === 'returned' && view.remark ? (
        <div className="alert alert-warning" role="region" aria-label="Koncernøkonomis bemærkning">
          <div className="alert-body">
            <p className="alert-heading">Sendt retur af Koncernøkonomi</p>
            <p className="alert-text">{view.remark}</p>
          </div>
        </div>
      ) : null}
      <p>
        {round.name}, udvalget {view.committee}, status «{view.stateLabel}». Forslaget gemmes automatisk, kort efter du holder op med at skrive.
      </p>
      <SaveStatusLine status={status} dirty={dirty} onSaveNow={() => void save(draft, saved.view.version)} />
      <ErrorSummary problems={problems.summary} />
      {status.kind === 'failed' ? <ProblemAlert error={status.error} heading="Forslaget blev ikke gemt" /> : null}
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <ProposalForm round={round} draft={draft} onChange={setDraft} problems={problems} />
      </form>
      <h2 className="mt-8">Indsend</h2>
      <ProposalActions
        view={view}
        round={round}
        blockedReason={blockedReason}
        onDone={(answer) => navigate(`/forslag/${answer.id}`, { state: { done: answer.state } })}
      />
      {conflict ? <ConflictDialog mine={draft} theirs={conflict} round={round} onKeepMine={keepMine} onTakeTheirs={takeTheirs} busy={false} /> : null}
    </>
  );
}

/** Where saving stands, in a live region, with «Gem nu» for whoever does not want to wait. */
function SaveStatusLine({ status, dirty, onSaveNow }: { status: SaveStatus; dirty: boolean; onSaveNow(): void }) {
  const text =
    status.kind === 'saving'
      ? 'Gemmer …'
      : status.kind === 'pending'
        ? 'Ændringer venter på at blive gemt.'
        : status.kind === 'invalid'
          ? `Ikke gemt: ${status.count === 1 ? 'en fejl' : `${status.count} fejl`} skal rettes (se nedenfor).`
          : status.kind === 'conflict'
            ? 'Ikke gemt: en anden har gemt forslaget i mellemtiden.'
            : status.kind === 'failed'
              ? 'Ikke gemt: Budgetflow svarede ikke.'
              : `Alle ændringer er gemt (kl. ${danishTime(status.at)}).`;
  return (
    <div className="save-status">
      <p role="status" aria-live="polite" data-testid="gemt-status" className={status.kind === 'saved' ? 'saved' : 'unsaved'}>
        {text}
      </p>
      {dirty && status.kind !== 'saving' && status.kind !== 'conflict' ? (
        <button type="button" className="button button-tertiary" onClick={onSaveNow}>
          Gem nu
        </button>
      ) : null}
    </div>
  );
}
