import { Actor } from '../workflow/actor';

/** Who answers a question: a committee's secretariat (for its committee's area), or the budget office itself. */
export type Answerer = { readonly kind: 'committee'; readonly committee: string } | { readonly kind: 'budget_office' };

export const ANSWERER_KINDS: readonly Answerer['kind'][] = ['committee', 'budget_office'];

/** The answerer in Danish: «Udvalgssekretariatet for SU», «Koncernøkonomi». */
export function answererText(answerer: Answerer): string {
  return answerer.kind === 'committee' ? `Udvalgssekretariatet for ${answerer.committee}` : 'Koncernøkonomi';
}

/** True when the actor is the answerer: the committee's own secretariat, or the budget office for itself. */
export function isAnswerer(actor: Actor, answerer: Answerer | null): boolean {
  if (!answerer) return false;
  if (answerer.kind === 'budget_office') return actor.role === 'budget_office';
  return actor.role === 'committee_secretariat' && actor.committee === answerer.committee;
}
