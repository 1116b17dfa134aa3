/** The limits of a budget question and its answer, defined once: the API's DTOs and validation apply these. */
export const QUESTION_LIMITS = {
  /** Characters of a question (a member's e-mail question is rarely a page). */
  textCharacters: 5_000,
  /** Characters of an answer (about eight pages of the appendix). */
  answerCharacters: 20_000,
  /** Characters of the budget office's remark when it sends an answer back. */
  remarkCharacters: 2_000,
  /** Proposals a question concerns. */
  proposals: 20,
  /** Bilag a question concerns, by name. */
  bilag: 10,
  /** Characters of a bilag's name. */
  bilagCharacters: 200,
  /** Rows of an answer's table of amounts («a small table»). */
  answerTableRows: 10,
  /** Characters of a row's label. */
  rowLabelCharacters: 200,
} as const;
