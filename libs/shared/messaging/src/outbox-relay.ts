import { TopicName, physicalTopic, qualifiedType } from '@budgetflow/contracts';
import { EventPublisher, OutboundMessage } from './event-publisher';
import { NextPoll, PollLoop } from './poll-loop';
import { TransactionalSql } from './sql-executor';

export interface OutboxRelayOptions {
  topicPrefix: string;
  /** Events claimed by one statement (and handed to the publisher at once, which splits them into requests). */
  batchSize?: number;
  /** Batches published in one transaction before its marks are committed (bounds what a crash republishes). */
  batchesPerRound?: number;
  /** How long to wait when nothing is waiting (a nudge wakes the relay earlier). */
  idleDelayMs?: number;
  /**
   * How long after a nudge (a commit) the relay starts its round: the commits of that moment go to Kafka in one round,
   * one produce request, and reach the consumers as one batch, instead of a round per commit. Adds at most this much to
   * an event's way to Kafka.
   */
  lingerMs?: number;
  /** Upper bound of the back-off while the broker or database is unavailable. */
  maxBackoffMs?: number;
  onError?: (error: unknown, attempt: number) => void;
}

// The envelope comes as JSON text, sent as it is: parsing and re-serialising every event cost a third of the time.
interface OutboxRow {
  position: string;
  topic: string;
  key: string;
  value: string;
  event_id: string;
  event_type: string;
  event_version: number;
  correlation_id: string;
}

// One relay per database publishes at a time (transaction-scoped advisory lock), so events leave in outbox order.
const RELAY_LOCK_KEY = 7_420_001;

// Marks the next batch published and returns it, in one statement: the batch is read through the
// (published_at, position) index in numeric order, the headers come from one read of the envelope
// (each ->> would decompress it again), and RETURNING has no order of its own, so the caller sorts.
const CLAIM_BATCH = `
  WITH claimed AS (
    UPDATE outbox_event SET published_at = now()
     WHERE position IN (SELECT position FROM outbox_event WHERE published_at IS NULL ORDER BY published_at, position LIMIT $1)
    RETURNING position, topic, key, envelope)
  SELECT c.position::text AS position, c.topic, c.key, c.envelope::text AS value, h.id AS event_id, h.type AS event_type,
         h.version AS event_version, h."correlationId" AS correlation_id
    FROM claimed c, LATERAL jsonb_to_record(c.envelope) AS h(id text, type text, version int, "correlationId" text)`;

const byPosition = (a: OutboxRow, b: OutboxRow) => a.position.length - b.position.length || (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);

/**
 * Publishes outbox rows to Kafka in order and marks them sent. A round is one transaction: it claims a batch (marks
 * it published), and while the broker takes that batch it claims the next; the marks commit when every batch of
 * the round was acknowledged, and a failed publish rolls them all back. A crash between publishing and committing
 * means the same events (same ids) are published again: consumers recognise them by id. Nothing is lost or
 * reordered.
 */
export class OutboxRelay {
  private readonly loop = new PollLoop(() => this.relayRound());
  // Rounds failed in a row: the back-off doubles with each.
  private failures = 0;
  private readonly batchSize: number;
  private readonly batchesPerRound: number;
  private readonly idleDelayMs: number;
  private readonly lingerMs: number;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly db: TransactionalSql,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.batchesPerRound = options.batchesPerRound ?? 5;
    this.idleDelayMs = options.idleDelayMs ?? 250;
    this.lingerMs = options.lingerMs ?? 10;
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
  }

  start(): void {
    // A started relay's back-off begins anew.
    if (!this.loop.running) this.failures = 0;
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Tells the relay that new events were committed, so it publishes now instead of at its next poll. */
  nudge(): void {
    this.loop.nudge();
  }

  /**
   * Publishes at most one round (`batchesPerRound` batches); returns the number of events published (0 if none
   * waited or another relay holds the lock).
   */
  async publishRound(): Promise<number> {
    return this.db.$transaction(
      async (tx) => {
        const [{ locked }] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(${RELAY_LOCK_KEY}) AS locked`);
        if (!locked) return 0;
        const claim = async () => (await tx.$queryRawUnsafe<OutboxRow[]>(CLAIM_BATCH, this.batchSize)).sort(byPosition);
        let batch = await claim();
        let published = 0;
        for (let round = 1; batch.length > 0; round += 1) {
          // A stopping relay ends its round after the batch under way, so shutdown waits for one batch at most.
          const more = batch.length === this.batchSize && round < this.batchesPerRound && !this.loop.stopping;
          // The next batch is claimed while the broker takes this one; it is published only after this one's ack.
          const [sent, next] = await Promise.allSettled([this.publisher.publish(batch.map((row) => this.toMessage(row))), more ? claim() : []]);
          if (sent.status === 'rejected') throw sent.reason;
          if (next.status === 'rejected') throw next.reason;
          published += batch.length;
          batch = next.value;
        }
        return published;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }

  /** Number of events not yet published (for health and benchmarks). */
  async backlog(): Promise<number> {
    const [{ count }] = await this.db.$queryRawUnsafe<{ count: number }[]>('SELECT count(*)::int AS count FROM outbox_event WHERE published_at IS NULL');
    return count;
  }

  private toMessage(row: OutboxRow): OutboundMessage {
    return {
      topic: physicalTopic(row.topic as TopicName, this.options.topicPrefix),
      key: row.key,
      value: row.value,
      headers: {
        'event-id': row.event_id,
        'event-type': qualifiedType({ type: row.event_type, version: row.event_version }),
        'correlation-id': row.correlation_id,
      },
    };
  }

  /** One pass of the loop: a round, then a pause unless the round was full, or a back-off after a failure. */
  private async relayRound(): Promise<NextPoll | undefined> {
    try {
      const published = await this.publishRound();
      this.failures = 0;
      return published < this.batchSize * this.batchesPerRound ? { ms: this.idleDelayMs, lingerMs: this.lingerMs } : undefined;
    } catch (error) {
      this.failures += 1;
      this.options.onError?.(error, this.failures);
      return { ms: Math.min(this.maxBackoffMs, 200 * 2 ** Math.min(this.failures, 10)), nudgeable: false };
    }
  }
}
