import { EventEnvelope, ParseError } from '@budgetflow/contracts';
import { DeadLetter, DeadLetterSink, MessageSource } from './dead-letter';
import { EventConsumer, EventHandlers, PermanentEventError } from './event-consumer';
import { TransactionalSql } from './sql-executor';

/** The inbox's two tables in memory, answering the inbox's three statements; a transaction commits only when its work succeeds. */
class InMemoryInbox implements TransactionalSql<InMemoryInbox> {
  processed = new Set<string>();
  cursors = new Map<string, number>();
  failTransactions = 0;

  async $transaction<R>(work: (tx: InMemoryInbox) => Promise<R>): Promise<R> {
    if (this.failTransactions > 0) {
      this.failTransactions -= 1;
      throw new Error('connection lost');
    }
    const tx = new InMemoryInbox();
    tx.processed = new Set(this.processed);
    tx.cursors = new Map(this.cursors);
    const result = await work(tx);
    this.processed = tx.processed;
    this.cursors = tx.cursors;
    return result;
  }

  async $queryRawUnsafe<T>(query: string, ...values: unknown[]): Promise<T> {
    // The inbox's one statement: the ids recorded now, then the aggregates' cursors.
    if (query.startsWith('WITH inserted AS (\n       INSERT INTO processed_event')) {
      const [eventIds, , stream, aggregates] = values as [string[], string[], string, string[]];
      const ids = eventIds.map((id) => id.toLowerCase());
      const inserted = ids.filter((id, index) => !this.processed.has(id) && ids.indexOf(id) === index);
      for (const id of inserted) this.processed.add(id);
      const cursors = aggregates.flatMap((id) =>
        this.cursors.has(`${stream}/${id}`) ? [{ event_id: null, aggregate_id: id, sequence: this.cursors.get(`${stream}/${id}`) }] : [],
      );
      return [...inserted.map((event_id) => ({ event_id, aggregate_id: null, sequence: null })), ...cursors] as T;
    }
    throw new Error(`unexpected query ${query}`);
  }

  async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
    if (!query.startsWith('INSERT INTO event_cursor')) throw new Error(`unexpected statement ${query}`);
    const [stream, ids, sequences] = values as [string, string[], number[]];
    ids.forEach((id, index) => this.cursors.set(`${stream}/${id}`, Math.max(this.cursors.get(`${stream}/${id}`) ?? 0, sequences[index] as number)));
    return ids.length;
  }
}

class CollectedDeadLetters implements DeadLetterSink {
  readonly letters: DeadLetter[] = [];
  async send(letter: DeadLetter): Promise<void> {
    this.letters.push(letter);
  }
}

let offset = 0;
const source = (): MessageSource => ({ topic: 'budgetflow.intake.events', partition: 0, offset: String((offset += 1)) });

function envelope(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: crypto.randomUUID(),
    type: 'proposal.submitted',
    version: 1,
    aggregateId: 'proposal-1',
    sequence: 1,
    occurredAt: '2025-04-01T08:00:00.000Z',
    actor: { id: 'committee-1', role: 'committee_secretariat' },
    correlationId: 'correlation-1',
    causationId: null,
    payload: {},
    ...overrides,
  };
}

