import {
  Answerer,
  QuestionAct,
  answerDeadline,
  answererText,
  applyQuestionAct,
  askingRefusal,
  danishLongDateTime,
  fagudvalg,
  mayReadQuestion,
  QUESTION_LIMITS,
  questionTitle,
  requiredText,
  validateAnswer,
  validateQuestion,
} from '@budgetflow/domain';
import type { ValidationIssue } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, Clock, ProblemException, RequestContext, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { StoredQuestion, visibleQuestion } from '../store/stored-question';
import { AnswerQuestionDto, AskQuestionDto, AssignQuestionDto } from './question.dto';
import { QuestionChange, QuestionStore, QuestionTransaction } from './question-store';
import { QuestionRecord, changeAndRecord, personOnRecord, recordQuestionAct } from './record-question-act';

/** An act on a locked question the rules allowed: its change and what goes on record. */
type ActStep = (question: StoredQuestion, tx: QuestionTransaction, now: Date) => Promise<{ change: QuestionChange; record?: QuestionRecord }>;

/**
 * The acts on budget questions, each in one transaction: the question locked, whether the caller may see it (404
 * otherwise, so its existence is not told), the version, the domain's rules, the act's own checks, the change, the
 * history line and the event. The time is the service's Clock, read after the locks.
 */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly store: QuestionStore,
    private readonly clock: Clock,
    private readonly relay: OutboxRelay,
  ) {}

  /** A member asks, while the round's window is open; numbered in the same transaction, so without gaps. */
  async ask(user: AuthenticatedUser, roundId: string, dto: AskQuestionDto, request: RequestContext): Promise<StoredQuestion> {
    const permitted = applyQuestionAct({ state: null, answerer: null }, 'ask', user.actor);
    if (!permitted.ok) throw ProblemException.of(permitted.code, permitted.reason);
    // The rules let only a member ask, and a member always has a party.
    const party = user.actor.role === 'politician' ? user.actor.party : '';
    const question = await this.store.transaction(async (tx) => {
      if (!(await tx.round(roundId))) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
      // The window's row is the counter: questions arriving at once take their numbers one after the other.
      const locked = await tx.lockQuestionRound(roundId);
      const now = this.clock.now();
      const refusal = askingRefusal(locked?.window ?? null, now);
      if (refusal) throw ProblemException.conflict(refusal.code, refusal.reason);
      const known = await tx.submittedProposals(roundId, dto.proposalIds ?? []);
      const content = validateQuestion(dto, (id) => known.has(id));
      if (!content.ok) throw invalidInput(content.issues);
      const asked: StoredQuestion = {
        id: randomUUID(),
        roundId,
        number: await tx.takeNumber(roundId),
        state: 'asked',
        askedAt: now,
        asker: { id: user.id, name: user.name ?? personOnRecord(user), party },
        originalText: content.value.text,
        text: content.value.text,
        proposalIds: content.value.proposalIds,
        bilag: content.value.bilag,
        answerer: null,
        assignedAt: null,
        deadline: null,
        answer: null,
        remark: null,
        approvedAt: null,
        approvedBy: null,
        mergedInto: null,
        version: 1,
        eventCount: 1,
      };
      await tx.insertQuestion(asked);
      return recordQuestionAct(tx, null, asked, 'ask', user, request, now, { text: asked.text });
    });
    this.relay.nudge();
    return question;
  }

  reword(user: AuthenticatedUser, id: string, text: string, version: number | undefined, request: RequestContext): Promise<StoredQuestion> {
    return this.act(user, id, 'reword', version, request, null, async () => {
      const issues: ValidationIssue[] = [];
      const wording = requiredText(text, 'text', 'Den nye formulering', QUESTION_LIMITS.textCharacters, issues);
      if (issues.length > 0) throw invalidInput(issues);
      return { change: { text: wording }, record: { text: wording } };
    });
  }

  merge(user: AuthenticatedUser, id: string, intoId: string, version: number | undefined, request: RequestContext): Promise<StoredQuestion> {
    return this.act(user, id, 'merge', version, request, intoId, async (question, tx) => {
      const into = intoId === question.id ? null : await tx.lockQuestion(intoId);
      if (!into || into.roundId !== question.roundId || into.state === 'merged') {
        const why = !into
          ? intoId === question.id
            ? 'et spørgsmål kan ikke lægges sammen med sig selv'
            : `runden har intet spørgsmål med id ${intoId}`
          : into.roundId !== question.roundId
            ? `${questionTitle(into.number)} hører til en anden runde`
            : `${questionTitle(into.number)} er selv lagt sammen med ${questionTitle(into.mergedInto?.number ?? 0)}; læg det sammen med det`;
        throw ProblemException.conflict('question.merge_invalid', `${questionTitle(question.number)} kan ikke lægges sammen: ${why}.`);
      }
      return {
        change: { state: 'merged', mergedInto: { questionId: into.id, number: into.number } },
        record: { detail: { mergedInto: { questionId: into.id, number: into.number } } },
      };
    });
  }

  assign(user: AuthenticatedUser, id: string, dto: AssignQuestionDto, request: RequestContext): Promise<StoredQuestion> {
    return this.act(user, id, 'assign', dto.version, request, null, async (question, tx, now) => {
      const round = await tx.round(question.roundId);
      const window = await tx.questionWindow(question.roundId);
      const answerer = checkedAnswerer(dto, round ? fagudvalg(round.committees).map((committee) => committee.code) : []);
      // The window is set before the first question can be asked, and never removed.
      const days = window?.answeringDays ?? 0;
      const deadline = answerDeadline(now, days);
      return {
        change: { state: 'assigned', answerer, assignedAt: now, deadline },
        record: {
          text: `Fordelt til ${answererText(answerer)} med svarfrist ${danishLongDateTime(deadline)}.`,
          detail: { answerer, deadline: deadline.toISOString() },
        },
      };
    });
  }

  answer(user: AuthenticatedUser, id: string, dto: AnswerQuestionDto, request: RequestContext): Promise<StoredQuestion> {
    return this.act(user, id, 'answer', dto.version, request, null, async (question, tx, now) => {
      const round = await tx.round(question.roundId);
      const checked = validateAnswer(dto, round ?? { yearColumns: [] });
      if (!checked.ok) throw invalidInput(checked.issues);
      const { text, table } = checked.value;
      return {
        change: { state: 'answered', answer: { text, table, answeredAt: now, answeredBy: personOnRecord(user) } },
        record: { text, detail: table ? { table } : null },
      };
    });
  }

  sendBack(user: AuthenticatedUser, id: string, remark: string, version: number | undefined, request: RequestContext): Promise<StoredQuestion> {
    return this.act(user, id, 'send_back', version, request, null, async () => {
      const issues: ValidationIssue[] = [];
      const text = requiredText(remark, 'remark', 'Bemærkningen om, hvad der skal rettes', QUESTION_LIMITS.remarkCharacters, issues);
      if (issues.length > 0) throw invalidInput(issues);
      return { change: { state: 'sent_back', remark: text }, record: { text } };
    });
  }

  approve(user: AuthenticatedUser, id: string, version: number | undefined, request: RequestContext): Promise<StoredQuestion> {
    return this.act(user, id, 'approve', version, request, null, async (_question, _tx, now) => ({
      change: { state: 'approved', approvedAt: now, approvedBy: personOnRecord(user) },
    }));
  }

  private async act(
    user: AuthenticatedUser,
    id: string,
    act: QuestionAct,
    expectedVersion: number | undefined,
    request: RequestContext,
    other: string | null,
    step: ActStep,
  ): Promise<StoredQuestion> {
    const question = await this.store.transaction(async (tx) => {
      // Two questions (a merge) are locked in id order, so two merges of the same pair cannot deadlock.
      if (other && other < id) await tx.lockQuestion(other);
      const current = await tx.lockQuestion(id);
      if (!current || !mayReadQuestion(user.actor, user.id, visibleQuestion(current)))
        throw ProblemException.notFound(`Spørgsmålet ${id}`, 'question.not_found');
      const result = applyQuestionAct(current, act, user.actor);
      if (!result.ok) throw ProblemException.of(result.code, result.reason);
      if (expectedVersion !== undefined && expectedVersion !== current.version)
        throw ProblemException.conflict(
          'question.version_conflict',
          `${questionTitle(current.number)} er ændret, siden du hentede version ${expectedVersion}; den aktuelle version er ${current.version}. Hent spørgsmålet igen.`,
        );
      const now = this.clock.now();
      const { change, record } = await step(current, tx, now);
      return changeAndRecord(tx, current, { ...change, state: result.to }, act, user, request, now, record);
    });
    this.relay.nudge();
    return question;
  }
}

/** The answerer named in the body: the budget office, or a standing committee of the round (`answerer.committee`). */
function checkedAnswerer(dto: AssignQuestionDto, committees: readonly string[]): Answerer {
  if (dto.answerer.kind === 'budget_office') {
    if (dto.answerer.committee)
      throw invalidInput([
        { code: 'question.answerer_committee_not_allowed', path: 'answerer.committee', message: 'Koncernøkonomi svarer selv; udelad udvalget.' },
      ]);
    return { kind: 'budget_office' };
  }
  const committee = dto.answerer.committee?.trim() ?? '';
  if (!committees.includes(committee))
    throw invalidInput([
      {
        code: 'question.unknown_committee',
        path: 'answerer.committee',
        message: committee
          ? `Runden har intet fagudvalg «${committee}»; vælg ${committees.map((code) => `«${code}»`).join(', ')}.`
          : 'Angiv det udvalg, hvis sekretariat skal svare.',
      },
    ]);
  return { kind: 'committee', committee };
}
