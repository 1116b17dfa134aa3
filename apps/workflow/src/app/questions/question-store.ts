import { BudgetRound, QuestionWindow } from '@budgetflow/domain';
import { OutgoingEvent } from '@budgetflow/messaging';
import { StoredQuestion } from '../store/stored-question';

/** What an act changes on a question (besides one more version and event, which the store counts). */
export type QuestionChange = Partial<Omit<StoredQuestion, 'id' | 'roundId' | 'number' | 'askedAt' | 'asker' | 'originalText' | 'version' | 'eventCount'>>;

/** One line of a question's append-only history. */
export interface QuestionHistoryLine {
  readonly questionId: string;
  readonly at: Date;
  readonly actorId: string;
  readonly actorRole: string;
  readonly actorCommittee: string | null;
  readonly actorParty: string | null;
  readonly actorName: string | null;
  readonly act: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly version: number;
  /** What the act wrote: the wording (ask, reword), the answer, the remark. */
  readonly text: string | null;
  /** The act's other facts: answerer and deadline, the question merged into, the answer's table. */
  readonly detail: Record<string, unknown> | null;
  readonly eventId: string;
}

/** The round's window and its question counter, locked. */
export interface LockedQuestionRound {
  readonly window: QuestionWindow;
  readonly lastNumber: number;
}

/**
 * The budget questions' reads and writes inside one transaction. Lock order: the round's question row (window and
 * counter), then questions by id.
 */
export abstract class QuestionTransaction {
  /** The round as intake defined it; null when the workflow has not received it. */
  abstract round(roundId: string): Promise<BudgetRound | null>;
  /** The round's window and counter, locked until the transaction ends; null when no window is set. */
  abstract lockQuestionRound(roundId: string): Promise<LockedQuestionRound | null>;
  /** The round's window without locking it (the answering time an assignment reads). */
  abstract questionWindow(roundId: string): Promise<QuestionWindow | null>;
  abstract saveWindow(roundId: string, window: QuestionWindow, at: Date, by: string): Promise<void>;
  /** The next number of the round's questions (the counter is raised in the locked row). */
  abstract takeNumber(roundId: string): Promise<number>;
  /** Which of these ids are proposals of the round that have been submitted (what a question may concern). */
  abstract submittedProposals(roundId: string, ids: readonly string[]): Promise<Set<string>>;
  abstract insertQuestion(question: StoredQuestion): Promise<void>;
  /** A question, locked until the transaction ends; null for an unknown one. */
  abstract lockQuestion(id: string): Promise<StoredQuestion | null>;
  /** Applies an act's change: one more version and event. */
  abstract changeQuestion(id: string, change: QuestionChange): Promise<StoredQuestion>;
  abstract appendHistory(line: QuestionHistoryLine): Promise<void>;
  abstract publish(event: OutgoingEvent): Promise<void>;
  /** One more event of the round (its window's events share the round's sequence with agreement.adopted). */
  abstract countRoundEvent(roundId: string): Promise<number>;
}

/** Runs work in one transaction: all of it commits, or nothing. */
export abstract class QuestionStore {
  abstract transaction<T>(work: (tx: QuestionTransaction) => Promise<T>): Promise<T>;
}
