import { Actor } from './actor';

/** What visibility needs of a proposal. */
export interface VisibleProposal {
  readonly committee: string;
  /** False until the proposal is submitted for the first time. */
  readonly everSubmitted: boolean;
}

/**
 * Who may read a proposal. Until its first submission a proposal is its committee's draft: only that committee and
 * the budget office (which helps committees with their proposals and may import them on their behalf) see it,
 * its history included. Once submitted it is part of the round's material, and everyone may read it.
 */
export function mayReadProposal(actor: Actor, proposal: VisibleProposal): boolean {
  if (proposal.everSubmitted || actor.role === 'budget_office') return true;
  return actor.role === 'committee_secretariat' && actor.committee === proposal.committee;
}

/** The committees whose drafts this actor may read: all (null), its own, or none. */
export function readableDraftsOf(actor: Actor): { readonly all: true } | { readonly committee: string } | null {
  if (actor.role === 'budget_office') return { all: true };
  return actor.role === 'committee_secretariat' ? { committee: actor.committee } : null;
}
