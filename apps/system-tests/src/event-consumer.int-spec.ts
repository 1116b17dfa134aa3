import { Topic, physicalTopic } from '@budgetflow/contracts';
import { EventConsumer, KafkaDeadLetterSink, KafkaPublisher, PermanentEventError, SqlExecutor } from '@budgetflow/messaging';
import { TopicReader, expectEventually, testDatabaseUrl, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { EventEnvelope } from '@budgetflow/contracts';
import { anEnvelope } from './support/envelopes';

// The consumer's guarantees against the real workflow database and the real dead-letter topic.
describe('EventConsumer', () => {
  let db: WorkflowDatabase;
  let publisher: KafkaPublisher;
  let deadLetters: TopicReader;
  const applied: EventEnvelope[] = [];
  let failNext: Error | undefined;
  const source = (offset: number) => ({ topic: 'budgetflow.intake.events', partition: 0, offset: String(offset) });

  const consumer = () =>
    new EventConsumer(
      db,
      new KafkaDeadLetterSink(publisher, process.env['KAFKA_TOPIC_PREFIX'] ?? ''),
      {
        'proposal.submitted.v1': async (envelope: EventEnvelope, tx: SqlExecutor) => {
          // A real write in the consumer's transaction, so a rollback is observable.
          await tx.$executeRawUnsafe('INSERT INTO event_cursor (stream, aggregate_id, sequence) VALUES ($1, $2, 1)', 'handler-writes', envelope.id);
          if (failNext) {
            const error = failNext;
            failNext = undefined;
            throw error;
          }
          applied.push(envelope);
        },
      },
      { consumer: 'workflow-test', maxAttempts: 2 },
    );

  beforeAll(async () => {
    db = new WorkflowDatabase(testDatabaseUrl('WORKFLOW_DATABASE_URL'));
    publisher = new KafkaPublisher(testKafka());
    deadLetters = new TopicReader(physicalTopic(Topic.DeadLetters, process.env['KAFKA_TOPIC_PREFIX']));
    await deadLetters.start();
  });
  afterAll(async () => {
    await deadLetters.stop();
    await publisher.close();
    await db.$disconnect();
  });

  it('applies an event once: the same event again changes nothing', async () => {
    const envelope = anEnvelope();
    const subject = consumer();
    expect(await subject.consume(envelope, source(1))).toBe('applied');
    expect(await subject.consume(JSON.stringify(envelope), source(2))).toBe('duplicate');
    expect(applied.filter((event) => event.id === envelope.id)).toHaveLength(1);
  });

  it('recognises an older event of the same aggregate arriving after a newer one', async () => {
    const aggregateId = anEnvelope().aggregateId;
    const subject = consumer();
    expect(await subject.consume(anEnvelope({ aggregateId, sequence: 2 }), source(3))).toBe('applied');
    expect(await subject.consume(anEnvelope({ aggregateId, sequence: 1 }), source(4))).toBe('stale');
    expect(await subject.consume(anEnvelope({ aggregateId, sequence: 3 }), source(5))).toBe('applied');
  });

  it('ignores event types it does not handle', async () => {
    expect(await consumer().consume(anEnvelope({ type: 'round.created' }), source(6))).toBe('ignored');
  });

  it.each([
    ['a value that is not JSON', 'this is not json', /not JSON/],
    ['an envelope without an id', { ...anEnvelope(), id: 'x' }, /id must be a UUID/],
    ['an unknown version of a handled type', anEnvelope({ version: 9 }), /unknown version 9 of proposal.submitted/],
  ])('dead-letters %s with the reason, and goes on', async (_name, value, reason) => {
    const offset = 100 + Math.floor(Math.random() * 1e6);
    expect(await consumer().consume(value, source(offset))).toBe('dead-lettered');
    await expectEventually(() => {
      const letter = deadLetters.messages.find((message) => message.headers['source-offset'] === String(offset));
      expect(letter?.headers['reason']).toMatch(reason);
      expect(letter?.headers['consumer']).toBe('workflow-test');
    });
    const next = anEnvelope();
    expect(await consumer().consume(next, source(offset + 1))).toBe('applied');
  });

  it('dead-letters an event its handler rejects as permanent, and keeps none of its writes', async () => {
    const envelope = anEnvelope();
    failNext = new PermanentEventError('payload.title is missing');
    expect(await consumer().consume(envelope, source(7))).toBe('dead-lettered');
    expect(await db.processedEvent.findUnique({ where: { eventId: envelope.id } })).toBeNull();
    expect(await db.eventCursor.findMany({ where: { aggregateId: envelope.id } })).toEqual([]);
  });

  it('retries an unexpected failure, then dead-letters it after the last attempt', async () => {
    const envelope = anEnvelope();
    const subject = consumer();
    failNext = new Error('database hiccup');
    await expect(subject.consume(envelope, source(8))).rejects.toThrow('database hiccup');
    expect(await subject.consume(envelope, source(8))).toBe('applied');

    const doomed = anEnvelope();
    failNext = new Error('still broken');
    await expect(subject.consume(doomed, source(9))).rejects.toThrow('still broken');
    failNext = new Error('still broken');
    expect(await subject.consume(doomed, source(9))).toBe('dead-lettered');
  });
});
