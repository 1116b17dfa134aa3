import { joinDanish, quote } from '../validation/text';
import { Actor, describeActor } from '../workflow/actor';
import { Answerer, answererText, isAnswerer } from './answerer';
import { QUESTION_ACT_LABELS, QUESTION_ACTS, QuestionAct } from './question-act';
import { QUESTION_STATE_LABELS, QuestionState } from './question-state';

/** Who performs an act on a question: the member who asks, the budget office, or the question's answerer. */
export type QuestionPerformer = 'member' | 'budget_office' | 'answerer';

/** One allowed move of a question; anything not listed is refused. */
export interface QuestionTransition {
  /** null: the act creates the question. */
  readonly from: QuestionState | null;
  readonly act: QuestionAct;
  readonly by: QuestionPerformer;
  readonly to: QuestionState;
}

/** Who may do what to a budget question, from which state. */
export const QUESTION_TRANSITIONS: readonly QuestionTransition[] = [
  { from: null, act: 'ask', by: 'member', to: 'asked' },
  // The budget office rewords for clarity until an answer is written; the member's original wording is kept.
  { from: 'asked', act: 'reword', by: 'budget_office', to: 'asked' },
  { from: 'assigned', act: 'reword', by: 'budget_office', to: 'assigned' },
  { from: 'sent_back', act: 'reword', by: 'budget_office', to: 'sent_back' },
  // A duplicate is merged into the question that answers it; it keeps its number and text.
  { from: 'asked', act: 'merge', by: 'budget_office', to: 'merged' },
  { from: 'assigned', act: 'merge', by: 'budget_office', to: 'merged' },
  { from: 'sent_back', act: 'merge', by: 'budget_office', to: 'merged' },
  { from: 'asked', act: 'assign', by: 'budget_office', to: 'assigned' },
  // Assigned again: to another answerer, or the same with a new deadline.
  { from: 'assigned', act: 'assign', by: 'budget_office', to: 'assigned' },
  { from: 'sent_back', act: 'assign', by: 'budget_office', to: 'assigned' },
  { from: 'assigned', act: 'answer', by: 'answerer', to: 'answered' },
  { from: 'sent_back', act: 'answer', by: 'answerer', to: 'answered' },
  // The draft may be improved until the budget office decides on it.
  { from: 'answered', act: 'answer', by: 'answerer', to: 'answered' },
  { from: 'answered', act: 'send_back', by: 'budget_office', to: 'sent_back' },
  { from: 'answered', act: 'approve', by: 'budget_office', to: 'approved' },
];

/** A question as the rules see it: its state and its answerer (null until assigned). */
export interface QuestionSubject {
  readonly state: QuestionState | null;
  readonly answerer: Answerer | null;
}

export type QuestionRefusalCode = 'question.wrong_role' | 'question.not_answerer' | 'question.invalid_transition';

export type QuestionActResult =
  { readonly ok: true; readonly to: QuestionState } | { readonly ok: false; readonly code: QuestionRefusalCode; readonly reason: string };

const PERFORMER_TEXT: Readonly<Record<Exclude<QuestionPerformer, 'answerer'>, string>> = {
  member: 'et regionsrådsmedlem',
  budget_office: 'Koncernøkonomi',
};

function performerText(by: QuestionPerformer, answerer: Answerer | null): string {
  if (by !== 'answerer') return PERFORMER_TEXT[by];
  return answerer ? `den, der skal besvare spørgsmålet (${answererText(answerer)})` : 'den, spørgsmålet er fordelt til';
}

function rightRole(by: QuestionPerformer, actor: Actor): boolean {
  if (by === 'member') return actor.role === 'politician';
  if (by === 'budget_office') return actor.role === 'budget_office';
  return actor.role === 'committee_secretariat' || actor.role === 'budget_office';
}

function stateText(state: QuestionState | null): string {
  return state === null ? 'et nyt spørgsmål' : `et spørgsmål med status ${quote(QUESTION_STATE_LABELS[state])}`;
}

/** Applies an act to a question: the state it moves to, or a coded Danish refusal naming the state and the act. Pure. */
export function applyQuestionAct(subject: QuestionSubject, act: QuestionAct, actor: Actor): QuestionActResult {
  const label = quote(QUESTION_ACT_LABELS[act]);
  const transition = QUESTION_TRANSITIONS.find((candidate) => candidate.from === subject.state && candidate.act === act);
  if (!transition) {
    const possible = QUESTION_TRANSITIONS.filter((candidate) => candidate.from === subject.state).map((candidate) => quote(QUESTION_ACT_LABELS[candidate.act]));
    const options = possible.length > 0 ? `; mulige handlinger er ${joinDanish([...new Set(possible)])}` : '; spørgsmålet er færdigbehandlet';
    return { ok: false, code: 'question.invalid_transition', reason: `Handlingen ${label} er ikke mulig for ${stateText(subject.state)}${options}.` };
  }
  if (!rightRole(transition.by, actor)) {
    return {
      ok: false,
      code: 'question.wrong_role',
      reason: `Handlingen ${label} på ${stateText(subject.state)} kan kun udføres af ${performerText(transition.by, subject.answerer)}, ikke af ${describeActor(actor)}.`,
    };
  }
  if (transition.by === 'answerer' && !isAnswerer(actor, subject.answerer)) {
    return {
      ok: false,
      code: 'question.not_answerer',
      reason: `Spørgsmålet er fordelt til ${subject.answerer ? answererText(subject.answerer) : 'ingen'}; ${describeActor(actor)} kan ikke besvare det.`,
    };
  }
  return { ok: true, to: transition.to };
}

/** The acts this actor may take on a question in this state (asking is not an act on an existing question). */
export function allowedQuestionActs(subject: QuestionSubject, actor: Actor): QuestionAct[] {
  return QUESTION_ACTS.filter((act) => act !== 'ask' && applyQuestionAct(subject, act, actor).ok);
}
