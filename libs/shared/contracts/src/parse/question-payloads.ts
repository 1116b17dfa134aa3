import { AnswerTable, AnswerTableRow, QUESTION_STATES } from '@budgetflow/domain';
import type { EventEnvelope } from '../envelope';
import type { PublishedAnswerV1, QuestionChangedV1, QuestionSnapshotV1, QuestionWindowV1 } from '../events/question-events';
import { parseTableCells } from './domain-values';
import { ParseError, Parser, array, fields, integer, nonEmptyText, nullable, object, oneOf, positiveInteger, text } from './reader';

const instant: Parser<string> = (value, path) => {
  const written = text(value, path);
  if (Number.isNaN(Date.parse(written))) throw new ParseError(path, 'must be an ISO 8601 time');
  return written;
};

const answerer: Parser<QuestionSnapshotV1['answerer'] & object> = (value, path) => {
  const source = object(value, path);
  const kind = oneOf(['committee', 'budget_office'] as const)(source['kind'], `${path}.kind`);
  return kind === 'committee' ? { kind, committee: nonEmptyText(source['committee'], `${path}.committee`) } : { kind };
};

/** An answer's table of amounts (exact integers of thousand kroner per column). */
export const parseAnswerTable: Parser<AnswerTable> = fields<AnswerTable>({
  rows: (value, path) => array(value, path, fields<AnswerTableRow>({ label: nonEmptyText, cells: parseTableCells })),
});

const publishedAnswer = fields<PublishedAnswerV1>({
  text: nonEmptyText,
  table: nullable(parseAnswerTable),
  answeredBy: nonEmptyText,
  answeredAt: instant,
  approvedBy: nonEmptyText,
  approvedAt: instant,
});

/** A question's snapshot as the workflow's events carry it. */
export const parseQuestionSnapshot: Parser<QuestionSnapshotV1> = fields<QuestionSnapshotV1>({
  questionId: nonEmptyText,
  roundId: nonEmptyText,
  number: positiveInteger,
  state: oneOf(QUESTION_STATES),
  askedAt: instant,
  asker: fields<QuestionSnapshotV1['asker']>({ id: nonEmptyText, name: nonEmptyText, party: nonEmptyText }),
  originalText: nonEmptyText,
  text: nonEmptyText,
  proposalIds: (value, path) => array(value, path, nonEmptyText),
  bilag: (value, path) => array(value, path, nonEmptyText),
  answerer: nullable(answerer),
  assignedAt: nullable(instant),
  deadline: nullable(instant),
  mergedInto: nullable(fields<{ questionId: string; number: number }>({ questionId: nonEmptyText, number: positiveInteger })),
  answer: nullable(publishedAnswer),
});

const parseQuestionChanged: Parser<QuestionChangedV1> = (value, path) => {
  const { question } = fields<QuestionChangedV1>({ question: parseQuestionSnapshot })(value, path);
  // An unapproved answer never travels: a snapshot has an answer exactly when it is approved.
  if ((question.state === 'approved') !== (question.answer !== null)) throw new ParseError(`${path}.question.answer`, 'must be given exactly when approved');
  return { question };
};

const parseQuestionWindow = fields<QuestionWindowV1>({
  roundId: nonEmptyText,
  opensAt: instant,
  closesAt: instant,
  closedEarlyAt: nullable(instant),
  answeringDays: integer,
});

function aggregateOf<T>(parse: Parser<T>, aggregate: (payload: T) => string): (envelope: EventEnvelope) => T {
  return (envelope) => {
    const payload = parse(envelope.payload, 'payload');
    if (aggregate(payload) !== envelope.aggregateId) throw new ParseError('aggregateId', `must be the aggregate the payload names (${aggregate(payload)})`);
    return payload;
  };
}

/** question.*.v1 (aggregate = question id). */
export const questionChangedPayload = aggregateOf(parseQuestionChanged, (payload) => payload.question.questionId);
/** question-window.*.v1 (aggregate = round id). */
export const questionWindowPayload = aggregateOf(parseQuestionWindow, (payload) => payload.roundId);
