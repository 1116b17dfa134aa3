import { ConsequenceTable } from '../proposal/consequence-table';
import { cleanText, joinDanish, quote } from '../validation/text';
import { Actor, describeActor, ROLE_LABELS } from './actor';
import { PROPOSAL_STATE_LABELS, ProposalState } from './proposal-state';
import { ACTIONS_NEEDING_AMENDED_TABLE, ACTIONS_NEEDING_REMARK, WORKFLOW_ACTION_LABELS, WORKFLOW_ACTIONS, WorkflowAction } from './workflow-action';

/**
 * Who may perform a transition: the owning committee's secretariat, a central role, or the closing of the round
 * by the budget agreement (no person performs that one directly; see closingAction).
 */
export type Performer = 'owner' | 'budget_office' | 'fu_secretariat' | 'rr_secretariat' | 'round_closing';

/** One allowed move: from a state, an action by a performer leads to a state. */
export interface Transition {
  readonly from: ProposalState;
  readonly action: WorkflowAction;
  readonly by: Performer;
  readonly to: ProposalState;
}

/** The complete workflow (who may do what, from which state); anything not listed is refused. */
export const WORKFLOW_TRANSITIONS: readonly Transition[] = [
  { from: 'draft', action: 'edit', by: 'owner', to: 'draft' },
  { from: 'draft', action: 'submit', by: 'owner', to: 'submitted' },
  { from: 'draft', action: 'withdraw', by: 'owner', to: 'withdrawn' },
  { from: 'submitted', action: 'return_with_remarks', by: 'budget_office', to: 'returned' },
  { from: 'submitted', action: 'schedule_for_fu', by: 'budget_office', to: 'on_fu_agenda' },
  { from: 'submitted', action: 'withdraw', by: 'owner', to: 'withdrawn' },
  { from: 'returned', action: 'edit', by: 'owner', to: 'returned' },
  { from: 'returned', action: 'submit', by: 'owner', to: 'submitted' },
  { from: 'returned', action: 'withdraw', by: 'owner', to: 'withdrawn' },
  { from: 'on_fu_agenda', action: 'fu_approve', by: 'fu_secretariat', to: 'approved_by_fu' },
  { from: 'on_fu_agenda', action: 'fu_approve_with_changes', by: 'fu_secretariat', to: 'approved_by_fu' },
  { from: 'on_fu_agenda', action: 'fu_reject', by: 'fu_secretariat', to: 'rejected_by_fu' },
  // A postponed item goes back to the budget office, which puts it on a later FU agenda.
  { from: 'on_fu_agenda', action: 'fu_postpone', by: 'fu_secretariat', to: 'submitted' },
  // FU sends it back to its committee, which holds it again: it may edit and submit it anew.
  { from: 'on_fu_agenda', action: 'fu_return_to_committee', by: 'fu_secretariat', to: 'returned' },
  { from: 'approved_by_fu', action: 'rr_adopt', by: 'rr_secretariat', to: 'adopted' },
  { from: 'approved_by_fu', action: 'rr_adopt_with_changes', by: 'rr_secretariat', to: 'adopted' },
  { from: 'approved_by_fu', action: 'rr_not_adopt', by: 'rr_secretariat', to: 'not_adopted' },
  // The budget agreement closes the round: what it does not adopt and nobody decided lapses.
  { from: 'draft', action: 'lapse', by: 'round_closing', to: 'lapsed' },
  { from: 'submitted', action: 'lapse', by: 'round_closing', to: 'lapsed' },
  { from: 'returned', action: 'lapse', by: 'round_closing', to: 'lapsed' },
  { from: 'on_fu_agenda', action: 'lapse', by: 'round_closing', to: 'lapsed' },
];

/** The proposal as the workflow sees it: its state, the committee that owns it, and whether its round is closed. */
export interface WorkflowSubject {
  readonly state: ProposalState;
  readonly committee: string;
  /** True once the budget agreement has closed the round: nothing more can be done to its proposals. */
  readonly roundClosed?: boolean;
}

/** What some actions need besides permission: a remark, or the amended table of a changed decision. */
export interface ActionDetails {
  readonly remark?: string | null;
  readonly amendedTable?: ConsequenceTable | null;
}

/** Stable codes of refused actions. */
export type WorkflowErrorCode =
  | 'workflow.reader_read_only'
  | 'workflow.round_closed'
  | 'workflow.invalid_transition'
  | 'workflow.wrong_role'
  | 'workflow.not_owner'
  | 'workflow.remark_required'
  | 'workflow.amended_table_required'
  | 'workflow.amended_table_not_allowed';

/** The new state, or why the action is refused (Danish reason naming state and action). */
export type ActionResult =
  { readonly ok: true; readonly to: ProposalState } | { readonly ok: false; readonly code: WorkflowErrorCode; readonly reason: string };

function refuse(code: WorkflowErrorCode, reason: string): ActionResult {
  return { ok: false, code, reason };
}

function stateText(state: ProposalState): string {
  return `Et forslag med status ${quote(PROPOSAL_STATE_LABELS[state])}`;
}

function actionText(action: WorkflowAction): string {
  return quote(WORKFLOW_ACTION_LABELS[action]);
}

function performerText(performer: Exclude<Performer, 'round_closing'>, committee: string): string {
  return performer === 'owner' ? `det udvalg, der ejer forslaget (${quote(committee)})` : ROLE_LABELS[performer];
}

