import {
  actorDisplayText,
  bodyOfOutcome,
  danishDateTime,
  DECISION_OUTCOME_LABELS,
  isDecisionOutcome,
  isProposalState,
  isWorkflowAction,
  PROPOSAL_STATE_LABELS,
  WORKFLOW_ACTION_LABELS,
} from '@budgetflow/domain';
import type { HistoryEntryView } from '../api/views';

/** What happened, in the past tense of a record; FU's and RR's decisions by their outcome, other actions by the workflow's labels. */
const OTHER_ACTIONS: Record<string, string> = {
  create: 'Oprettet som kladde',
  edit: 'Rettet',
  submit: 'Indsendt',
  withdraw: 'Trukket tilbage',
  return_with_remarks: 'Sendt retur med bemærkninger',
  schedule_for_fu: 'Sat på FU’s dagsorden',
  import_on_behalf: 'Indlæst fra regneark af Koncernøkonomi på udvalgets vegne',
};

function actionLabel(action: string): string {
  if (OTHER_ACTIONS[action]) return OTHER_ACTIONS[action];
  // Intake records a decision by its outcome («approved_with_changes» → «FU: Godkendt med ændringer»).
  if (isDecisionOutcome(action)) return `${bodyOfOutcome(action)}: ${DECISION_OUTCOME_LABELS[action]}`;
  return isWorkflowAction(action) ? WORKFLOW_ACTION_LABELS[action] : action;
}
const stateLabel = (state: string | null) => (state && isProposalState(state) ? PROPOSAL_STATE_LABELS[state] : (state ?? ''));

/** Every step of a proposal, oldest first: when, who (the person's name beside the role), what (from and to), and why. */
export function HistoryTimeline({ entries }: { entries: HistoryEntryView[] }) {
  return (
    <ol className="history-timeline" aria-label="Forslagets historik">
      {groupEdits(entries).map(({ entry, saves }, index) => {
        const who = actorDisplayText({ id: entry.actorId, role: entry.actorRole, committee: entry.actorCommittee, name: entry.actorName });
        const moved = entry.fromState !== entry.toState && entry.fromState !== null;
        return (
          <li key={`${entry.at}-${index}`} className="history-entry">
            <p className="history-when">
              <time dateTime={entry.at}>{danishDateTime(entry.at)}</time>
            </p>
            <p className="history-what">
              <strong>{actionLabel(entry.action)}</strong>
              {saves > 1 ? ` (gemt ${saves} gange)` : ''} · {who}
            </p>
            <p className="history-state">
              {moved ? `${stateLabel(entry.fromState)} → ${stateLabel(entry.toState)}` : `Status: ${stateLabel(entry.toState)}`} · version {entry.version}
            </p>
            {entry.remark ? <p className="history-remark">Begrundelse: {entry.remark}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Autosave writes a line per save: a run of edits by the same person is one step, with its count and latest time. */
function groupEdits(entries: HistoryEntryView[]): { entry: HistoryEntryView; saves: number }[] {
  const steps: { entry: HistoryEntryView; saves: number }[] = [];
  for (const entry of entries) {
    const last = steps[steps.length - 1];
    if (last && entry.action === 'edit' && last.entry.action === 'edit' && last.entry.actorId === entry.actorId && last.entry.toState === entry.toState) {
      steps[steps.length - 1] = { entry, saves: last.saves + 1 };
    } else {
      steps.push({ entry, saves: 1 });
    }
  }
  return steps;
}
