import { Module } from '@nestjs/common';
import { PrismaQuestionStore } from '../store/prisma-question-transaction';
import { QuestionReadsService } from './question-reads.service';
import { QuestionRepository } from './question.repository';
import { QuestionStore } from './question-store';
import { QuestionWindowController } from './question-window.controller';
import { QuestionWindowService } from './question-window.service';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';

/** Budget questions: the round's window, the members' questions, their routing, answers and approval. */
@Module({
  controllers: [QuestionWindowController, QuestionsController],
  providers: [{ provide: QuestionStore, useClass: PrismaQuestionStore }, QuestionRepository, QuestionsService, QuestionReadsService, QuestionWindowService],
})
export class QuestionsModule {}
