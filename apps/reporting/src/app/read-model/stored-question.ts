import { PUBLISHED_QUESTION_STATES } from '@budgetflow/domain';
import { ParseError, Parser, QuestionSnapshotV1, QuestionWindowV1, fields, nullable, parseQuestionSnapshot, text } from '@budgetflow/contracts';
import { BilagQuestion, BilagQuestionWindow } from '@budgetflow/reporting/bilag';

/** The states of the questions the appendix may print: the domain's published ones. */
export const PRINTABLE_QUESTION_STATES = PUBLISHED_QUESTION_STATES;

/** A report_question row as read, its snapshot not yet checked. */
export interface StoredQuestionRow {
  readonly id: string;
  readonly snapshot: unknown;
}

/**
 * A stored question as the appendix may print it, or null for one in any other state: the wording in force, not the
 * member's original (kept in the row for the record), and the answer only of an approved question. A malformed row
 * is a ParseError naming the row and the field.
 */
export function printableQuestion(row: StoredQuestionRow): BilagQuestion | null {
  const at = `report_question ${row.id}.snapshot`;
  const snapshot = parseQuestionSnapshot(row.snapshot, at);
  if ((snapshot.state === 'approved') !== (snapshot.answer !== null)) throw new ParseError(`${at}.answer`, 'must be given exactly when approved');
  if (snapshot.state !== 'approved' && snapshot.state !== 'merged') return null;
  return bilagQuestion(snapshot, snapshot.state);
}

function bilagQuestion(snapshot: QuestionSnapshotV1, state: BilagQuestion['state']): BilagQuestion {
  const { answer } = snapshot;
  return {
    id: snapshot.questionId,
    number: snapshot.number,
    state,
    asker: { name: snapshot.asker.name, party: snapshot.asker.party },
    askedAt: snapshot.askedAt,
    text: snapshot.text,
    proposalIds: [...snapshot.proposalIds],
    bilag: [...snapshot.bilag],
    answerer: snapshot.answerer,
    mergedInto: snapshot.mergedInto,
    answer: answer
      ? {
          text: answer.text,
          table: answer.table,
          answeredBy: answer.answeredBy,
          answeredAt: answer.answeredAt,
          approvedBy: answer.approvedBy,
          approvedAt: answer.approvedAt,
        }
      : null,
  };
}

/** The window as report_round.question_window keeps it: the event's payload without the round id. */
export type StoredQuestionWindow = Omit<QuestionWindowV1, 'roundId'>;

export function storedQuestionWindowOf({ opensAt, closesAt, closedEarlyAt, answeringDays }: QuestionWindowV1): StoredQuestionWindow {
  return { opensAt, closesAt, closedEarlyAt, answeringDays };
}

const instant: Parser<string> = (value, path) => {
  const written = text(value, path);
  if (Number.isNaN(Date.parse(written))) throw new ParseError(path, 'must be an ISO 8601 time');
  return written;
};

const parseWindow = fields<BilagQuestionWindow>({ opensAt: instant, closesAt: instant, closedEarlyAt: nullable(instant) });

/** The stored window as the appendix prints it (null before the budget office set it); a malformed column names the row. */
export function bilagQuestionWindow(roundId: string, value: unknown): BilagQuestionWindow | null {
  return value === null ? null : parseWindow(value, `report_round ${roundId}.question_window`);
}
