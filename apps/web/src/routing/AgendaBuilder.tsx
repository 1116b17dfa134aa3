import { columnTotal, formatAmount, yearColumnKey } from '@budgetflow/domain';
import type { BudgetRound } from '@budgetflow/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import type { MeetingView, WorkflowProposalView } from '../api/views';
import { useAnnounce } from '../layout/Announcer';
import { countOf } from '../text/danish-count';
import { ProblemAlert } from '../layout/ProblemAlert';
import { formatDate } from './MeetingAgenda';

/**
 * The budget office orders the proposals waiting for a meeting (buttons up and down, so the keyboard can do it)
 * and puts the chosen ones on the meeting's agenda in that order, one agenda item after the other.
 */
export function AgendaBuilder({ round, meetings, candidates }: { round: BudgetRound; meetings: MeetingView[]; candidates: WorkflowProposalView[] }) {
  const queryClient = useQueryClient();
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const [order, setOrder] = useState<string[]>([]);
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const focus = useRef<string | undefined>(undefined);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // New candidates join at the end of the office's order; those placed elsewhere leave it.
  useEffect(() => {
    const ids = candidates.map((proposal) => proposal.id);
    setOrder((current) => [...current.filter((id) => ids.includes(id)), ...ids.filter((id) => !current.includes(id))]);
  }, [candidates]);
  useEffect(() => {
    if (!meetings.some((meeting) => meeting.id === meetingId) && meetings[0]) setMeetingId(meetings[0].id);
  }, [meetings, meetingId]);
  // After a move the button that was pressed keeps the focus, in its new place.
  useEffect(() => {
    if (focus.current) buttons.current.get(focus.current)?.focus();
    focus.current = undefined;
  }, [order]);

  const byId = new Map(candidates.map((proposal) => [proposal.id, proposal]));
  const ordered = order.map((id) => byId.get(id)).filter((proposal): proposal is WorkflowProposalView => Boolean(proposal));
  const chosen = ordered.filter((proposal) => !left.has(proposal.id));
  const year = yearColumnKey(round.budgetYear);

  const move = (index: number, by: -1 | 1, key: string) => {
    const next = [...order.filter((id) => byId.has(id))];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item as string);
    // At the list's edge the button disappears: the focus goes to the other one.
    const edge = (by === -1 && index + by === 0) || (by === 1 && index + by === next.length - 1);
    focus.current = edge ? `${by === -1 ? 'ned' : 'op'}-${item}` : key;
    setOrder(next);
  };

  async function place() {
    setBusy(true);
    setError(undefined);
    let placed = 0;
    try {
      for (const proposal of chosen) {
        await answer(
          workflow.POST('/meetings/{meetingId}/agenda-items', {
            params: { path: { meetingId } },
            body: { proposalId: proposal.id, version: proposal.version },
          }),
        );
        placed += 1;
      }
      announce(`${placed} forslag er sat på dagsordenen.`);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({
        predicate: (query) => ['workflow-proposals', 'meetings', 'proposals', 'reports'].includes(String(query.queryKey[0])),
      });
    }
  }

  if (meetings.length === 0) return <p>Opret først et møde i Forretningsudvalget.</p>;
  return (
    <div>
      <div className="form-group">
        <label className="form-label" htmlFor="dagsorden-moede">
          Møde
        </label>
        <select className="form-select select-fit" id="dagsorden-moede" value={meetingId} onChange={(event) => setMeetingId(event.target.value)}>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.bodyLabel} {formatDate(meeting.date)}
              {meeting.title ? ` – ${meeting.title}` : ''} ({countOf(meeting.agenda.length, 'punkt', 'punkter')})
            </option>
          ))}
        </select>
      </div>
      {ordered.length === 0 ? (
        <p>Ingen indsendte forslag venter på en dagsorden.</p>
      ) : (
        <>
          <p id="raekkefoelge-hjaelp" className="form-hint">
            Forslagene sættes på dagsordenen i denne rækkefølge, efter de punkter mødet allerede har. Flyt et forslag med knapperne, og fjern fluebenet ved
            forslag, der skal vente.
          </p>
          <ol className="agenda-order no-max-width" aria-describedby="raekkefoelge-hjaelp">
            {ordered.map((proposal, index) => {
              const include = !left.has(proposal.id);
              return (
                <li key={proposal.id} className="agenda-order-item">
                  <div className="form-group-checkbox">
                    <input
                      type="checkbox"
                      className="form-checkbox"
                      id={`medtag-${proposal.id}`}
                      checked={include}
                      onChange={() =>
                        setLeft((current) => {
                          const next = new Set(current);
                          if (include) next.add(proposal.id);
                          else next.delete(proposal.id);
                          return next;
                        })
                      }
                    />
                    <label htmlFor={`medtag-${proposal.id}`}>
                      <strong>{proposal.reference}</strong> {proposal.title} ({formatAmount(columnTotal(proposal.decidedTable, year))} mio. kr. i{' '}
                      {round.budgetYear})
                    </label>
                  </div>
                  <span className="agenda-order-buttons">
                    {index > 0 ? (
                      <button
                        type="button"
                        className="button button-tertiary move-up"
                        ref={(element) => void (element ? buttons.current.set(`op-${proposal.id}`, element) : buttons.current.delete(`op-${proposal.id}`))}
                        onClick={() => move(index, -1, `op-${proposal.id}`)}
                      >
                        Flyt op<span className="sr-only"> {proposal.reference}</span>
                      </button>
                    ) : null}
                    {index < ordered.length - 1 ? (
                      <button
                        type="button"
                        className="button button-tertiary move-down"
                        ref={(element) => void (element ? buttons.current.set(`ned-${proposal.id}`, element) : buttons.current.delete(`ned-${proposal.id}`))}
                        onClick={() => move(index, 1, `ned-${proposal.id}`)}
                      >
                        Flyt ned<span className="sr-only"> {proposal.reference}</span>
                      </button>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ol>
          {error ? <ProblemAlert error={error} heading="Ikke alle forslag kom på dagsordenen" /> : null}
          <button type="button" className="button button-primary" disabled={busy || chosen.length === 0 || !meetingId} onClick={() => void place()}>
            Sæt {chosen.length} forslag på dagsordenen
          </button>
        </>
      )}
    </div>
  );
}
