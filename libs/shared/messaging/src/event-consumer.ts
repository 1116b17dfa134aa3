import { EventEnvelope, ParseError, parseEnvelope, qualifiedType } from '@budgetflow/contracts';
import { DeadLetterSink, MessageSource } from './dead-letter';
import { claimEvents } from './event-inbox';
import { SqlExecutor, TransactionalSql } from './sql-executor';

/** Thrown by a handler for an event that can never be applied (e.g. an invalid payload): it is dead-lettered. */
export class PermanentEventError extends Error {}

/** Applies one event inside the consumer's transaction (Tx: the service's own transaction client). */
export type EventHandler<Tx extends SqlExecutor = SqlExecutor> = (envelope: EventEnvelope, tx: Tx) => Promise<void>;

/** Handlers by qualified type, e.g. "proposal.submitted.v1". */
export type EventHandlers<Tx extends SqlExecutor = SqlExecutor> = Record<string, EventHandler<Tx>>;

/** Applies the new events of a batch at once, in their order (set-based instead of event by event). */
export type BatchEventHandler<Tx extends SqlExecutor = SqlExecutor> = (envelopes: readonly EventEnvelope[], tx: Tx) => Promise<void>;

export type ConsumeOutcome = 'applied' | 'duplicate' | 'stale' | 'ignored' | 'dead-lettered';

/** A message as received: its value and where it came from. */
export interface ConsumedMessage {
  value: unknown;
  source: MessageSource;
}

export interface EventConsumerOptions<Tx extends SqlExecutor = SqlExecutor> {
  /** Name used in dead letters and logs, e.g. "workflow". */
  consumer: string;
  /** Attempts before a message that keeps failing with an unexpected error is dead-lettered. */
  maxAttempts?: number;
  /** When given, the new events of a batch go to it at once; the handler map then only says which types are handled. */
  applyBatch?: BatchEventHandler<Tx>;
  /**
   * Takes the locks a batch's new events will need, in the service's lock order, before any is applied: a batch
   * holds its locks until it commits, so taking them event by event could deadlock with a request that locks several.
   */
  lockBatch?: BatchEventHandler<Tx>;
  log?: (level: 'warn' | 'error', message: string, extra: Record<string, unknown>) => void;
  /** Counts the messages handled (for /health: see InstanceActivity). */
  onConsumed?: (count: number) => void;
}

type Parsed = { kind: 'event'; envelope: EventEnvelope } | { kind: 'ignored' } | { kind: 'rejected'; reason: string };

/**
 * Applies events exactly once in effect: each event is recorded in the inbox in the same transaction as its
 * effects (a redelivery changes nothing), an event older than one already applied for the same aggregate and
 * stream is skipped, and a message that can never be processed goes to the dead-letter sink instead of blocking.
 * A batch is one transaction; if it fails, its messages are applied one by one, so one poison message is
 * dead-lettered and the rest still applied.
 */
