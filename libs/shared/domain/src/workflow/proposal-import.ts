import { Actor, describeActor } from './actor';
import { PROPOSAL_STATE_LABELS, ProposalState } from './proposal-state';
import { upperFirst } from '../validation/text';

/**
 * The history action of an imported proposal: a committee importing its own proposals creates and edits its drafts
 * as through the API; the budget office importing on a committee's behalf leaves its own line in the history, so
 * the committee can always tell which of its drafts the budget office wrote.
 */
export type ImportHistoryAction = 'create' | 'edit' | 'import_on_behalf';

/** What an import does to one proposal: create a draft, or replace the content of an existing draft. */
export type ImportChange = 'create' | 'update';

/** Stable codes of refused imports. */
export type ImportRefusalCode = 'workflow.round_closed' | 'workflow.not_owner' | 'proposal.import_not_allowed' | 'proposal.import_not_draft';

/** The proposal an import line is for: its committee, and the state of the proposal with that reference, if any. */
export interface ImportTarget {
  readonly committee: string;
  /** The state of the round's proposal with the same reference; null when there is none. */
  readonly existingState: ProposalState | null;
  readonly roundClosed: boolean;
}

export type ImportDecision =
  | { readonly ok: true; readonly change: ImportChange; readonly historyAction: ImportHistoryAction }
  | { readonly ok: false; readonly code: ImportRefusalCode; readonly reason: string };

/**
 * Who may import proposals from a spreadsheet, and what it does. A committee secretariat imports only for its own
 * committee; the budget office may create and update any committee's drafts by import on its behalf (it already
 * reads every draft, see mayReadProposal), and nobody else imports. An import only ever writes drafts: a proposal
 * with the same reference is updated only while it is a draft, never once submitted; a closed round takes nothing.
 * The imported draft stays the committee's own: only the committee submits it.
 */
export function decideImport(actor: Actor, target: ImportTarget): ImportDecision {
  if (target.roundClosed) return { ok: false, code: 'workflow.round_closed', reason: 'Runden er afsluttet med budgetaftalen; der kan ikke indlæses forslag.' };
  const onBehalf = actor.role === 'budget_office';
  if (actor.role !== 'committee_secretariat' && !onBehalf) {
    return {
      ok: false,
      code: 'proposal.import_not_allowed',
      reason: 'Kun et udvalgssekretariat (for eget udvalg) og Koncernøkonomi (på et udvalgs vegne) kan indlæse forslag.',
    };
  }
  if (actor.role === 'committee_secretariat' && actor.committee !== target.committee) {
    return { ok: false, code: 'workflow.not_owner', reason: `${upperFirst(describeActor(actor))} kan ikke indlæse forslag for «${target.committee}».` };
  }
  if (target.existingState === null) return { ok: true, change: 'create', historyAction: onBehalf ? 'import_on_behalf' : 'create' };
  if (target.existingState !== 'draft') {
    return {
      ok: false,
      code: 'proposal.import_not_draft',
      reason: `Forslaget med denne reference har status «${PROPOSAL_STATE_LABELS[target.existingState]}»; en indlæsning kan kun oprette kladder og opdatere kladder.`,
    };
  }
  return { ok: true, change: 'update', historyAction: onBehalf ? 'import_on_behalf' : 'edit' };
}
