import { QuestionState, isOverdue, mayReadQuestion, questionScopeOf } from '@budgetflow/domain';
import { AuthenticatedUser, Clock, ProblemException } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { StoredQuestion, visibleQuestion } from '../store/stored-question';
import { QuestionRepository } from './question.repository';
import { QuestionHistoryEntryView, QuestionView } from './question.view';
import { toQuestionHistoryView, toQuestionView } from './to-question-view';

/**
 * Reading budget questions by role (the domain's questionScopeOf and mayReadQuestion): the budget office all; an
 * answerer those assigned to it; a member its own; everyone every approved one. A question the caller may not read
 * does not exist for it (404).
 */
@Injectable()
export class QuestionReadsService {
  constructor(
    private readonly questions: QuestionRepository,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthenticatedUser, roundId: string, state: QuestionState | undefined, overdueOnly: boolean): Promise<QuestionView[]> {
    if (!(await this.questions.roundExists(roundId))) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    const now = this.clock.now();
    const listed = await this.questions.list(roundId, questionScopeOf(user.actor, user.id), state);
    return listed
      .filter((question) => mayReadQuestion(user.actor, user.id, visibleQuestion(question)))
      .filter((question) => !overdueOnly || isOverdue(question, now))
      .map((question) => toQuestionView(question, user.actor, user.id, now));
  }

  async get(user: AuthenticatedUser, id: string): Promise<QuestionView> {
    return toQuestionView(await this.readable(user, id), user.actor, user.id, this.clock.now());
  }

  view(user: AuthenticatedUser, question: StoredQuestion): QuestionView {
    return toQuestionView(question, user.actor, user.id, this.clock.now());
  }

  async history(user: AuthenticatedUser, id: string): Promise<QuestionHistoryEntryView[]> {
    const question = await this.readable(user, id);
    return (await this.questions.history(id)).map((line) => toQuestionHistoryView(line, question, user.actor));
  }

  private async readable(user: AuthenticatedUser, id: string): Promise<StoredQuestion> {
    const question = await this.questions.find(id);
    if (!question || !mayReadQuestion(user.actor, user.id, visibleQuestion(question)))
      throw ProblemException.notFound(`Spørgsmålet ${id}`, 'question.not_found');
    return question;
  }
}
