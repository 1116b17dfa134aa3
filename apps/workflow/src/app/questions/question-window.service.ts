import { QuestionEvent, QuestionWindowV1 } from '@budgetflow/contracts';
import { QuestionWindow, closeWindowEarly, validateQuestionWindow } from '@budgetflow/domain';
import { OutboxRelay, newEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, Clock, ProblemException, RequestContext, actorOnRecord, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { QuestionRepository } from './question.repository';
import { QuestionStore, QuestionTransaction } from './question-store';
import { QuestionWindowDto } from './question-window.dto';
import { QuestionWindowView, toQuestionWindowView } from './question-window.view';
import { personOnRecord } from './record-question-act';

/**
 * The round's question window, the budget office's: set (again: a new window replaces the old and opens a window
 * closed early), and closed early. Each in one transaction with its event (key = the round).
 */
@Injectable()
export class QuestionWindowService {
  constructor(
    private readonly store: QuestionStore,
    private readonly questions: QuestionRepository,
    private readonly clock: Clock,
    private readonly relay: OutboxRelay,
  ) {}

  async get(roundId: string): Promise<QuestionWindowView> {
    if (!(await this.questions.roundExists(roundId))) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    const window = await this.questions.window(roundId);
    if (!window) throw windowNotFound(roundId);
    return toQuestionWindowView(roundId, window, this.clock.now());
  }

  async set(user: AuthenticatedUser, roundId: string, dto: QuestionWindowDto, request: RequestContext): Promise<QuestionWindowView> {
    const checked = validateQuestionWindow(dto);
    if (!checked.ok) throw invalidInput(checked.issues);
    const view = await this.store.transaction(async (tx) => {
      await requireRound(tx, roundId);
      await tx.lockQuestionRound(roundId);
      const now = this.clock.now();
      const window: QuestionWindow = { ...checked.value, closedEarlyAt: null };
      await tx.saveWindow(roundId, window, now, personOnRecord(user));
      await publishWindow(tx, QuestionEvent.WindowSet, roundId, window, user, request, now);
      return toQuestionWindowView(roundId, window, now);
    });
    this.relay.nudge();
    return view;
  }

  async closeEarly(user: AuthenticatedUser, roundId: string, request: RequestContext): Promise<QuestionWindowView> {
    const view = await this.store.transaction(async (tx) => {
      await requireRound(tx, roundId);
      // The window's row is the counter's: an ask that has it locked commits first, a later one sees the window closed.
      const locked = await tx.lockQuestionRound(roundId);
      if (!locked) throw windowNotFound(roundId);
      const now = this.clock.now();
      const closed = closeWindowEarly(locked.window, now);
      if (!closed.ok) throw ProblemException.conflict('question.window_not_open', closed.reason);
      await tx.saveWindow(roundId, closed.window, now, personOnRecord(user));
      await publishWindow(tx, QuestionEvent.WindowClosed, roundId, closed.window, user, request, now);
      return toQuestionWindowView(roundId, closed.window, now);
    });
    this.relay.nudge();
    return view;
  }
}

async function requireRound(tx: QuestionTransaction, roundId: string): Promise<void> {
  if (!(await tx.round(roundId))) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
}

function windowNotFound(roundId: string): ProblemException {
  return ProblemException.of('question.window_not_found', `Koncernøkonomi har endnu ikke sat en periode for budgetspørgsmål i runden ${roundId}.`);
}

async function publishWindow(
  tx: QuestionTransaction,
  definition: typeof QuestionEvent.WindowSet,
  roundId: string,
  window: QuestionWindow,
  user: AuthenticatedUser,
  request: RequestContext,
  at: Date,
): Promise<void> {
  const payload: QuestionWindowV1 = {
    roundId,
    opensAt: window.opensAt.toISOString(),
    closesAt: window.closesAt.toISOString(),
    closedEarlyAt: window.closedEarlyAt?.toISOString() ?? null,
    answeringDays: window.answeringDays,
  };
  const context = { actor: actorOnRecord(user), correlationId: request.correlationId, causationId: request.requestId, occurredAt: at.toISOString() };
  await tx.publish(newEvent(definition, { id: roundId, sequence: await tx.countRoundEvent(roundId) }, payload, context));
}
