import { columnTotal, fagudvalg, formatAmount, yearColumnKey } from '@budgetflow/domain';
import { ApiError } from '../api/api-error';
import { useMeetings, useWorkflowProposals } from '../api/workflow-queries';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { AgendaBuilder } from './AgendaBuilder';
import { MeetingAgenda } from './MeetingAgenda';
import { NewMeetingForm } from './NewMeetingForm';
import { ReturnProposal } from './ReturnProposal';
import { ProposalLinkCells } from '../proposals/ProposalLinkCells';
import { TableScroll } from '../layout/TableScroll';

/** Koncernøkonomi's routing: check what was submitted (return it with a remark), create meetings, build FU's agenda. */
export function RoutingPage() {
  const { selected } = useSelectedRound();
  const proposals = useWorkflowProposals(selected?.id);
  const meetings = useMeetings(selected?.id);
  if (!selected) return <h1>Behandling</h1>;
  const { round } = selected;
  const order = fagudvalg(round.committees).map((committee) => committee.code);
  // In the catalogue's order: by committee as the round lists them, then by reference.
  const submitted = (proposals.data ?? [])
    .filter((proposal) => proposal.state === 'submitted')
    .sort((a, b) => order.indexOf(a.committee) - order.indexOf(b.committee) || a.reference.localeCompare(b.reference, 'da', { numeric: true }));
  const year = yearColumnKey(round.budgetYear);
  const fuMeetings = (meetings.data ?? []).filter((meeting) => meeting.body === 'FU');
  const closed = (proposals.data ?? []).some((proposal) => proposal.roundClosed);
  return (
    <>
      <h1>Behandling af {round.name}</h1>
      {closed ? <p className="alert alert-info">Budgetaftalen har afsluttet runden. Der kan ikke længere ske noget med forslagene.</p> : null}
      {proposals.isPending || meetings.isPending ? <Loading text="Henter forslag og møder …" /> : null}
      {proposals.error instanceof ApiError ? <ProblemAlert error={proposals.error} heading="Forslagene kunne ikke hentes" /> : null}
      {meetings.error instanceof ApiError ? <ProblemAlert error={meetings.error} heading="Møderne kunne ikke hentes" /> : null}

      <section aria-labelledby="indsendte" className="mt-7">
        <h2 id="indsendte">Indsendte forslag, der venter</h2>
        {proposals.data && submitted.length === 0 ? <p>Ingen indsendte forslag venter.</p> : null}
        {submitted.length > 0 ? (
          <TableScroll label="Indsendte forslag">
            <table className="table table--compact">
              <caption className="sr-only">Indsendte forslag</caption>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Titel</th>
                  <th scope="col">Udvalg</th>
                  <th scope="col" className="align-text-right">
                    {round.budgetYear}
                  </th>
                  <th scope="col">Tjek</th>
                </tr>
              </thead>
              <tbody>
                {submitted.map((proposal) => (
                  <tr key={proposal.id}>
                    <ProposalLinkCells id={proposal.id} reference={proposal.reference} title={proposal.title} />
                    <td>{proposal.committee}</td>
                    <td className="align-text-right">{formatAmount(columnTotal(proposal.decidedTable, year))}</td>
                    <td>{proposal.allowedActions.includes('return_with_remarks') ? <ReturnProposal proposal={proposal} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>

      <section aria-labelledby="fu-dagsorden" className="mt-7">
        <h2 id="fu-dagsorden">Sæt forslag på FU’s dagsorden</h2>
        {meetings.data && proposals.data ? <AgendaBuilder round={round} meetings={fuMeetings} candidates={submitted} /> : null}
      </section>

      <section aria-labelledby="moeder" className="mt-7">
        <h2 id="moeder">Møder og dagsordener</h2>
        {(meetings.data ?? []).length === 0 && meetings.data ? <p>Der er endnu ingen møder i runden.</p> : null}
        {(meetings.data ?? []).map((meeting) => (
          <MeetingAgenda key={meeting.id} meeting={meeting} />
        ))}
        {!closed ? (
          <>
            <h3>Nyt møde</h3>
            <NewMeetingForm
              key={selected.id}
              roundId={selected.id}
              bodies={['FU', 'RR']}
              defaultDate={(body) => (body === 'FU' ? round.dates?.committeeWorkApprovedByFu : round.dates?.rrAdoption)}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
