import { QUESTION_ACT_EVENTS } from '@budgetflow/contracts';
import { QuestionAct, actorDisplayText } from '@budgetflow/domain';
import { newEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext, actorOnRecord } from '@budgetflow/platform';
import { StoredQuestion } from '../store/stored-question';
import { QuestionChange, QuestionTransaction } from './question-store';
import { questionSnapshot } from './question-snapshot';

/** What an act puts on record beside the question's new state. */
export interface QuestionRecord {
  readonly text?: string | null;
  readonly detail?: Record<string, unknown> | null;
}

/** The person on the record, as the history and the question show them («Karen Holm, Koncernøkonomi»). */
export function personOnRecord(user: AuthenticatedUser): string {
  return actorDisplayText(actorOnRecord(user));
}

/**
 * Records an allowed act in the caller's transaction: the question's change (one more version and event), the
 * history line with the person and the time, and the act's event with the question's snapshot in the outbox.
 */
export async function recordQuestionAct(
  tx: QuestionTransaction,
  before: StoredQuestion | null,
  after: StoredQuestion | ((tx: QuestionTransaction) => Promise<StoredQuestion>),
  act: QuestionAct,
  user: AuthenticatedUser,
  request: RequestContext,
  at: Date,
  record: QuestionRecord = {},
): Promise<StoredQuestion> {
  const question = typeof after === 'function' ? await after(tx) : after;
  const actor = actorOnRecord(user);
  const context = { actor, correlationId: request.correlationId, causationId: request.requestId, occurredAt: at.toISOString() };
  const event = newEvent(QUESTION_ACT_EVENTS[act], { id: question.id, sequence: question.eventCount }, { question: questionSnapshot(question) }, context);
  await tx.publish(event);
  await tx.appendHistory({
    questionId: question.id,
    at,
    actorId: actor.id,
    actorRole: actor.role,
    actorCommittee: actor.committee ?? null,
    actorParty: actor.party ?? null,
    actorName: actor.name ?? null,
    act,
    fromState: before?.state ?? null,
    toState: question.state,
    version: question.version,
    text: record.text ?? null,
    detail: record.detail ?? null,
    eventId: event.envelope.id,
  });
  return question;
}

/** The change of an act applied to a locked question, then recorded. */
export function changeAndRecord(
  tx: QuestionTransaction,
  before: StoredQuestion,
  change: QuestionChange,
  act: QuestionAct,
  user: AuthenticatedUser,
  request: RequestContext,
  at: Date,
  record: QuestionRecord = {},
): Promise<StoredQuestion> {
  return recordQuestionAct(tx, before, (inner) => inner.changeQuestion(before.id, change), act, user, request, at, record);
}
