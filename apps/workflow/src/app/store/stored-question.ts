import { nullable, oneOf, parseAnswerTable } from '@budgetflow/contracts';
import { AnswerTable, Answerer, QUESTION_STATES, QuestionState, QuestionWindow, VisibleQuestion } from '@budgetflow/domain';
import { Question as QuestionRow, QuestionRound as QuestionRoundRow } from '@budgetflow/workflow/data-access';

/** The member who asked: login id, name on the record, party. */
export interface Asker {
  readonly id: string;
  readonly name: string;
  readonly party: string;
}

/** The answer as written (a draft until approved): its text and table, who wrote it and when. */
export interface StoredAnswer {
  readonly text: string;
  readonly table: AnswerTable | null;
  readonly answeredAt: Date;
  readonly answeredBy: string;
}

/** A budget question as the workflow keeps it. */
export interface StoredQuestion {
  readonly id: string;
  readonly roundId: string;
  readonly number: number;
  readonly state: QuestionState;
  readonly askedAt: Date;
  readonly asker: Asker;
  readonly originalText: string;
  readonly text: string;
  readonly proposalIds: readonly string[];
  readonly bilag: readonly string[];
  readonly answerer: Answerer | null;
  readonly assignedAt: Date | null;
  readonly deadline: Date | null;
  readonly answer: StoredAnswer | null;
  /** The budget office's remark when it last sent the answer back. */
  readonly remark: string | null;
  readonly approvedAt: Date | null;
  readonly approvedBy: string | null;
  readonly mergedInto: { readonly questionId: string; readonly number: number } | null;
  readonly version: number;
  readonly eventCount: number;
}

const parseState = oneOf(QUESTION_STATES);
const parseAnswererKind = nullable(oneOf(['committee', 'budget_office'] as const));

/** The one place a question row becomes a StoredQuestion; a malformed column is a ParseError naming the row. */
export function readQuestion(row: QuestionRow): StoredQuestion {
  const where = `question ${row.id}`;
  const kind = parseAnswererKind(row.answererKind, `${where}.answererKind`);
  const answerer: Answerer | null = kind === 'committee' ? { kind, committee: row.answererCommittee ?? '' } : kind ? { kind } : null;
  return {
    id: row.id,
    roundId: row.roundId,
    number: row.number,
    state: parseState(row.state, `${where}.state`),
    askedAt: row.askedAt,
    asker: { id: row.askedBy, name: row.askedByName, party: row.askedByParty },
    originalText: row.originalText,
    text: row.text,
    proposalIds: row.proposalIds,
    bilag: row.bilag,
    answerer,
    assignedAt: row.assignedAt,
    deadline: row.deadline,
    answer:
      row.answerText !== null && row.answeredAt && row.answeredBy
        ? {
            text: row.answerText,
            table: nullable(parseAnswerTable)(row.answerTable, `${where}.answerTable`),
            answeredAt: row.answeredAt,
            answeredBy: row.answeredBy,
          }
        : null,
    remark: row.remark,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedBy,
    mergedInto: row.mergedInto && row.mergedIntoNumber ? { questionId: row.mergedInto, number: row.mergedIntoNumber } : null,
    version: row.version,
    eventCount: row.eventCount,
  };
}

/** A round's question window as the domain uses it. */
export function readQuestionWindow(row: QuestionRoundRow): QuestionWindow {
  return { opensAt: row.opensAt, closesAt: row.closesAt, closedEarlyAt: row.closedEarlyAt, answeringDays: row.answeringDays };
}

/** What the domain's visibility rules need of a question. */
export function visibleQuestion(question: StoredQuestion): VisibleQuestion {
  return { askedBy: question.asker.id, state: question.state, answerer: question.answerer };
}
