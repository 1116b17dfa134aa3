import { QuestionScope, QuestionState, QuestionWindow } from '@budgetflow/domain';
import { Prisma, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { StoredQuestion, readQuestion, readQuestionWindow } from '../store/stored-question';
import { QuestionHistoryLine } from './question-store';

/** Reading the budget questions: every row leaves here checked. */
@Injectable()
export class QuestionRepository {
  constructor(private readonly db: WorkflowDatabase) {}

  async roundExists(roundId: string): Promise<boolean> {
    return (await this.db.budgetRound.count({ where: { id: roundId } })) > 0;
  }

  async window(roundId: string): Promise<QuestionWindow | null> {
    const row = await this.db.questionRound.findUnique({ where: { roundId } });
    return row ? readQuestionWindow(row) : null;
  }

  async find(id: string): Promise<StoredQuestion | null> {
    const row = await this.db.question.findUnique({ where: { id } });
    return row ? readQuestion(row) : null;
  }

  /** The round's questions in the caller's scope (the domain's questionScopeOf), by number. */
  async list(roundId: string, scope: QuestionScope, state: QuestionState | undefined): Promise<StoredQuestion[]> {
    const rows = await this.db.question.findMany({
      where: { roundId, ...(state ? { state } : {}), ...scopeFilter(scope) },
      orderBy: { number: 'asc' },
    });
    return rows.map(readQuestion);
  }

  async history(questionId: string): Promise<QuestionHistoryLine[]> {
    const rows = await this.db.questionHistory.findMany({ where: { questionId }, orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      questionId: row.questionId,
      at: row.at,
      actorId: row.actorId,
      actorRole: row.actorRole,
      actorCommittee: row.actorCommittee,
      actorParty: row.actorParty,
      actorName: row.actorName,
      act: row.act,
      fromState: row.fromState,
      toState: row.toState,
      version: row.version,
      text: row.text,
      detail: row.detail && typeof row.detail === 'object' && !Array.isArray(row.detail) ? (row.detail as Record<string, unknown>) : null,
      eventId: row.eventId,
    }));
  }
}

// The domain's scope as a query: a member sees its own and every approved one; an answerer what is assigned to it.
function scopeFilter(scope: QuestionScope): Prisma.QuestionWhereInput {
  if ('all' in scope) return {};
  if ('committee' in scope) return { OR: [{ answererKind: 'committee', answererCommittee: scope.committee }, { state: 'approved' }] };
  if ('askedBy' in scope) return { OR: [{ askedBy: scope.askedBy }, { state: 'approved' }] };
  return { state: 'approved' };
}