describe('EventConsumer (unit, the inbox in memory)', () => {
  let db: InMemoryInbox;
  let deadLetters: CollectedDeadLetters;
  let applied: EventEnvelope[];
  let failWith: Error | undefined;
  let consumer: EventConsumer<InMemoryInbox>;

  beforeEach(() => {
    db = new InMemoryInbox();
    deadLetters = new CollectedDeadLetters();
    applied = [];
    failWith = undefined;
    const handlers: EventHandlers<InMemoryInbox> = {
      'proposal.submitted.v1': async (event) => {
        if (failWith) throw failWith;
        applied.push(event);
      },
    };
    consumer = new EventConsumer(db, deadLetters, handlers, { consumer: 'workflow', maxAttempts: 3 });
  });

  it('applies an event once: a redelivery is a duplicate, an older event of the aggregate is stale', async () => {
    const second = envelope({ sequence: 2 });
    expect(await consumer.consume(JSON.stringify(second), source())).toBe('applied');
    expect(await consumer.consume(JSON.stringify(second), source())).toBe('duplicate');
    expect(await consumer.consume(JSON.stringify(envelope({ sequence: 1 })), source())).toBe('stale');
    expect(applied.map((event) => event.sequence)).toEqual([2]);
  });

  it('ignores types it does not follow, and dead-letters what it can never apply', async () => {
    expect(await consumer.consume(JSON.stringify(envelope({ type: 'round.created' })), source())).toBe('ignored');
    expect(await consumer.consume('{not json', source())).toBe('dead-lettered');
    expect(await consumer.consume(JSON.stringify(envelope({ version: 2 })), source())).toBe('dead-lettered');
    failWith = new ParseError('proposal.state', 'must be a state');
    expect(await consumer.consume(JSON.stringify(envelope()), source())).toBe('dead-lettered');
    failWith = new PermanentEventError('unknown proposal');
    expect(await consumer.consume(JSON.stringify(envelope()), source())).toBe('dead-lettered');
    expect(deadLetters.letters.map((letter) => letter.reason)).toEqual([
      expect.any(String),
      'unknown version 2 of proposal.submitted',
      'proposal.state: must be a state',
      'unknown proposal',
    ]);
    expect(deadLetters.letters.every((letter) => letter.consumer === 'workflow')).toBe(true);
    // A dead-lettered event's inbox entry was rolled back with its transaction: nothing counts as applied.
    expect(db.processed.size).toBe(0);
  });

  it('retries a failing event, rolling back its claim, and dead-letters it after maxAttempts', async () => {
    const failing = JSON.stringify(envelope());
    const from = source();
    failWith = new Error('deadlock detected');
    await expect(consumer.consume(failing, from)).rejects.toThrow('deadlock detected');
    await expect(consumer.consume(failing, from)).rejects.toThrow('deadlock detected');
    expect(db.processed.size).toBe(0);
    expect(await consumer.consume(failing, from)).toBe('dead-lettered');
    expect(deadLetters.letters[0]?.reason).toBe('failed 3 times: deadlock detected');
  });

  it('applies a batch in one transaction, and one by one when it fails, so a poison message is dead-lettered alone', async () => {
    const first = envelope({ aggregateId: 'proposal-a' });
    const second = envelope({ aggregateId: 'proposal-b' });
    const outcomes = await consumer.consumeBatch([
      { value: JSON.stringify(first), source: source() },
      { value: '{"not": "an envelope"}', source: source() },
      { value: JSON.stringify(first), source: source() },
      { value: JSON.stringify(second), source: source() },
    ]);
    expect(outcomes).toEqual(['applied', 'dead-lettered', 'duplicate', 'applied']);

    db.failTransactions = 1;
    const third = envelope({ aggregateId: 'proposal-c' });
    expect(await consumer.consumeBatch([{ value: JSON.stringify(third), source: source() }])).toEqual(['applied']);
    expect(applied.map((event) => event.aggregateId)).toEqual(['proposal-a', 'proposal-b', 'proposal-c']);
  });

  // Issue 32: /health counts the events each instance consumed.
  it('counts each message it handled once, by itself, in a batch and in a failed batch applied one by one', async () => {
    let counted = 0;
    const handlers: EventHandlers<InMemoryInbox> = { 'proposal.submitted.v1': async (event) => void applied.push(event) };
    const counting = new EventConsumer(db, deadLetters, handlers, { consumer: 'workflow', onConsumed: (count) => (counted += count) });
    await counting.consume(JSON.stringify(envelope({ aggregateId: 'a', sequence: 1 })), source());
    expect(counted).toBe(1);
    await counting.consumeBatch([1, 2].map((sequence) => ({ value: JSON.stringify(envelope({ aggregateId: 'b', sequence })), source: source() })));
    expect(counted).toBe(3);
    db.failTransactions = 1;
    await counting.consumeBatch([1, 2].map((sequence) => ({ value: JSON.stringify(envelope({ aggregateId: 'c', sequence })), source: source() })));
    expect(counted).toBe(5);
  });
});
