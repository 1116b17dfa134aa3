import { danishDateTime } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { proposalAction } from '../api/proposals';
import type { ProposalView } from '../api/views';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ProposalContentView } from './ProposalContentView';

type Act = 'submit' | 'withdraw';

/**
 * Submit and withdraw, offered only when the service says the person may (its allowed actions), each after a
 * confirmation that shows what is sent. `blockedReason` disables submitting and says why (e.g. unsaved changes).
 */
export function ProposalActions({
  view,
  round,
  blockedReason,
  onDone,
}: {
  view: ProposalView;
  round: BudgetRound;
  blockedReason?: string;
  onDone(view: ProposalView, act: Act): void;
}) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Act>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const may = (act: Act) => view.allowedActions.includes(act);
  if (!may('submit') && !may('withdraw')) return null;

  const act = async (which: Act) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await proposalAction(view.id, which, view.version);
      await queryClient.invalidateQueries({ predicate: (query) => ['proposal', 'proposal-history', 'proposals'].includes(String(query.queryKey[0])) });
      setAsking(undefined);
      onDone(answer, which);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setAsking(undefined);
    setError(undefined);
  };

  return (
    <div className="proposal-actions">
      {may('submit') ? (
        <div className="action-with-reason">
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAsking('submit')}
            disabled={Boolean(blockedReason)}
            aria-describedby={blockedReason ? 'indsend-hvorfor' : undefined}
          >
            Indsend forslaget
          </button>
          {blockedReason ? (
            <p className="form-hint" id="indsend-hvorfor" data-testid="indsend-hvorfor">
              {blockedReason}
            </p>
          ) : null}
        </div>
      ) : null}
      {may('withdraw') ? (
        <button type="button" className="button button-secondary" onClick={() => setAsking('withdraw')}>
          Træk forslaget tilbage
        </button>
      ) : null}
      <ConfirmDialog
        open={asking === 'submit'}
        title={`Indsend ${view.reference} til Koncernøkonomi?`}
        confirmLabel="Indsend"
        onConfirm={() => void act('submit')}
        onCancel={close}
        busy={busy}
        error={error}
      >
        <p>
          Dette sendes (version {view.version}, gemt {danishDateTime(view.updatedAt)}). Når forslaget er indsendt, kan udvalget ikke rette det, medmindre
          Koncernøkonomi sender det retur.
        </p>
        <div className="dialog-preview">
          <h3 className="h4">{view.content.title}</h3>
          <ProposalContentView content={view.content} round={round} headingLevel={3} idPrefix="indsend" />
        </div>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'withdraw'}
        title={`Træk ${view.reference} tilbage?`}
        confirmLabel="Træk tilbage"
        onConfirm={() => void act('withdraw')}
        onCancel={close}
        busy={busy}
        error={error}
      >
        <p>
          «{view.content.title}» ({view.stateLabel.toLocaleLowerCase('da')}) trækkes tilbage. Et tilbagetrukket forslag kan ikke genoptages; det tæller ikke
          længere med i udvalgets ramme, men står fortsat i historikken.
        </p>
      </ConfirmDialog>
    </div>
  );
}
