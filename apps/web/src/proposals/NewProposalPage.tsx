import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { createProposal } from '../api/proposals';
import type { RoundView } from '../api/views';
import { ErrorSummary } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';
import { useLocalDraft } from '../session/useLocalDraft';
import { ProposalForm } from './ProposalForm';
import { NO_PROBLEMS, PlacedProblems, ProposalDraft, bodyOf, emptyDraft, placeProblems } from './proposal-draft';

/** /forslag/nyt: a committee writes a new proposal in the selected round; kept in this browser until created. */
export function NewProposalPage() {
  const user = useSessionUser();
  const { selected } = useSelectedRound();
  if (user.role !== 'committee_secretariat') {
    return (
      <>
        <h1>Nyt forslag</h1>
        <p>Kun et udvalgssekretariat kan skrive forslag.</p>
      </>
    );
  }
  if (!selected) {
    return (
      <>
        <h1>Nyt forslag</h1>
        <p>Vælg en budgetrunde.</p>
      </>
    );
  }
  return <NewProposalForm key={selected.id} round={selected} />;
}

function NewProposalForm({ round }: { round: RoundView }) {
  const user = useSessionUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft, clearDraft] = useLocalDraft<ProposalDraft>(user.id, `nyt-forslag-${round.id}`, emptyDraft(round.round));
  const [problems, setProblems] = useState<PlacedProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const view = await createProposal(round.id, bodyOf(draft));
      clearDraft();
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
      navigate(`/forslag/${view.id}/rediger`, { state: { created: true } });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblems(placeProblems(error.problem.errors ?? [], draft));
      setFailure(error.problem.errors?.length ? undefined : error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>Nyt forslag</h1>
      <p>
        {round.round.name}, udvalget {user.committee}. Referencen tildeles, når kladden oprettes; derefter gemmes den automatisk, mens du skriver. Indtil da
        gemmes det, du skriver, i denne browser.
      </p>
      <ErrorSummary problems={problems.summary} />
      {failure ? <ProblemAlert error={failure} heading="Kladden blev ikke oprettet" /> : null}
      <form noValidate onSubmit={(event) => void create(event)}>
        <ProposalForm round={round.round} draft={draft} onChange={setDraft} problems={problems} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Opretter …' : 'Opret kladde'}
        </button>
      </form>
    </>
  );
}