function invalidTransitionReason(state: ProposalState, action: WorkflowAction): string {
  // Only what a person can do: the round's closing is not an option to offer.
  const possible = WORKFLOW_TRANSITIONS.filter((transition) => transition.from === state && transition.by !== 'round_closing');
  if (possible.length === 0) return `${stateText(state)} er færdigbehandlet; handlingen ${actionText(action)} er ikke mulig.`;
  if (action === 'edit') {
    const editable = WORKFLOW_TRANSITIONS.filter((transition) => transition.action === 'edit').map((transition) =>
      quote(PROPOSAL_STATE_LABELS[transition.from]),
    );
    return `${stateText(state)} kan ikke redigeres; kun forslag med status ${joinDanish(editable, 'eller')} kan redigeres.`;
  }
  if (action.startsWith('rr_')) {
    return `${stateText(state)} kan ikke behandles af Regionsrådet; det skal først godkendes af Forretningsudvalget.`;
  }
  if (action.startsWith('fu_')) {
    return state === 'approved_by_fu'
      ? `${stateText(state)} er allerede behandlet af Forretningsudvalget; handlingen ${actionText(action)} er ikke mulig.`
      : `${stateText(state)} kan ikke behandles af Forretningsudvalget; det skal først sættes på FU's dagsorden af Koncernøkonomi.`;
  }
  const options = joinDanish(possible.map((transition) => actionText(transition.action)));
  return `Handlingen ${actionText(action)} er ikke mulig for et forslag med status ${quote(PROPOSAL_STATE_LABELS[state])}; mulige handlinger er ${options}.`;
}

// Permission only: may this actor do this action on this proposal right now?
function checkPermission(subject: WorkflowSubject, action: WorkflowAction, actor: Actor): ActionResult {
  if (actor.role === 'reader') {
    return refuse(
      'workflow.reader_read_only',
      `${stateText(subject.state)} kan ikke ændres af en læser; læsere har kun læseadgang og kan ikke udføre ${actionText(action)}.`,
    );
  }
  // A member of the regional council reads the proposals like a reader; its own acts are budget questions.
  if (actor.role === 'politician') {
    return refuse(
      'workflow.reader_read_only',
      `${stateText(subject.state)} kan ikke ændres af et regionsrådsmedlem; regionsrådsmedlemmer læser forslagene og kan ikke udføre ${actionText(action)}.`,
    );
  }
  if (subject.roundClosed) {
    return refuse(
      'workflow.round_closed',
      `Budgetrunden er afsluttet med budgetaftalen; handlingen ${actionText(action)} er ikke længere mulig på rundens forslag.`,
    );
  }
  const transition = WORKFLOW_TRANSITIONS.find((candidate) => candidate.from === subject.state && candidate.action === action);
  if (!transition) return refuse('workflow.invalid_transition', invalidTransitionReason(subject.state, action));
  if (transition.by === 'round_closing') {
    return refuse(
      'workflow.wrong_role',
      `Handlingen ${actionText(action)} sker kun, når Regionsrådet vedtager budgetaftalen; den kan ikke udføres af ${describeActor(actor)}.`,
    );
  }
  const rightRole = transition.by === 'owner' ? actor.role === 'committee_secretariat' : actor.role === transition.by;
  if (!rightRole) {
    return refuse(
      'workflow.wrong_role',
      `Handlingen ${actionText(action)} på et forslag med status ${quote(PROPOSAL_STATE_LABELS[subject.state])} kan kun udføres af ${performerText(transition.by, subject.committee)}, ikke af ${describeActor(actor)}.`,
    );
  }
  if (actor.role === 'committee_secretariat' && actor.committee !== subject.committee) {
    return refuse(
      'workflow.not_owner',
      `Forslaget tilhører udvalget ${quote(subject.committee)}; ${describeActor(actor)} kan ikke udføre ${actionText(action)} på det.`,
    );
  }
  return { ok: true, to: transition.to };
}

function checkDetails(action: WorkflowAction, details: ActionDetails): ActionResult | undefined {
  if (ACTIONS_NEEDING_REMARK.includes(action) && !cleanText(details.remark)) {
    return refuse('workflow.remark_required', `Handlingen ${actionText(action)} kræver en bemærkning til udvalget om, hvad der skal rettes.`);
  }
  const needsTable = ACTIONS_NEEDING_AMENDED_TABLE.includes(action);
  if (needsTable && !details.amendedTable) {
    return refuse(
      'workflow.amended_table_required',
      `Handlingen ${actionText(action)} kræver den ændrede tabel over økonomisk konsekvens; den oprindelige tabel bevares.`,
    );
  }
  if (!needsTable && details.amendedTable) {
    // An amended table on a plain decision would silently be lost, so it is refused.
    const withChanges = action === 'fu_approve' ? 'fu_approve_with_changes' : action === 'rr_adopt' ? 'rr_adopt_with_changes' : undefined;
    const hint = withChanges ? `; brug ${actionText(withChanges)}, hvis beløbene er ændret` : '';
    return refuse('workflow.amended_table_not_allowed', `Handlingen ${actionText(action)} tager ikke en ændret tabel${hint}.`);
  }
  return undefined;
}

/** Applies an action to a proposal: the state it moves to, or a coded Danish refusal. Pure. */
export function applyAction(subject: WorkflowSubject, action: WorkflowAction, actor: Actor, details: ActionDetails = {}): ActionResult {
  const permitted = checkPermission(subject, action, actor);
  if (!permitted.ok) return permitted;
  return checkDetails(action, details) ?? permitted;
}

/** The actions this actor may take on a proposal in this state (ignoring remarks/tables still to give). */
export function allowedActions(state: ProposalState, committee: string, actor: Actor, roundClosed = false): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => checkPermission({ state, committee, roundClosed }, action, actor).ok);
}
