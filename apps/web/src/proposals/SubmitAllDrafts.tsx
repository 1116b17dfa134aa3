import type { BudgetRound } from '@budgetflow/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { proposalAction } from '../api/proposals';
import type { ProposalView } from '../api/views';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { useAnnounce } from '../layout/Announcer';
import { TableScroll } from '../layout/TableScroll';
import { countOf } from '../text/danish-count';
import { draftsToSubmit } from './drafts-to-submit';
import { ProposalLinkCells } from './ProposalLinkCells';
import { SubmitOutcome, submitAllSummary } from './submit-all-outcome';

/** The drafts the person confirmed, each with the Idempotency-Key of its own submission. */
interface Confirming {
  drafts: ProposalView[];
  keys: string[];
}

/**
 * «Indsend alle»: the drafts that may be submitted (draftsToSubmit), after one confirmation that lists them, each
 * submitted as its own act (its version in If-Match, its own Idempotency-Key), so one refused leaves the others
 * submitted; then every result, and a line in the page's status. Drafts not ready are named with the reason.
 */
export function SubmitAllDrafts({ proposals, round }: { proposals: readonly ProposalView[]; round: BudgetRound }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState<Confirming>();
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<SubmitOutcome[]>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const { ready, notReady } = draftsToSubmit(proposals, round);
  // The dialog's button that opened it may be gone once the drafts are submitted: the results take the focus.
  useEffect(() => {
    if (outcomes) resultHeading.current?.focus();
  }, [outcomes]);
  if (ready.length === 0 && notReady.length === 0 && !outcomes) return null;

  const open = () => {
    setOutcomes(undefined);
    setConfirming({ drafts: ready, keys: ready.map(() => crypto.randomUUID()) });
  };

  const submitAll = async ({ drafts, keys }: Confirming) => {
    setBusy(true);
    const results: SubmitOutcome[] = [];
    try {
      // One act each, one after the other (the order of the list): a refusal is that proposal's alone.
      for (const [index, draft] of drafts.entries()) {
        const outcome = { id: draft.id, reference: draft.reference, title: draft.content.title };
        try {
          await proposalAction(draft.id, 'submit', draft.version, keys[index]);
          results.push({ ...outcome, submitted: true, refusal: null });
        } catch (caught) {
          if (!(caught instanceof ApiError)) throw caught;
          results.push({ ...outcome, submitted: false, refusal: caught.problem.detail });
        }
      }
      await queryClient.invalidateQueries({ predicate: (query) => ['proposal', 'proposal-history', 'proposals'].includes(String(query.queryKey[0])) });
    } finally {
      setBusy(false);
    }
    setConfirming(undefined);
    setOutcomes(results);
    announce(submitAllSummary(results));
  };

  const hintId = `${ids}-klar`;
  return (
    <section aria-labelledby={`${ids}-overskrift`} className="mt-6">
      <h2 id={`${ids}-overskrift`}>Indsend kladderne</h2>
      <p id={hintId} data-testid="indsend-alle-klar">
        {ready.length === 0 ? 'Ingen kladder er klar til at blive indsendt.' : `${countOf(ready.length, 'kladde', 'kladder')} er klar til at blive indsendt.`}
        {notReady.length > 0 ? ` ${countOf(notReady.length, 'kladde', 'kladder')} er ikke klar og indsendes ikke:` : ''}
      </p>
      {notReady.length > 0 ? (
        <ul data-testid="indsend-alle-ikke-klar">
          {notReady.map(({ proposal, reason }) => (
            <li key={proposal.id}>
              {proposal.reference}: {reason}
            </li>
          ))}
        </ul>
      ) : null}
      {ready.length > 0 ? (
        <button type="button" className="button button-primary" aria-describedby={hintId} onClick={open}>
          Indsend alle
        </button>
      ) : null}
      <ConfirmDialog
        open={confirming !== undefined}
        title={`Indsend ${countOf(confirming?.drafts.length ?? 0, 'kladde', 'kladder')} til Koncernøkonomi?`}
        confirmLabel={confirming?.drafts.length === 1 ? 'Indsend kladden' : `Indsend de ${confirming?.drafts.length ?? 0} kladder`}
        onConfirm={() => confirming && void submitAll(confirming)}
        // Once the submissions have started, each one's answer is awaited and shown.
        onCancel={() => !busy && setConfirming(undefined)}
        busy={busy}
      >
        <p>
          Hver kladde indsendes for sig, som den er gemt nu. Afvises én (fx fordi en anden har ændret den imens), indsendes de andre alligevel, og du får svaret
          for hver. Når et forslag er indsendt, kan udvalget ikke rette det, medmindre Koncernøkonomi sender det retur.
        </p>
        <ul data-testid="indsend-alle-liste">
          {confirming?.drafts.map((draft) => (
            <li key={draft.id}>
              {draft.reference}: {draft.content.title}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
      {outcomes ? (
        <>
          <h3 id={`${ids}-resultat`} ref={resultHeading} tabIndex={-1}>
            Resultat af «Indsend alle»
          </h3>
          <TableScroll label="Resultat af «Indsend alle»">
            <table className="table table--compact" aria-labelledby={`${ids}-resultat`}>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Titel</th>
                  <th scope="col">Resultat</th>
                </tr>
              </thead>
              <tbody>
                {outcomes.map((outcome) => (
                  <tr key={outcome.id}>
                    <ProposalLinkCells id={outcome.id} reference={outcome.reference} title={outcome.title} />
                    <td>{outcome.submitted ? 'Indsendt til Koncernøkonomi' : `Ikke indsendt: ${outcome.refusal}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
