/**
 * Where a budget question stands. Asked by a member; assigned to an answerer with a deadline; answered (a draft the
 * budget office has not approved); sent back to the answerer with a remark; approved (published to every member);
 * or merged into another question that answers it.
 */
export type QuestionState = 'asked' | 'assigned' | 'answered' | 'sent_back' | 'approved' | 'merged';

export const QUESTION_STATES: readonly QuestionState[] = ['asked', 'assigned', 'answered', 'sent_back', 'approved', 'merged'];

/** The states in which a question may be published: approved, and merged into another question that answers it. */
export const PUBLISHED_QUESTION_STATES = ['approved', 'merged'] as const satisfies readonly QuestionState[];

/** Danish labels of the states. */
export const QUESTION_STATE_LABELS: Readonly<Record<QuestionState, string>> = {
  asked: 'Modtaget',
  assigned: 'Fordelt til besvarelse',
  answered: 'Besvaret, afventer godkendelse',
  sent_back: 'Sendt tilbage til besvarelse',
  approved: 'Godkendt og offentliggjort',
  merged: 'Lagt sammen med et andet spørgsmål',
};

/** The states in which the answerer owes an answer: a deadline can pass in them. */
export const AWAITING_ANSWER_STATES: readonly QuestionState[] = ['assigned', 'sent_back'];

export function isQuestionState(value: unknown): value is QuestionState {
  return QUESTION_STATES.includes(value as QuestionState);
}
