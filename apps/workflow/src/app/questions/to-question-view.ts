import {
  Actor,
  QUESTION_ACT_LABELS,
  QUESTION_STATE_LABELS,
  QuestionAct,
  actorDisplayText,
  allowedQuestionActs,
  answererText,
  isOverdue,
  isQuestionState,
  mayReadAnswer,
  mayReadDrafts,
  questionTitle,
} from '@budgetflow/domain';
import { StoredQuestion } from '../store/stored-question';
import { QuestionHistoryLine } from './question-store';
import { QuestionHistoryEntryView, QuestionView } from './question.view';

/** The question as this caller (`userId` in the role of `actor`) may see it, at `now` (for overdue). */
export function toQuestionView(question: StoredQuestion, actor: Actor, userId: string, now: Date): QuestionView {
  const answerVisible = question.answer !== null && mayReadAnswer(actor, question);
  return {
    id: question.id,
    roundId: question.roundId,
    number: question.number,
    title: questionTitle(question.number),
    state: question.state,
    stateLabel: QUESTION_STATE_LABELS[question.state],
    askedAt: question.askedAt.toISOString(),
    asker: { name: question.asker.name, party: question.asker.party },
    mine: question.asker.id === userId,
    text: question.text,
    originalText: question.originalText,
    reworded: question.text !== question.originalText,
    proposalIds: [...question.proposalIds],
    bilag: [...question.bilag],
    answerer: question.answerer
      ? {
          kind: question.answerer.kind,
          committee: question.answerer.kind === 'committee' ? question.answerer.committee : null,
          label: answererText(question.answerer),
        }
      : null,
    assignedAt: question.assignedAt?.toISOString() ?? null,
    deadline: question.deadline?.toISOString() ?? null,
    overdue: isOverdue(question, now),
    mergedInto: question.mergedInto ? { ...question.mergedInto } : null,
    answer:
      answerVisible && question.answer
        ? {
            text: question.answer.text,
            table: question.answer.table ? { rows: question.answer.table.rows.map((row) => ({ label: row.label, cells: row.cells })) } : null,
            answeredAt: question.answer.answeredAt.toISOString(),
            answeredBy: question.answer.answeredBy,
            approvedAt: question.approvedAt?.toISOString() ?? null,
            approvedBy: question.approvedBy,
          }
        : null,
    remark: mayReadDrafts(actor, question) ? question.remark : null,
    version: question.version,
    allowedActs: allowedQuestionActs(question, actor),
  };
}

// The acts whose written text is a draft answer or a remark on one: shown only to those who read drafts.
const DRAFT_TEXT_ACTS: readonly string[] = ['answer', 'send_back'];

/** A history line as this caller may see it. */
export function toQuestionHistoryView(line: QuestionHistoryLine, question: StoredQuestion, actor: Actor): QuestionHistoryEntryView {
  const act = line.act as QuestionAct;
  const textVisible = !DRAFT_TEXT_ACTS.includes(line.act) || mayReadDrafts(actor, question);
  return {
    at: line.at.toISOString(),
    act,
    actLabel: QUESTION_ACT_LABELS[act] ?? line.act,
    actor: actorDisplayText({ id: line.actorId, role: line.actorRole, committee: line.actorCommittee, party: line.actorParty, name: line.actorName }),
    actorRole: line.actorRole,
    actorName: line.actorName,
    actorParty: line.actorParty,
    actorCommittee: line.actorCommittee,
    fromState: line.fromState && isQuestionState(line.fromState) ? line.fromState : null,
    toState: isQuestionState(line.toState) ? line.toState : question.state,
    text: textVisible ? line.text : null,
  };
}
