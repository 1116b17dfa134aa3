import { formatMio } from '@budgetflow/domain';
import { useState } from 'react';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { NewRoundForm } from '../rounds/NewRoundForm';
import { useSelectedRound } from '../rounds/SelectedRound';
import { TableScroll } from '../layout/TableScroll';

/** Koncernøkonomi's overview of the budget rounds. */
export function RoundsPage() {
  const { rounds, loading, error, select, selected } = useSelectedRound();
  // Kept here: the form starts afresh on the new round once it is selected.
  const [created, setCreated] = useState<string>();
  return (
    <>
      <h1>Budgetrunder</h1>
      {loading ? <Loading text="Henter budgetrunderne …" /> : null}
      {error ? <ProblemAlert error={error} heading="Budgetrunderne kunne ikke hentes" /> : null}
      {!loading && !error && rounds.length === 0 ? <p>Der er endnu ingen budgetrunder.</p> : null}
      {rounds.length > 0 ? (
        <TableScroll label="Budgetrunder">
          <table className="table table--compact">
            <caption className="sr-only">Budgetrunder</caption>
            <thead>
              <tr>
                <th scope="col">Runde</th>
                <th scope="col">Region</th>
                <th scope="col">Budgetår</th>
                <th scope="col">Prisniveau</th>
                <th scope="col" className="align-text-right">
                  Råderum
                </th>
                <th scope="col">
                  <span className="sr-only">Vælg</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((view) => (
                <tr key={view.id}>
                  <th scope="row">{view.round.name}</th>
                  <td>{view.round.region}</td>
                  <td>{view.round.budgetYear}</td>
                  <td>{view.round.priceLevel}</td>
                  <td className="align-text-right">{view.round.target === null ? '-' : formatMio(view.round.target)}</td>
                  <td>
                    {selected?.id === view.id ? (
                      <span>Valgt</span>
                    ) : (
                      <button type="button" className="button button-tertiary" onClick={() => select(view.id)}>
                        Vælg<span className="sr-only"> {view.round.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {created ? (
        <div className="alert alert-success mt-6" role="status">
          <div className="alert-body">
            <p className="alert-heading">{created} er oprettet og valgt</p>
          </div>
        </div>
      ) : null}
      {selected ? <NewRoundForm key={selected.id} base={selected} onCreated={setCreated} /> : null}
    </>
  );
}
