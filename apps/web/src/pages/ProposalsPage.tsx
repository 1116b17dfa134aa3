import { columnTotal, formatAmount, sumOptionalAmounts, tableInForce, yearColumnKey } from '@budgetflow/domain';
import { useProposals } from '../api/queries';
import { ApiError } from '../api/api-error';
import { AmountInForce } from '../layout/AmountInForce';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { useSessionUser } from '../session/SessionContext';
import { ProposalLinkCells } from '../proposals/ProposalLinkCells';
import { TableScroll } from '../layout/TableScroll';

/** The round's proposals (a committee secretariat sees its own), with the budget year's amount computed here by the domain rules. */
export function ProposalsPage() {
  const user = useSessionUser();
  const { selected } = useSelectedRound();
  const proposals = useProposals(selected?.id, user.committee);
  const heading = user.committee ? `Udvalgets forslag (${user.committee})` : 'Forslag';
  if (!selected) return <h1>{heading}</h1>;
  const budgetYear = yearColumnKey(selected.round.budgetYear);
  const items = proposals.data?.items ?? [];
  const amounts = items.map((proposal) => columnTotal(tableInForce(proposal), budgetYear));
  return (
    <>
      <h1>{heading}</h1>
      <p>
        {selected.round.name}. Beløb i mio. kr. ({selected.round.priceLevel}) for budgetåret {selected.round.budgetYear}, negative beløb er besparelser. Hvor FU
        eller Regionsrådet har ændret et forslag, står det besluttede beløb, som bilagene tæller med, og det indsendte i parentes.
      </p>
      {proposals.isPending ? <Loading text="Henter forslagene …" /> : null}
      {proposals.error instanceof ApiError ? <ProblemAlert error={proposals.error} heading="Forslagene kunne ikke hentes" /> : null}
      {proposals.data && items.length === 0 ? <p>Der er endnu ingen forslag i runden.</p> : null}
      {items.length > 0 ? (
        <TableScroll label={`Forslag i ${selected.round.name}`}>
          <table className="table table--compact table--zebra">
            <caption className="sr-only">Forslag i {selected.round.name}</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Titel</th>
                <th scope="col">Udvalg</th>
                <th scope="col">Status</th>
                <th scope="col" className="align-text-right">
                  {selected.round.budgetYear}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((proposal) => (
                <tr key={proposal.id}>
                  <ProposalLinkCells id={proposal.id} reference={proposal.reference} title={proposal.content.title} />
                  <td>{proposal.committee}</td>
                  <td>{proposal.stateLabel}</td>
                  <td className="align-text-right">
                    <AmountInForce proposal={proposal} column={budgetYear} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  I alt, alle viste forslag ({proposals.data?.total ?? items.length})
                </th>
                <td className="align-text-right" data-testid="i-alt">
                  {formatAmount(sumOptionalAmounts(amounts))}
                </td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
