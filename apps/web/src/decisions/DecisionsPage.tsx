import { ApiError } from '../api/api-error';
import { useMeetings, useWorkflowProposals } from '../api/workflow-queries';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { formatDate } from '../routing/MeetingAgenda';
import { useSelectedRound } from '../rounds/SelectedRound';
import { AgendaItemSummary } from './AgendaItemSummary';
import { DecisionForm } from './DecisionForm';

/** FU's secretariat records Forretningsudvalget's decision on each item of its meetings' agendas. */
export function DecisionsPage() {
  const { selected } = useSelectedRound();
  const meetings = useMeetings(selected?.id, 'FU');
  const proposals = useWorkflowProposals(selected?.id);
  if (!selected) return <h1>FU’s beslutninger</h1>;
  const byId = new Map((proposals.data ?? []).map((proposal) => [proposal.id, proposal]));
  return (
    <>
      <h1>FU’s beslutninger i {selected.round.name}</h1>
      <p>
        Registrér Forretningsudvalgets beslutning om hvert punkt på dagsordenen. Ved «Godkendt med ændringer» rettes beløbene i tabellen; den indsendte tabel
        bevares.
      </p>
      {meetings.isPending || proposals.isPending ? <Loading text="Henter møderne …" /> : null}
      {meetings.error instanceof ApiError ? <ProblemAlert error={meetings.error} heading="Møderne kunne ikke hentes" /> : null}
      {proposals.error instanceof ApiError ? <ProblemAlert error={proposals.error} heading="Forslagene kunne ikke hentes" /> : null}
      {meetings.data?.length === 0 ? <p>Koncernøkonomi har endnu ikke oprettet et møde i Forretningsudvalget.</p> : null}
      {(meetings.data ?? []).map((meeting) => (
        <section key={meeting.id} aria-labelledby={`moede-${meeting.id}`} className="mt-7">
          <h2 id={`moede-${meeting.id}`}>
            Forretningsudvalget {formatDate(meeting.date)}
            {meeting.title ? ` – ${meeting.title}` : ''}
          </h2>
          {meeting.agenda.length === 0 ? <p>Dagsordenen er tom.</p> : null}
          <ol className="nobullet-list no-max-width">
            {meeting.agenda.map((item) => {
              const proposal = byId.get(item.proposalId);
              return (
                <li key={item.number} className="agenda-item">
                  <AgendaItemSummary round={selected.round} item={item} proposal={proposal} heading="h3" />
                  {item.decision ? (
                    <p>
                      <strong>{item.decision.outcomeLabel}.</strong> {item.decision.text}
                    </p>
                  ) : proposal?.allowedActions.some((action) => action.startsWith('fu_')) ? (
                    <DecisionForm meeting={meeting} item={item} proposal={proposal} />
                  ) : (
                    <p>Ikke besluttet.</p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
