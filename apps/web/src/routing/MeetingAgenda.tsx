import { danishIsoDate } from '@budgetflow/domain';
import type { MeetingView } from '../api/views';
import { ProposalLinkCells } from '../proposals/ProposalLinkCells';
import { TableScroll } from '../layout/TableScroll';

/** A meeting's agenda: the proposals in order, with their decisions once taken. */
export function MeetingAgenda({ meeting }: { meeting: MeetingView }) {
  const heading = `${meeting.bodyLabel} ${formatDate(meeting.date)}${meeting.title ? ` – ${meeting.title}` : ''}`;
  return (
    <section className="meeting" aria-label={heading}>
      <h3>{heading}</h3>
      {meeting.agenda.length === 0 ? (
        <p>Dagsordenen er tom.</p>
      ) : (
        <TableScroll label={`Dagsorden, ${heading}`}>
          <table className="table table--compact">
            <caption className="sr-only">Dagsorden, {heading}</caption>
            <thead>
              <tr>
                <th scope="col">Punkt</th>
                <th scope="col">Reference</th>
                <th scope="col">Titel</th>
                <th scope="col">Udvalg</th>
                <th scope="col">Beslutning</th>
              </tr>
            </thead>
            <tbody>
              {meeting.agenda.map((item) => (
                <tr key={item.number}>
                  <td>{item.number}</td>
                  <ProposalLinkCells id={item.proposalId} reference={item.reference} title={item.title} />
                  <td>{item.committee}</td>
                  <td>{item.decision ? item.decision.outcomeLabel : 'Ikke besluttet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** «19. maj 2025» from an ISO date. */
export function formatDate(date: string): string {
  return danishIsoDate(date);
}
