import { columnLabel, tableInForce } from '@budgetflow/domain';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { useRoundProposals } from '../api/workflow-queries';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useSelectedRound } from '../rounds/SelectedRound';
import { FrameChart } from './FrameChart';
import { FrameTable, TargetTable } from './FrameTable';
import { everSubmitted, frameOverview } from './frame-overview';
import { ProposalFinder } from './ProposalFinder';

/** Koncernøkonomi's overview of the round: frames against proposals by state per year, what waits, every proposal. */
export function OverviewPage() {
  const { selected } = useSelectedRound();
  const proposals = useRoundProposals(selected?.id);
  const [column, setColumn] = useState<string>();
  const overviews = useMemo(() => {
    if (!selected || !proposals.data) return [];
    const input = everSubmitted(proposals.data).map((proposal) => ({
      committee: proposal.committee,
      state: proposal.state,
      table: tableInForce(proposal),
    }));
    return frameOverview(selected.round, input).map((overview) => ({ label: columnLabel(overview.column), overview }));
  }, [selected, proposals.data]);
  if (!selected) return <h1>Overblik</h1>;
  const shown = overviews.find((entry) => entry.overview.column === column) ?? overviews[0];
  const waiting = (proposals.data ?? []).filter((proposal) => proposal.state === 'submitted');
  return (
    <>
      <h1>Overblik over {selected.round.name}</h1>
      <p>
        Udvalgenes rammer holdt op mod forslagene efter status. Rammer er besparelseskrav og står positivt; forslagenes besparelser er negative. Rest = ramme +
        medregnede forslag. Beløb, som FU eller Regionsrådet har ændret, tæller med de besluttede beløb.
      </p>
      {proposals.isPending ? <Loading text="Henter forslagene …" /> : null}
      {proposals.error instanceof ApiError ? <ProblemAlert error={proposals.error} heading="Forslagene kunne ikke hentes" /> : null}
      {shown ? (
        <section aria-labelledby="rammer-overskrift">
          <h2 id="rammer-overskrift">Rammer og forslag</h2>
          <fieldset className="year-choice">
            <legend className="form-label">Vis år</legend>
            {overviews.map((entry) => (
              <div className="form-group-radio" key={entry.overview.column}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`aar-${entry.overview.column}`}
                  name="aar"
                  checked={entry === shown}
                  onChange={() => setColumn(entry.overview.column)}
                />
                <label htmlFor={`aar-${entry.overview.column}`}>{entry.label}</label>
              </div>
            ))}
          </fieldset>
          <FrameTable overview={shown.overview} columnLabel={shown.label} priceLevel={selected.round.priceLevel} />
          <FrameChart overview={shown.overview} columnLabel={shown.label} />
          <TargetTable overviews={overviews} priceLevel={selected.round.priceLevel} />
        </section>
      ) : null}
      {proposals.data ? (
        <section aria-labelledby="venter-overskrift" className="mt-7">
          <h2 id="venter-overskrift">Venter på Koncernøkonomi</h2>
          {waiting.length === 0 ? (
            <p>Ingen indsendte forslag venter på at blive tjekket.</p>
          ) : (
            <>
              <p>
                {waiting.length === 1 ? 'Ét indsendt forslag' : `${waiting.length} indsendte forslag`} er endnu ikke tjekket:{' '}
                {waiting.map((proposal) => proposal.reference).join(', ')}. <Link to="/behandling">Gå til behandlingen</Link>
              </p>
            </>
          )}
        </section>
      ) : null}
      {proposals.data ? <ProposalFinder round={selected.round} proposals={proposals.data} /> : null}
    </>
  );
}
