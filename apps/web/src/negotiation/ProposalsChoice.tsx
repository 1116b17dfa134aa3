import { RAADERUM_KEY, formatAmount, roundColumns } from '@budgetflow/domain';
import type { BudgetRound, PackageProposalInput, ValidationIssue } from '@budgetflow/domain';
import { Link } from 'react-router';
import { tableDraftOf, tableErrorsOf } from '../consequence-table';
import { AmendedTable } from '../decisions/AmendedTable';
import type { WorkflowProposalView } from '../api/views';
import { TableScroll } from '../layout/TableScroll';
import { SourceSelect } from './SourceSelect';

/**
 * The committees' proposals a package may include (approved by FU or on FU's agenda): ticked in or out, each
 * financed by a source (the råderum unless another is chosen), and optionally with amounts changed for the package
 * (the table in force beside the changed one, as FU's «godkendt med ændringer»).
 */
export function ProposalsChoice({
  round,
  proposals,
  value,
  onChange,
  sources,
  issues,
}: {
  round: BudgetRound;
  proposals: readonly WorkflowProposalView[];
  value: readonly PackageProposalInput[];
  onChange(value: PackageProposalInput[]): void;
  sources: readonly { key: string; name: string }[];
  issues: readonly ValidationIssue[];
}) {
  const columns = roundColumns(round);
  const indexOf = new Map(value.map((item, index) => [item.proposalId, index]));
  const update = (proposalId: string, change: Partial<PackageProposalInput>) =>
    onChange(value.map((item) => (item.proposalId === proposalId ? { ...item, ...change } : item)));
  const toggle = (proposalId: string, included: boolean) =>
    onChange(included ? [...value, { proposalId }] : value.filter((item) => item.proposalId !== proposalId));
  if (proposals.length === 0) return <p>Ingen forslag er godkendt af FU eller på FU’s dagsorden endnu.</p>;
  return (
    <>
      <TableScroll label="Udvalgenes forslag">
        <table className="table table--compact">
          <caption>Udvalgenes forslag, gældende beløb i alt (mio. kr.)</caption>
          <thead>
            <tr>
              <th scope="col">Med i pakken</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="align-text-right">
                  {column.label}
                </th>
              ))}
              <th scope="col">Finansiering</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((proposal) => {
              const index = indexOf.get(proposal.id);
              const item = index === undefined ? undefined : value[index];
              return (
                <tr key={proposal.id}>
                  <th scope="row">
                    <div className="form-group-checkbox">
                      <input
                        type="checkbox"
                        className="form-checkbox"
                        id={`pakke-med-${proposal.id}`}
                        checked={Boolean(item)}
                        onChange={(event) => toggle(proposal.id, event.target.checked)}
                      />
                      <label htmlFor={`pakke-med-${proposal.id}`}>
                        {proposal.reference} {proposal.title}
                        {proposal.state === 'approved_by_fu' ? null : ` (${proposal.stateLabel.toLowerCase()})`}
                      </label>
                    </div>
                  </th>
                  {columns.map((column) => (
                    <td key={column.key} className="align-text-right">
                      {formatAmount(proposal.totals[column.key] ?? null)}
                    </td>
                  ))}
                  <td>
                    {item ? (
                      <SourceSelect
                        id={`pakke-kilde-${proposal.id}`}
                        label={`Finansiering af ${proposal.reference}`}
                        sources={sources}
                        value={item.source ?? RAADERUM_KEY}
                        onChange={(source) => update(proposal.id, { source })}
                      />
                    ) : (
                      <span className="sr-only">Ikke med</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h3>Ændrede beløb i pakken</h3>
      <p>Et forslag følger sin gældende tabel, medmindre pakken ændrer beløbene; så vedtages det med ændringer, hvis pakken bliver budgetaftalen.</p>
      {proposals.map((proposal) => {
        const index = indexOf.get(proposal.id);
        const item = index === undefined ? undefined : value[index];
        if (!item) return null;
        const amended = item.amendedTable ?? null;
        return (
          <div key={proposal.id} className="form-group-checkbox mt-3">
            <input
              type="checkbox"
              className="form-checkbox"
              id={`pakke-aendret-${proposal.id}`}
              checked={amended !== null}
              onChange={(event) => update(proposal.id, { amendedTable: event.target.checked ? tableDraftOf(proposal.decidedTable) : null })}
            />
            <label htmlFor={`pakke-aendret-${proposal.id}`}>Ændrede beløb for {proposal.reference} i pakken</label>{' '}
            <Link to={`/forslag/${proposal.id}`}>Læs {proposal.reference}</Link>
            {amended ? (
              <AmendedTable
                id={`pakke-tabel-${proposal.id}`}
                round={round}
                original={proposal.decidedTable}
                value={amended}
                onChange={(table) => update(proposal.id, { amendedTable: table })}
                errors={tableErrorsOf(issues, `proposals[${index}].amendedTable`)}
              />
            ) : null}
          </div>
        );
      })}
    </>
  );
}
