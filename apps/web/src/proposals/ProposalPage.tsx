import { danishDateTime, roundColumns, tableHeading } from '@budgetflow/domain';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { useProposal, useProposalHistory } from '../api/proposals';
import { ConsequenceTableEditor, tableDraftOf } from '../consequence-table';
import { useAnnounce } from '../layout/Announcer';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { HistoryTimeline } from './HistoryTimeline';
import { ProposalActions } from './ProposalActions';
import { ProposalContentView } from './ProposalContentView';

const DONE: Record<string, string> = { submitted: 'Forslaget er indsendt til Koncernøkonomi.', withdrawn: 'Forslaget er trukket tilbage.' };

/** /forslag/:id: a proposal as it stands, the decided amounts beside it, the budget office's remark, its history and fact sheet. */
export function ProposalPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const proposal = useProposal(id);
  const history = useProposalHistory(id);
  const { rounds, loading } = useSelectedRound();
  const announce = useAnnounce();
  const done = (location.state as { done?: string } | null)?.done;
  // The act that led here (submit or withdraw, from this page or the editor) is confirmed in the page's status line.
  useEffect(() => {
    const message = done ? DONE[done] : undefined;
    if (message) announce(message);
  }, [location.key, done, announce]);
  if (proposal.error instanceof ApiError) return <ProblemAlert error={proposal.error} heading="Forslaget kunne ikke hentes" />;
  const view = proposal.data;
  const round = rounds.find((candidate) => candidate.id === view?.roundId)?.round;
  if (!view || loading) return <Loading text="Henter forslaget …" />;
  if (!round) return <p>Forslagets budgetrunde findes ikke.</p>;
  const factSheet = `/api/reporting/rounds/${view.roundId}/proposals/${view.id}/faktaark`;

  return (
    <>
      <p className="back-link">
        <Link to="/forslag">Til forslagene</Link>
      </p>
      <h1>
        {view.reference}: {view.content.title}
      </h1>
      <p className="proposal-state">
        Status: <strong data-testid="forslag-status">{view.stateLabel}</strong> · {round.name} · udvalget {view.committee} · version {view.version}
        {view.submittedAt ? ` · senest indsendt ${danishDateTime(view.submittedAt)}` : ''}
      </p>
      {view.state === 'returned' && view.remark ? (
        <div className="alert alert-warning" role="region" aria-label="Koncernøkonomis bemærkning">
          <div className="alert-body">
            <p className="alert-heading">Sendt retur af Koncernøkonomi</p>
            <p className="alert-text" data-testid="bemaerkning">
              {view.remark}
            </p>
          </div>
        </div>
      ) : null}
      <div className="proposal-links">
        {view.allowedActions.includes('edit') ? (
          <Link className="button button-primary" to={`/forslag/${view.id}/rediger`}>
            Ret forslaget
          </Link>
        ) : null}
        <a className="button button-secondary" href={factSheet} type="application/pdf" target="_blank" rel="noopener">
          Faktaark (PDF)<span className="sr-only"> åbner i en ny fane</span>
        </a>
      </div>
      <ProposalActions view={view} round={round} onDone={(answer) => navigate(`/forslag/${answer.id}`, { replace: true, state: { done: answer.state } })} />
      <ProposalContentView content={view.content} round={round} />
      {view.decidedTable ? (
        <section aria-labelledby="besluttet" className="mt-6">
          <h2 id="besluttet">Besluttet af {view.decidedBy === 'RR' ? 'Regionsrådet' : 'Forretningsudvalget'}</h2>
          <p>Beløbene blev ændret ved beslutningen. Tabellen ovenfor er udvalgets forslag; denne gælder.</p>
          <ConsequenceTableEditor
            columns={roundColumns(round)}
            value={tableDraftOf(view.decidedTable)}
            caption={`Besluttet: ${tableHeading(round.priceLevel)}`}
            readOnly
            idPrefix="besluttet"
          />
        </section>
      ) : null}
      <section aria-labelledby="historik" className="mt-8">
        <h2 id="historik">Historik</h2>
        {history.isPending ? <Loading text="Henter historikken …" /> : null}
        {history.error instanceof ApiError ? <ProblemAlert error={history.error} heading="Historikken kunne ikke hentes" /> : null}
        {history.data ? <HistoryTimeline entries={history.data} /> : null}
      </section>
    </>
  );
}
