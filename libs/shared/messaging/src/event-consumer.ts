import { EventEnvelope, ParseError, parseEnvelope, qualifiedType } from '@budgetflow/contracts';
import { DeadLetterSink, MessageSource } from './dead-letter';
import { SqlExecutor, TransactionalSql } from './sql-executor';

/** Thrown by a handler for an event that can never be applied (e.g. an invalid payload): it is dead-lettered. */
export class PermanentEventError extends Error {}

/** Applies one event inside the consumer's transaction (Tx: the service's own transaction client). */
export type EventHandler<Tx extends SqlExecutor = SqlExecutor> = (envelope: EventEnvelope, tx: Tx) => Promise<void>;

/** Handlers by qualified type, e.g. "proposal.submitted.v1". */
export type EventHandlers<Tx extends SqlExecutor = SqlExecutor> = Record<string, EventHandler<Tx>>;

export type ConsumeOutcome = 'applied' | 'duplicate' | 'stale' | 'ignored' | 'dead-lettered';

export interface EventConsumerOptions {
  /** Name used in dead letters and logs, e.g. "workflow". */
  consumer: string;
  /** Attempts before a message that keeps failing with an unexpected error is dead-lettered. */
  maxAttempts?: number;
  log?: (level: 'warn' | 'error', message: string, extra: Record<string, unknown>) => void;
}

/**
 * Applies events exactly once in effect: each event is recorded in the inbox in the same transaction as its
 * effects (a redelivery changes nothing), an event older than one already applied for the same aggregate and
 * stream is skipped, and a message that can never be processed goes to the dead-letter sink instead of blocking.
 */
export class EventConsumer<Tx extends SqlExecutor = SqlExecutor> {
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly db: TransactionalSql<Tx>,
    private readonly deadLetters: DeadLetterSink,
    private readonly handlers: EventHandlers<Tx>,
    private readonly options: EventConsumerOptions,
  ) {}

  async consume(value: unknown, source: MessageSource): Promise<ConsumeOutcome> {
    const parsed = parseEnvelope(value);
    if (!parsed.ok) return this.deadLetter(value, source, parsed.reason);
    const { envelope } = parsed;
    const handler = this.handlers[qualifiedType(envelope)];
    if (!handler) {
      const knowsType = Object.keys(this.handlers).some((key) => key.startsWith(`${envelope.type}.v`));
      // An unknown version of a type we handle cannot be applied safely; types we do not handle are not ours.
      return knowsType ? this.deadLetter(value, source, `unknown version ${envelope.version} of ${envelope.type}`) : 'ignored';
    }
    const attemptKey = `${source.topic}/${source.partition}/${source.offset}`;
    try {
      const outcome = await this.db.$transaction((tx) => this.applyOnce(tx, envelope, source.topic, handler), { timeout: 30_000, maxWait: 10_000 });
      this.attempts.delete(attemptKey);
      return outcome;
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

  private async applyOnce(tx: Tx, envelope: EventEnvelope, stream: string, handler: EventHandler<Tx>): Promise<ConsumeOutcome> {
    const inserted = await tx.$executeRawUnsafe(
      'INSERT INTO processed_event (event_id, type) VALUES ($1::uuid, $2) ON CONFLICT (event_id) DO NOTHING',
      envelope.id,
      qualifiedType(envelope),
    );
    if (inserted === 0) return 'duplicate';
    const advanced = await tx.$executeRawUnsafe(
      `INSERT INTO event_cursor (stream, aggregate_id, sequence) VALUES ($1, $2, $3)
       ON CONFLICT (stream, aggregate_id) DO UPDATE SET sequence = EXCLUDED.sequence WHERE event_cursor.sequence < EXCLUDED.sequence`,
      stream,
      envelope.aggregateId,
      envelope.sequence,
    );
    if (advanced === 0) return 'stale';
    await handler(envelope, tx);
    return 'applied';
  }

  private async deadLetter(value: unknown, source: MessageSource, reason: string): Promise<ConsumeOutcome> {
    this.options.log?.('error', `Message dead-lettered by ${this.options.consumer}: ${reason}`, { ...source });
    await this.deadLetters.send({ consumer: this.options.consumer, reason, source, value });
    return 'dead-lettered';
  }
}
