import { Actor } from '../workflow/actor';
import { Answerer, isAnswerer } from './answerer';
import { QuestionState } from './question-state';

/** What visibility needs of a question. */
export interface VisibleQuestion {
  /** The login id of the member who asked. */
  readonly askedBy: string;
  readonly state: QuestionState;
  readonly answerer: Answerer | null;
}

/**
 * Who may read a question. The budget office reads every one; an answerer the questions assigned to it; a member its
 * own; everyone (every member, the secretariats, readers) a question once its answer is approved and published.
 */
export function mayReadQuestion(actor: Actor, userId: string, question: VisibleQuestion): boolean {
  if (question.state === 'approved' || actor.role === 'budget_office') return true;
  if (actor.role === 'politician') return question.askedBy === userId;
  return isAnswerer(actor, question.answerer);
}

/**
 * Who may read the answer: once approved, everyone who reads the question; before, only the budget office and the
 * answerer who writes it. A member never sees an unapproved answer, not even to its own question.
 */
export function mayReadAnswer(actor: Actor, question: Pick<VisibleQuestion, 'state' | 'answerer'>): boolean {
  if (question.state === 'approved') return true;
  return actor.role === 'budget_office' || isAnswerer(actor, question.answerer);
}

/**
 * Who reads an answer's drafts and the budget office's remarks on them, also after the approval: only the budget office
 * and the answerer. Everyone else only ever sees the approved answer.
 */
export function mayReadDrafts(actor: Actor, question: Pick<VisibleQuestion, 'answerer'>): boolean {
  return actor.role === 'budget_office' || isAnswerer(actor, question.answerer);
}

/** The questions an actor may list: all, its committee's, a member's own (with every approved one), or the approved ones. */
export type QuestionScope = { readonly all: true } | { readonly committee: string } | { readonly askedBy: string } | { readonly approvedOnly: true };

export function questionScopeOf(actor: Actor, userId: string): QuestionScope {
  if (actor.role === 'budget_office') return { all: true };
  if (actor.role === 'committee_secretariat') return { committee: actor.committee };
  if (actor.role === 'politician') return { askedBy: userId };
  return { approvedOnly: true };
}
