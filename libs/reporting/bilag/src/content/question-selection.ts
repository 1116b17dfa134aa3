import { BilagQuestion } from '../model/bilag-data';

/**
 * The questions the appendix prints: every approved one, and every one merged into a question that is approved, its
 * `mergedInto` the approved question at the end of the merges (7 into 5 into 3: 7 is answered with 3). A merged
 * question whose answer is not approved yet, and any question in another state, is left out. By number.
 */
export function printableQuestions(questions: readonly BilagQuestion[]): BilagQuestion[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const answeredWith = (question: BilagQuestion): BilagQuestion | null => {
    const seen = new Set<string>();
    let current: BilagQuestion | undefined = question;
    while (current && current.state === 'merged' && current.mergedInto && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.mergedInto.questionId);
    }
    return current?.state === 'approved' && current.answer !== null ? current : null;
  };
  return questions
    .flatMap((question): BilagQuestion[] => {
      const answered = answeredWith(question);
      if (!answered) return [];
      if (question.state === 'approved') return [question];
      return [{ ...question, mergedInto: { questionId: answered.id, number: answered.number } }];
    })
    .sort((a, b) => a.number - b.number);
}

/** True when the round has an approved answer, so the appendix can be made. */
export function hasApprovedAnswer(questions: readonly Pick<BilagQuestion, 'state'>[]): boolean {
  return questions.some((question) => question.state === 'approved');
}