export class EventConsumer<Tx extends SqlExecutor = SqlExecutor> {
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly db: TransactionalSql<Tx>,
    private readonly deadLetters: DeadLetterSink,
    private readonly handlers: EventHandlers<Tx>,
    private readonly options: EventConsumerOptions<Tx>,
  ) {}

  async consume(value: unknown, source: MessageSource): Promise<ConsumeOutcome> {
    const outcome = await this.consumeOne(value, source);
    this.options.onConsumed?.(1);
    return outcome;
  }

  private async consumeOne(value: unknown, source: MessageSource): Promise<ConsumeOutcome> {
    const parsed = this.parse(value);
    if (parsed.kind === 'rejected') return this.deadLetter(value, source, parsed.reason);
    if (parsed.kind === 'ignored') return 'ignored';
    const { envelope } = parsed;
    const attemptKey = `${source.topic}/${source.partition}/${source.offset}`;
    try {
      const [outcome] = await this.inTransaction([envelope], source.topic);
      this.attempts.delete(attemptKey);
      return outcome ?? 'applied';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // A payload that does not have its type's shape can never be applied, however often it is retried.
      if (error instanceof PermanentEventError || error instanceof ParseError) return this.deadLetter(value, source, reason);
      const attempt = (this.attempts.get(attemptKey) ?? 0) + 1;
      this.attempts.set(attemptKey, attempt);
      if (attempt >= (this.options.maxAttempts ?? 5)) {
        this.attempts.delete(attemptKey);
        return this.deadLetter(value, source, `failed ${attempt} times: ${reason}`);
      }
      this.options.log?.('warn', `Event ${envelope.id} failed (attempt ${attempt}); it will be retried`, { reason, type: envelope.type });
      throw error;
    }
  }

  /**
   * Applies messages of one stream (topic) in their order, in one transaction; returns each one's outcome. Throws
   * only what a message-by-message retry throws (then nothing of the batch after that message counts as done).
   */
  async consumeBatch(messages: readonly ConsumedMessage[]): Promise<ConsumeOutcome[]> {
    const parsed = messages.map((message) => this.parse(message.value));
    const events = parsed.flatMap((item) => (item.kind === 'event' ? [item.envelope] : []));
    const stream = messages[0]?.source.topic;
    let applied: ConsumeOutcome[];
    try {
      applied = stream && events.length > 0 ? await this.inTransaction(events, stream) : [];
    } catch (error) {
      this.options.log?.('warn', `A batch of ${messages.length} failed; applying its messages one by one`, {
        reason: error instanceof Error ? error.message : String(error),
      });
      const outcomes: ConsumeOutcome[] = [];
      for (const message of messages) outcomes.push(await this.consume(message.value, message.source));
      return outcomes;
    }
    const outcomes: ConsumeOutcome[] = [];
    for (const [index, item] of parsed.entries()) {
      const message = messages[index] as ConsumedMessage;
      if (item.kind === 'rejected') outcomes.push(await this.deadLetter(message.value, message.source, item.reason));
      else outcomes.push(item.kind === 'ignored' ? 'ignored' : (applied.shift() as ConsumeOutcome));
    }
    this.options.onConsumed?.(messages.length);
    return outcomes;
  }

  private parse(value: unknown): Parsed {
    const parsed = parseEnvelope(value);
    if (!parsed.ok) return { kind: 'rejected', reason: parsed.reason };
    const { envelope } = parsed;
    if (this.handlers[qualifiedType(envelope)]) return { kind: 'event', envelope };
    const knowsType = Object.keys(this.handlers).some((key) => key.startsWith(`${envelope.type}.v`));
    // An unknown version of a type we handle cannot be applied safely; types we do not handle are not ours.
    return knowsType ? { kind: 'rejected', reason: `unknown version ${envelope.version} of ${envelope.type}` } : { kind: 'ignored' };
  }

  private inTransaction(envelopes: readonly EventEnvelope[], stream: string): Promise<ConsumeOutcome[]> {
    return this.db.$transaction(
      async (tx) => {
        const claims = await claimEvents(tx, envelopes, stream);
        const fresh = envelopes.filter((_envelope, index) => claims[index] === 'applied');
        if (fresh.length > 1) await this.options.lockBatch?.(fresh, tx);
        if (this.options.applyBatch) {
          if (fresh.length > 0) await this.options.applyBatch(fresh, tx);
        } else {
          for (const envelope of fresh) await (this.handlers[qualifiedType(envelope)] as EventHandler<Tx>)(envelope, tx);
        }
        return claims;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }

  private async deadLetter(value: unknown, source: MessageSource, reason: string): Promise<ConsumeOutcome> {
    this.options.log?.('error', `Message dead-lettered by ${this.options.consumer}: ${reason}`, { ...source });
    await this.deadLetters.send({ consumer: this.options.consumer, reason, source, value });
    return 'dead-lettered';
  }
}
