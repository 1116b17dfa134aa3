import type { BudgetRound } from '@budgetflow/domain';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useMeetings, useRoundDecisions, useWorkflowAction, useWorkflowProposals } from '../api/workflow-queries';
import type { MeetingView, WorkflowProposalView } from '../api/views';
import { AgendaItemSummary } from '../decisions/AgendaItemSummary';
import { DecisionForm } from '../decisions/DecisionForm';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { formatDate } from '../routing/MeetingAgenda';
import { NewMeetingForm } from '../routing/NewMeetingForm';
import { useSelectedRound } from '../rounds/SelectedRound';
import { usePackages } from '../api/package-queries';
import { AgreementDocument } from './AgreementDocument';
import { PackageAgreementForm } from './PackageAgreementForm';

/** RR's secretariat: Regionsrådet's meetings, its decisions on single proposals, and the budget agreement that closes the round. */
export function AgreementPage() {
  const { selected } = useSelectedRound();
  const meetings = useMeetings(selected?.id, 'RR');
  const proposals = useWorkflowProposals(selected?.id);
  const decisions = useRoundDecisions(selected?.id);
  const packages = usePackages(selected?.id);
  if (!selected) return <h1>Budgetvedtagelse</h1>;
  const { round } = selected;
  const agreement = decisions.data?.agreement;
  const byId = new Map((proposals.data ?? []).map((proposal) => [proposal.id, proposal]));
  const loaded = meetings.data && proposals.data && decisions.data && packages.data;
  return (
    <>
      <h1>Budgetvedtagelse i {round.name}</h1>
      {!loaded && !meetings.error && !proposals.error && !decisions.error && !packages.error ? <Loading text="Henter møder, forslag og pakker …" /> : null}
      {[meetings.error, proposals.error, decisions.error, packages.error].map((error, index) =>
        error instanceof ApiError ? <ProblemAlert key={index} error={error} heading="Data kunne ikke hentes" /> : null,
      )}
      {agreement ? <AgreementDocument agreement={agreement} /> : null}
      {loaded ? (
        <section aria-labelledby="rr-moeder" className="mt-7">
          <h2 id="rr-moeder">Regionsrådets møder</h2>
          {meetings.data.length === 0 ? <p>Der er endnu intet møde i Regionsrådet.</p> : null}
          {meetings.data.map((meeting) => (
            <RrMeeting
              key={meeting.id}
              round={round}
              meeting={meeting}
              byId={byId}
              candidates={agreement ? [] : proposals.data.filter((proposal) => proposal.state === 'approved_by_fu')}
            />
          ))}
          {!agreement ? (
            <>
              <h3>Nyt møde i Regionsrådet</h3>
              <NewMeetingForm key={selected.id} roundId={selected.id} bodies={['RR']} defaultDate={() => round.dates?.rrAdoption} />
            </>
          ) : null}
        </section>
      ) : null}
      {loaded && !agreement ? (
        <section aria-labelledby="ny-aftale" className="mt-7">
          <h2 id="ny-aftale">Budgetaftalen</h2>
          {meetings.data.length === 0 ? (
            <p>Opret først Regionsrådets møde ovenfor.</p>
          ) : (
            <PackageAgreementForm
              key={meetings.data.map((meeting) => meeting.id).join()}
              round={round}
              meetings={meetings.data}
              packages={packages.data}
              proposals={proposals.data}
            />
          )}
        </section>
      ) : null}
    </>
  );
}

/** One RR meeting: its agenda with a decision form per undecided item, and a proposal FU approved put on it. */
function RrMeeting({
  round,
  meeting,
  byId,
  candidates,
}: {
  round: BudgetRound;
  meeting: MeetingView;
  byId: Map<string, WorkflowProposalView>;
  candidates: WorkflowProposalView[];
}) {
  const [proposalId, setProposalId] = useState('');
  const listed = new Set(meeting.agenda.map((item) => item.proposalId));
  const open = candidates.filter((proposal) => !listed.has(proposal.id));
  const add = useWorkflowAction(
    (proposal: WorkflowProposalView) =>
      answer(
        workflow.POST('/meetings/{meetingId}/agenda-items', {
          params: { path: { meetingId: meeting.id } },
          body: { proposalId: proposal.id, version: proposal.version },
        }),
      ),
    (_, proposal) => `${proposal.reference} er sat på dagsordenen.`,
  );
  const chosen = open.find((proposal) => proposal.id === proposalId) ?? open[0];
  return (
    <div className="meeting">
      <h3>
        Regionsrådet {formatDate(meeting.date)}
        {meeting.title ? ` – ${meeting.title}` : ''}
      </h3>
      {meeting.agenda.length === 0 ? <p>Dagsordenen er tom. Forslag, der vedtages med budgetaftalen, skal ikke på dagsordenen.</p> : null}
      <ol className="nobullet-list no-max-width">
        {meeting.agenda.map((item) => {
          const proposal = byId.get(item.proposalId);
          return (
            <li key={item.number} className="agenda-item">
              <AgendaItemSummary round={round} item={item} proposal={proposal} heading="h4" />
              {item.decision ? (
                <p>
                  <strong>{item.decision.outcomeLabel}.</strong> {item.decision.text}
                </p>
              ) : proposal?.allowedActions.some((action) => action.startsWith('rr_')) ? (
                <DecisionForm meeting={meeting} item={item} proposal={proposal} />
              ) : (
                <p>Ikke besluttet.</p>
              )}
            </li>
          );
        })}
      </ol>
      {open.length > 0 && chosen ? (
        <form
          className="add-item"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate(chosen);
          }}
        >
          <div className="form-group">
            <label className="form-label" htmlFor={`rr-punkt-${meeting.id}`}>
              Enkeltbeslutning: sæt et forslag godkendt af FU på dagsordenen
            </label>
            <select className="form-select select-fit" id={`rr-punkt-${meeting.id}`} value={chosen.id} onChange={(event) => setProposalId(event.target.value)}>
              {open.map((proposal) => (
                <option key={proposal.id} value={proposal.id}>
                  {proposal.reference} {proposal.title}
                </option>
              ))}
            </select>
          </div>
          {add.error instanceof ApiError ? <ProblemAlert error={add.error} heading="Forslaget kom ikke på dagsordenen" /> : null}
          <button type="submit" className="button button-secondary" disabled={add.isPending}>
            Sæt på dagsordenen
          </button>
        </form>
      ) : null}
    </div>
  );
}
