import { QuestionSnapshotV1 } from '@budgetflow/contracts';
import { StoredQuestion } from '../store/stored-question';

/** The question as its events carry it: the answer only once approved, so no draft leaves the workflow. */
export function questionSnapshot(question: StoredQuestion): QuestionSnapshotV1 {
  const published = question.state === 'approved' && question.answer && question.approvedAt && question.approvedBy;
  return {
    questionId: question.id,
    roundId: question.roundId,
    number: question.number,
    state: question.state,
    askedAt: question.askedAt.toISOString(),
    asker: { ...question.asker },
    originalText: question.originalText,
    text: question.text,
    proposalIds: [...question.proposalIds],
    bilag: [...question.bilag],
    answerer: question.answerer ? { ...question.answerer } : null,
    assignedAt: question.assignedAt?.toISOString() ?? null,
    deadline: question.deadline?.toISOString() ?? null,
    mergedInto: question.mergedInto ? { ...question.mergedInto } : null,
    answer:
      published && question.answer && question.approvedAt && question.approvedBy
        ? {
            text: question.answer.text,
            table: question.answer.table,
            answeredBy: question.answer.answeredBy,
            answeredAt: question.answer.answeredAt.toISOString(),
            approvedBy: question.approvedBy,
            approvedAt: question.approvedAt.toISOString(),
          }
        : null,
  };
}
