import { AWAITING_ANSWER_STATES, QuestionState } from './question-state';

/** What overdue needs of a question. */
export interface DeadlinedQuestion {
  readonly state: QuestionState;
  /** Set when the question is assigned; null before. */
  readonly deadline: Date | null;
}

/**
 * Overdue: the deadline has passed and the answerer still owes the answer (assigned, or sent back). An answer
 * delivered in time is not overdue while it waits for the budget office's approval.
 */
export function isOverdue(question: DeadlinedQuestion, now: Date): boolean {
  return question.deadline !== null && AWAITING_ANSWER_STATES.includes(question.state) && now.getTime() >= question.deadline.getTime();
}
