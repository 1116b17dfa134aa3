import { AnswerTable, QuestionState } from '@budgetflow/domain';
import { defineEvent } from '../event-definition';
import { questionChangedPayload, questionWindowPayload } from '../parse/question-payloads';
import { Topic } from '../topics';

/**
 * A budget question as the workflow publishes it with every act (aggregate = question id): who asked and when, the
 * member's original wording and the wording in force, what it concerns, its answerer and deadline, what it was merged
 * into, and the answer once approved. An answer the budget office has not approved never leaves the workflow.
 */
export interface QuestionSnapshotV1 {
  questionId: string;
  roundId: string;
  /** 1, 2, 3 … per round in the order the questions arrived, without gaps. */
  number: number;
  state: QuestionState;
  askedAt: string;
  asker: { id: string; name: string; party: string };
  /** The member's own wording, kept when the budget office rewords. */
  originalText: string;
  /** The wording in force (the original, or the budget office's rewording). */
  text: string;
  proposalIds: string[];
  bilag: string[];
  answerer: { kind: 'committee'; committee: string } | { kind: 'budget_office' } | null;
  assignedAt: string | null;
  deadline: string | null;
  mergedInto: { questionId: string; number: number } | null;
  /** Only once approved (state approved): the published answer. */
  answer: PublishedAnswerV1 | null;
}

export interface PublishedAnswerV1 {
  text: string;
  table: AnswerTable | null;
  /** Who wrote it, as the record names them («Søren Ulriksen, Udvalgssekretariatet for SU»). */
  answeredBy: string;
  answeredAt: string;
  approvedBy: string;
  approvedAt: string;
}

/** Every question event's payload: the question after the act. */
export interface QuestionChangedV1 {
  question: QuestionSnapshotV1;
}

/** The round's question window (aggregate = round id), after the budget office set or closed it. */
export interface QuestionWindowV1 {
  roundId: string;
  opensAt: string;
  closesAt: string;
  closedEarlyAt: string | null;
  answeringDays: number;
}

/** The workflow's events about budget questions, on Topic.WorkflowEvents beside the proposals' events. */
export const QuestionEvent = {
  Asked: defineEvent(Topic.WorkflowEvents, 'question.asked', 1, questionChangedPayload),
  Reworded: defineEvent(Topic.WorkflowEvents, 'question.reworded', 1, questionChangedPayload),
  Merged: defineEvent(Topic.WorkflowEvents, 'question.merged', 1, questionChangedPayload),
  Assigned: defineEvent(Topic.WorkflowEvents, 'question.assigned', 1, questionChangedPayload),
  /** A draft answer was written (its text stays in the workflow until approved). */
  Answered: defineEvent(Topic.WorkflowEvents, 'question.answered', 1, questionChangedPayload),
  SentBack: defineEvent(Topic.WorkflowEvents, 'question.sent-back', 1, questionChangedPayload),
  /** The answer is approved and published to every member: the snapshot carries it. */
  Approved: defineEvent(Topic.WorkflowEvents, 'question.approved', 1, questionChangedPayload),
  WindowSet: defineEvent(Topic.WorkflowEvents, 'question-window.set', 1, questionWindowPayload),
  WindowClosed: defineEvent(Topic.WorkflowEvents, 'question-window.closed', 1, questionWindowPayload),
} as const;

/** The events of the acts on one question, in the order of the domain's QUESTION_ACTS. */
export const QUESTION_ACT_EVENTS = {
  ask: QuestionEvent.Asked,
  reword: QuestionEvent.Reworded,
  merge: QuestionEvent.Merged,
  assign: QuestionEvent.Assigned,
  answer: QuestionEvent.Answered,
  send_back: QuestionEvent.SentBack,
  approve: QuestionEvent.Approved,
} as const;
