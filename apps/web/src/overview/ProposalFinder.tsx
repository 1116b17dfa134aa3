import {
  PROPOSAL_KINDS,
  PROPOSAL_KIND_LABELS,
  PROPOSAL_STATES,
  PROPOSAL_STATE_LABELS,
  columnTotal,
  tableInForce,
  fagudvalg,
  formatAmount,
  sumOptionalAmounts,
  yearColumnKey,
} from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { useState } from 'react';
import type { ProposalView } from '../api/views';
import { AmountInForce } from '../layout/AmountInForce';
import { ProposalLinkCells } from '../proposals/ProposalLinkCells';
import { TableScroll } from '../layout/TableScroll';

/** Every proposal of the round, filtered by committee, state and kind and searched by reference or title. */
export function ProposalFinder({ round, proposals }: { round: BudgetRound; proposals: ProposalView[] }) {
  const [committee, setCommittee] = useState('');
  const [state, setState] = useState('');
  const [kind, setKind] = useState('');
  const [search, setSearch] = useState('');
  const words = search.trim().toLocaleLowerCase('da');
  const shown = proposals.filter(
    (proposal) =>
      (!committee || proposal.committee === committee) &&
      (!state || proposal.state === state) &&
      (!kind || proposal.content.kind === kind) &&
      (!words || `${proposal.reference} ${proposal.content.title}`.toLocaleLowerCase('da').includes(words)),
  );
  const year = yearColumnKey(round.budgetYear);
  const amounts = shown.map((proposal) => columnTotal(tableInForce(proposal), year));
  const select = (id: string, label: string, value: string, onChange: (value: string) => void, options: [string, string][]) => (
    <div className="form-group filter">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select className="form-select" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Alle</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="alle-forslag" className="mt-7">
      <h2 id="alle-forslag">Alle forslag</h2>
      <div className="filters" role="search" aria-label="Filtrér forslagene">
        {select(
          'filter-udvalg',
          'Udvalg',
          committee,
          setCommittee,
          fagudvalg(round.committees).map((entry) => [entry.code, `${entry.name} (${entry.code})`]),
        )}
        {select(
          'filter-status',
          'Status',
          state,
          setState,
          PROPOSAL_STATES.map((entry) => [entry, PROPOSAL_STATE_LABELS[entry]]),
        )}
        {select(
          'filter-art',
          'Art',
          kind,
          setKind,
          PROPOSAL_KINDS.map((entry) => [entry, PROPOSAL_KIND_LABELS[entry]]),
        )}
        <div className="form-group filter">
          <label className="form-label" htmlFor="filter-soeg">
            Søg i reference og titel
          </label>
          <input className="form-input" id="filter-soeg" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
      </div>
      <p role="status">
        Viser {shown.length} af {proposals.length} forslag.
      </p>
      {shown.length > 0 ? (
        <TableScroll label="Forslag efter filtrering">
          <table className="table table--compact table--zebra">
            <caption className="sr-only">Forslag efter filtrering</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Titel</th>
                <th scope="col">Udvalg</th>
                <th scope="col">Art</th>
                <th scope="col">Status</th>
                <th scope="col" className="align-text-right">
                  {round.budgetYear}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((proposal) => (
                <tr key={proposal.id}>
                  <ProposalLinkCells id={proposal.id} reference={proposal.reference} title={proposal.content.title} />
                  <td>{proposal.committee}</td>
                  <td>{PROPOSAL_KIND_LABELS[proposal.content.kind]}</td>
                  <td>{proposal.stateLabel}</td>
                  <td className="align-text-right">
                    <AmountInForce proposal={proposal} column={year} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  I alt, viste forslag
                </th>
                <td className="align-text-right">{formatAmount(sumOptionalAmounts(amounts))}</td>
              </tr>
            </tfoot>
          </table>
          {shown.some((proposal) => proposal.decidedTable) ? (
            <p className="form-hint">Hvor FU eller Regionsrådet har ændret beløbet, står det indsendte i parentes.</p>
          ) : null}
        </TableScroll>
      ) : null}
    </section>
  );
}
