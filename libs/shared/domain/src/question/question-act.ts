/** What is done to a budget question (the window's closing is the round's, not a question's). */
export type QuestionAct = 'ask' | 'reword' | 'merge' | 'assign' | 'answer' | 'send_back' | 'approve';

export const QUESTION_ACTS: readonly QuestionAct[] = ['ask', 'reword', 'merge', 'assign', 'answer', 'send_back', 'approve'];

/** Danish labels of the acts, as the history shows them. */
export const QUESTION_ACT_LABELS: Readonly<Record<QuestionAct, string>> = {
  ask: 'Spørgsmål stillet',
  reword: 'Omformuleret',
  merge: 'Lagt sammen',
  assign: 'Fordelt',
  answer: 'Besvaret',
  send_back: 'Sendt tilbage',
  approve: 'Godkendt og offentliggjort',
};
