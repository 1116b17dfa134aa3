import { Topic } from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { EventPublisher, OutboundMessage, OutboxRelay, OutboxRetention, appendToOutbox } from '@budgetflow/messaging';
import { testDatabaseUrl } from '@budgetflow/testing';
import { anEnvelope } from '../support/envelopes';

class RecordingPublisher implements EventPublisher {
  readonly messages: OutboundMessage[] = [];
  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    this.messages.push(...messages);
  }
}

// Issue 14: outbox rows were never pruned. Published rows older than the retention age go, in batches; rows not yet
// published stay whatever their age, and the relay goes on publishing while a sweep runs.
describe('outbox retention, against the real database', () => {
  let db: IntakeDatabase;
  beforeAll(() => {
    db = new IntakeDatabase(testDatabaseUrl('INTAKE_DATABASE_URL'));
  });
  afterAll(() => db.$disconnect());

  const append = async (count: number, aggregateId: string) => {
    const envelopes = Array.from({ length: count }, (_, index) => anEnvelope({ aggregateId, sequence: index + 1 }));
    await appendToOutbox(
      db,
      envelopes.map((envelope) => ({ topic: Topic.IntakeEvents, envelope })),
    );
    return envelopes.map((envelope) => envelope.id);
  };
  const ageRows = (ids: string[], hours: number, published: boolean) =>
    db.$executeRawUnsafe(
      `UPDATE outbox_event SET created_at = now() - make_interval(hours => $2), published_at = ${published ? 'now() - make_interval(hours => $2)' : 'NULL'} WHERE event_id = ANY($1::uuid[])`,
      ids,
      hours,
    );
  const remaining = async (ids: string[]) => db.outboxEvent.count({ where: { eventId: { in: ids } } });

  it('deletes old published rows in batches and keeps recent and unpublished ones', async () => {
    const old = await append(250, 'b0a7c0de-0000-4000-8000-0000000000a1');
    const recent = await append(20, 'b0a7c0de-0000-4000-8000-0000000000a2');
    const oldButUnpublished = await append(5, 'b0a7c0de-0000-4000-8000-0000000000a3');
    await ageRows(old, 200, true);
    await ageRows(recent, 2, true);
    await ageRows(oldButUnpublished, 500, false);

    const retention = new OutboxRetention(db, { maxAgeHours: 168, batchSize: 100 });
    expect(await retention.deleteBatch()).toBe(100);
    expect(await remaining(old)).toBe(150);
    // A sweep works off the rest, batch by batch.
    expect(await retention.sweep()).toBe(150);
    expect({ old: await remaining(old), recent: await remaining(recent), unpublished: await remaining(oldButUnpublished) }).toEqual({
      old: 0,
      recent: 20,
      unpublished: 5,
    });
    await db.outboxEvent.deleteMany({ where: { eventId: { in: [...recent, ...oldButUnpublished] } } });
  }, 60_000);

  it('does not block the relay: while a sweep deletes a large backlog in batches, new events are published', async () => {
    const old = await append(3000, 'b0a7c0de-0000-4000-8000-0000000000b1');
    await ageRows(old, 300, true);
    const retention = new OutboxRetention(db, { maxAgeHours: 168, batchSize: 200, batchPauseMs: 5 });
    const recorder = new RecordingPublisher();
    const relay = new OutboxRelay(db, recorder, { topicPrefix: '', batchSize: 50 });
    const sweeping = retention.sweep();
    const fresh = await append(10, 'b0a7c0de-0000-4000-8000-0000000000b2');
    const started = Date.now();
    let published = 0;
    while (published < fresh.length) published += await relay.publishRound();
    const relayMs = Date.now() - started;
    expect(await sweeping).toBe(3000);
    expect(recorder.messages.map((message) => JSON.parse(message.value).id)).toEqual(fresh);
    // The relay's rows are never locked by the sweep (SKIP LOCKED, published rows only): it is not held up.
    expect(relayMs).toBeLessThan(15_000);
    expect(await remaining(fresh)).toBe(10);
    await db.outboxEvent.deleteMany({ where: { eventId: { in: fresh } } });
  }, 60_000);

  // Issue 32: several instances of a service share its outbox; one sweeps at a time.
  it('sweeps on one instance at a time: while another instance holds the sweep lock, a sweep deletes nothing', async () => {
    const old = await append(30, 'b0a7c0de-0000-4000-8000-0000000000d1');
    await ageRows(old, 300, true);
    const other = new OutboxRetention(db, { maxAgeHours: 168, batchSize: 10 });
    const deletedWhileHeld = await db.$transaction(async (tx) => {
      // What the other instance's batch takes first: the retention's transaction-scoped lock (7_420_002).
      const [{ locked }] = await tx.$queryRawUnsafe<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock(7420002) AS locked');
      expect(locked).toBe(true);
      return other.sweep();
    });
    expect(deletedWhileHeld).toBe(0);
    expect(await remaining(old)).toBe(30);
    // The lock went with the transaction: the next sweep works off every row.
    expect(await other.sweep()).toBe(30);
    expect(await remaining(old)).toBe(0);
  });

  it('keeps everything when the retention age is 0 (switched off)', async () => {
    const old = await append(3, 'b0a7c0de-0000-4000-8000-0000000000c1');
    await ageRows(old, 10_000, true);
    const retention = new OutboxRetention(db, { maxAgeHours: 0 });
    retention.start();
    await retention.stop();
    expect(await remaining(old)).toBe(3);
  });
});
