import { parseBudgetRound } from '@budgetflow/contracts';
import { BudgetRound, QuestionWindow } from '@budgetflow/domain';
import { OutgoingEvent, appendToOutbox } from '@budgetflow/messaging';
import { jsonColumn } from '@budgetflow/platform';
import { Prisma, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { LockedQuestionRound, QuestionChange, QuestionHistoryLine, QuestionStore, QuestionTransaction } from '../questions/question-store';
import { StoredQuestion, readQuestion, readQuestionWindow } from './stored-question';

type Tx = Prisma.TransactionClient;

// The columns an act changes, from the domain's names to the row's.
function questionData(change: QuestionChange): Prisma.QuestionUpdateInput {
  return {
    ...(change.state !== undefined ? { state: change.state } : {}),
    ...(change.text !== undefined ? { text: change.text } : {}),
    ...(change.answerer !== undefined
      ? { answererKind: change.answerer?.kind ?? null, answererCommittee: change.answerer?.kind === 'committee' ? change.answerer.committee : null }
      : {}),
    ...(change.assignedAt !== undefined ? { assignedAt: change.assignedAt } : {}),
    ...(change.deadline !== undefined ? { deadline: change.deadline } : {}),
    ...(change.answer !== undefined
      ? {
          answerText: change.answer?.text ?? null,
          answerTable: change.answer?.table ? jsonColumn(change.answer.table) : Prisma.DbNull,
          answeredAt: change.answer?.answeredAt ?? null,
          answeredBy: change.answer?.answeredBy ?? null,
        }
      : {}),
    ...(change.remark !== undefined ? { remark: change.remark } : {}),
    ...(change.approvedAt !== undefined ? { approvedAt: change.approvedAt } : {}),
    ...(change.approvedBy !== undefined ? { approvedBy: change.approvedBy } : {}),
    ...(change.mergedInto !== undefined ? { mergedInto: change.mergedInto?.questionId ?? null, mergedIntoNumber: change.mergedInto?.number ?? null } : {}),
  };
}

/** The budget questions' transaction on PostgreSQL: row locks, and the outbox in the same transaction. */
export class PrismaQuestionTransaction extends QuestionTransaction {
  constructor(private readonly tx: Tx) {
    super();
  }

  async round(roundId: string): Promise<BudgetRound | null> {
    const round = await this.tx.budgetRound.findUnique({ where: { id: roundId } });
    return round ? parseBudgetRound(round.definition, `budget_round ${round.id}.definition`) : null;
  }

  async lockQuestionRound(roundId: string): Promise<LockedQuestionRound | null> {
    await this.tx.$queryRaw`SELECT round_id FROM question_round WHERE round_id = ${roundId}::uuid FOR UPDATE`;
    const row = await this.tx.questionRound.findUnique({ where: { roundId } });
    return row ? { window: readQuestionWindow(row), lastNumber: row.lastNumber } : null;
  }

  async questionWindow(roundId: string): Promise<QuestionWindow | null> {
    const row = await this.tx.questionRound.findUnique({ where: { roundId } });
    return row ? readQuestionWindow(row) : null;
  }

  async saveWindow(roundId: string, window: QuestionWindow, at: Date, by: string): Promise<void> {
    const data = {
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      closedEarlyAt: window.closedEarlyAt,
      answeringDays: window.answeringDays,
      updatedAt: at,
      updatedBy: by,
    };
    await this.tx.questionRound.upsert({ where: { roundId }, create: { roundId, ...data }, update: data });
  }

  async takeNumber(roundId: string): Promise<number> {
    const row = await this.tx.questionRound.update({ where: { roundId }, data: { lastNumber: { increment: 1 } } });
    return row.lastNumber;
  }

  async submittedProposals(roundId: string, ids: readonly string[]): Promise<Set<string>> {
    // Only well-formed ids reach the query; any other is simply not one of the round's proposals.
    const uuids = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (uuids.length === 0) return new Set();
    const rows = await this.tx.proposal.findMany({ where: { roundId, everSubmitted: true, id: { in: uuids } }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  async insertQuestion(question: StoredQuestion): Promise<void> {
    await this.tx.question.create({
      data: {
        id: question.id,
        roundId: question.roundId,
        number: question.number,
        state: question.state,
        askedAt: question.askedAt,
        askedBy: question.asker.id,
        askedByName: question.asker.name,
        askedByParty: question.asker.party,
        originalText: question.originalText,
        text: question.text,
        proposalIds: [...question.proposalIds],
        bilag: [...question.bilag],
        version: question.version,
        eventCount: question.eventCount,
      },
    });
  }

  async lockQuestion(id: string): Promise<StoredQuestion | null> {
    await this.tx.$queryRaw`SELECT id FROM question WHERE id = ${id}::uuid FOR UPDATE`;
    const row = await this.tx.question.findUnique({ where: { id } });
    return row ? readQuestion(row) : null;
  }

  async changeQuestion(id: string, change: QuestionChange): Promise<StoredQuestion> {
    const row = await this.tx.question.update({ where: { id }, data: { ...questionData(change), version: { increment: 1 }, eventCount: { increment: 1 } } });
    return readQuestion(row);
  }

  async appendHistory(line: QuestionHistoryLine): Promise<void> {
    const { detail, ...rest } = line;
    await this.tx.questionHistory.create({ data: { ...rest, detail: detail ? jsonColumn(detail) : undefined } });
  }

  async publish(event: OutgoingEvent): Promise<void> {
    await appendToOutbox(this.tx, [event]);
  }

  async countRoundEvent(roundId: string): Promise<number> {
    const round = await this.tx.budgetRound.update({ where: { id: roundId }, data: { eventCount: { increment: 1 } } });
    return round.eventCount;
  }
}

/** The budget questions' transactions on the workflow's PostgreSQL database. */
@Injectable()
export class PrismaQuestionStore extends QuestionStore {
  constructor(private readonly db: WorkflowDatabase) {
    super();
  }

  transaction<T>(work: (tx: QuestionTransaction) => Promise<T>): Promise<T> {
    return this.db.$transaction((tx) => work(new PrismaQuestionTransaction(tx)));
  }
}
