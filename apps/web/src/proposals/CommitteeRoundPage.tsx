import { ROUND_DATE_LABELS, findCommittee, formatAmount, formatMio, frameStatus, tableInForce, yearColumnKey } from '@budgetflow/domain';
import type { ProposalState } from '@budgetflow/domain';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { useProposals } from '../api/queries';
import type { ProposalView } from '../api/views';
import { AmountInForce } from '../layout/AmountInForce';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';
import { ProposalLinkCells } from './ProposalLinkCells';
import { SubmitAllDrafts } from './SubmitAllDrafts';
import { everSubmitted } from '../overview/frame-overview';
import { TableScroll } from '../layout/TableScroll';

/** What needs the committee's hand first: returned proposals, then drafts, then the rest. */
const ORDER: Partial<Record<ProposalState, number>> = { returned: 0, draft: 1 };

/** /forslag for a committee: its frame and deadline in the selected round, its proposals and their sum against the frame. */
export function CommitteeRoundPage() {
  const user = useSessionUser();
  const { selected } = useSelectedRound();
  const proposals = useProposals(selected?.id, user.committee);
  const heading = `Udvalgets forslag (${user.committee})`;
  if (!selected || !user.committee) return <h1>{heading}</h1>;
  const { round } = selected;
  const items = [...(proposals.data?.items ?? [])].sort(
    (a, b) => (ORDER[a.state] ?? 2) - (ORDER[b.state] ?? 2) || a.reference.localeCompare(b.reference, 'da'),
  );
  const budgetYear = yearColumnKey(round.budgetYear);
  const status = frameStatus(
    round,
    everSubmitted(items).map((proposal) => ({ committee: proposal.committee, status: proposal.state, table: tableInForce(proposal) })),
  ).committees.find((entry) => entry.committee.code === user.committee);
  const returned = items.filter((proposal) => proposal.state === 'returned');
  const committeeName = findCommittee(round.committees, user.committee)?.name ?? user.committee;

  return (
    <>
      <h1>{heading}</h1>
      <p className="font-lead">
        {committeeName} i {round.name}. Beløb i mio. kr. ({round.priceLevel}) for budgetåret {round.budgetYear}; besparelser er negative. Hvor FU eller
        Regionsrådet har ændret et forslag, tæller det besluttede beløb (det indsendte står i parentes).
      </p>
      <dl className="round-facts">
        <div className="round-fact">
          <dt>Udvalgets ramme</dt>
          <dd data-testid="ramme">{status?.frame === null || status === undefined ? 'Ingen ramme' : formatMio(status.frame)}</dd>
        </div>
        {round.dates?.proposalDeadline ? (
          <div className="round-fact">
            <dt>{ROUND_DATE_LABELS.proposalDeadline}</dt>
            <dd data-testid="frist">
              {new Date(`${round.dates.proposalDeadline}T12:00:00`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' })} (
              {daysLeft(round.dates.proposalDeadline)})
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        <Link className="button button-primary" to="/forslag/nyt">
          Nyt forslag
        </Link>{' '}
        <Link className="button button-secondary" to="/forslag/indlaes">
          Indlæs fra regneark
        </Link>
      </p>
      {proposals.isPending ? <Loading text="Henter forslagene …" /> : null}
      {proposals.error instanceof ApiError ? <ProblemAlert error={proposals.error} heading="Forslagene kunne ikke hentes" /> : null}
      {returned.length > 0 ? (
        <section aria-labelledby="kraever-handling" className="mt-6">
          <h2 id="kraever-handling">Kræver udvalgets handling</h2>
          <ul className="nobullet-list">
            {returned.map((proposal) => (
              <li key={proposal.id} className="alert alert-warning">
                <div className="alert-body">
                  <p className="alert-heading">
                    <Link to={`/forslag/${proposal.id}/rediger`}>
                      Ret {proposal.reference}: {proposal.content.title}
                    </Link>
                  </p>
                  <p className="alert-text">Koncernøkonomis bemærkning: {proposal.remark ?? 'ingen bemærkning'}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SubmitAllDrafts proposals={items} round={round} />
      {proposals.data && items.length === 0 ? <p>Udvalget har endnu ingen forslag i runden.</p> : null}
      {items.length > 0 ? (
        <ProposalTable
          items={items}
          budgetYear={budgetYear}
          year={round.budgetYear}
          counted={status?.counted ?? 0}
          frame={status?.frame ?? null}
          gap={status?.gap ?? null}
        />
      ) : null}
    </>
  );
}

function ProposalTable({
  items,
  budgetYear,
  year,
  counted,
  frame,
  gap,
}: {
  items: ProposalView[];
  budgetYear: string;
  year: number;
  counted: number;
  frame: number | null;
  gap: number | null;
}) {
  return (
    <TableScroll label="Udvalgets forslag og rammen" className="mt-6">
      <table className="table table--compact table--zebra">
        <caption>Udvalgets forslag og rammen</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Titel</th>
            <th scope="col">Status</th>
            <th scope="col" className="align-text-right">
              {year}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((proposal) => (
            <tr key={proposal.id}>
              <ProposalLinkCells id={proposal.id} reference={proposal.reference} title={proposal.content.title} />
              <td>{proposal.stateLabel}</td>
              <td className="align-text-right">
                <AmountInForce proposal={proposal} column={budgetYear} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              I alt, forslag der tæller med i rammen (ikke tilbagetrukne eller afviste)
            </th>
            <td className="align-text-right" data-testid="i-alt">
              {formatAmount(counted)}
            </td>
          </tr>
          {frame !== null ? (
            <>
              <tr>
                <th scope="row" colSpan={3}>
                  Udvalgets ramme (besparelse)
                </th>
                <td className="align-text-right">{formatAmount(frame)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={3}>
                  {gap !== null && gap <= 0 ? 'Rammen er nået' : 'Mangler i forhold til rammen'}
                </th>
                <td className="align-text-right" data-testid="mangler">
                  {formatAmount(gap)}
                </td>
              </tr>
            </>
          ) : null}
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** Days until the deadline in words: "om 12 dage", "i dag", "overskredet for 3 dage siden". */
function daysLeft(deadline: string): string {
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [y = 0, m = 1, d = 1] = deadline.split('-').map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
  if (days === 0) return 'i dag';
  if (days > 0) return days === 1 ? 'om 1 dag' : `om ${days} dage`;
  return days === -1 ? 'overskredet for 1 dag siden' : `overskredet for ${-days} dage siden`;
}
