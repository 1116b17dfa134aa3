import { EventEnvelope, ParseError, Topic, physicalTopic } from '@budgetflow/contracts';
import {
  ConsumedMessage,
  EventConsumer,
  KafkaBatchServer,
  KafkaDeadLetterSink,
  KafkaPublisher,
  SqlExecutor,
  createTopicsWithLeaders,
} from '@budgetflow/messaging';
import { TopicReader, expectEventually, testDatabaseUrl, testKafka, testKafkaSettings } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Admin } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { anEnvelope } from './support/envelopes';

const prefix = process.env['KAFKA_TOPIC_PREFIX'] ?? '';

// A batch from the real broker into the real database: one transaction, exactly once, in order, the offset after it.
describe('EventConsumer with KafkaBatchServer: a batch with a duplicate, an older event and malformed messages', () => {
  const runId = randomUUID();
  // A topic of its own, so no other test's events are in the batch.
  const topic = `${prefix}test.batch-${runId}`;
  const groupId = `test.batch-${runId}`;
  const appliedStream = `applied-${runId}`;
  let db: WorkflowDatabase;
  let publisher: KafkaPublisher;
  let admin: Admin;
  let deadLetters: TopicReader;
  let server: KafkaBatchServer;

  const committedOffset = async () => {
    const [entry] = await admin.fetchOffsets({ groupId: `${prefix}${groupId}`, topics: [topic] });
    return Number(entry?.partitions[0]?.offset ?? -1);
  };

  beforeAll(async () => {
    db = new WorkflowDatabase(testDatabaseUrl('WORKFLOW_DATABASE_URL'));
    publisher = new KafkaPublisher(testKafka());
    admin = testKafka('batch-test-admin').admin();
    await admin.connect();
    await createTopicsWithLeaders(admin, [{ topic, numPartitions: 1 }]);
    deadLetters = new TopicReader(physicalTopic(Topic.DeadLetters, prefix));
    await deadLetters.start();
  });
  afterAll(async () => {
    await server?.close();
    await deadLetters?.stop();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.deleteGroups([`${prefix}${groupId}`]).catch(() => undefined);
    await admin.disconnect();
    await publisher.close();
    await db.$disconnect();
  });

  it('applies each new event once and in order, dead-letters the malformed ones, and commits the offset after each batch', async () => {
    const aggregateId = randomUUID();
    const first = anEnvelope({ aggregateId, sequence: 1 });
    const third = anEnvelope({ aggregateId, sequence: 3 });
    const older = anEnvelope({ aggregateId, sequence: 2 });
    const poisoned = anEnvelope({ aggregateId, sequence: 4, payload: { poison: true } });
    const fifth = anEnvelope({ aggregateId, sequence: 5 });
    const values = [first, third, first, older, 'this is not json', poisoned, fifth].map((value) =>
      typeof value === 'string' ? value : JSON.stringify(value),
    );
    await publisher.publish(values.map((value) => ({ topic, key: aggregateId, value, headers: {} })));

    const consumer = new EventConsumer(
      db,
      new KafkaDeadLetterSink(publisher, prefix),
      {
        'proposal.submitted.v1': async (envelope: EventEnvelope, tx: SqlExecutor) => {
          if ((envelope.payload as { poison?: boolean }).poison) throw new ParseError('payload.title', 'is missing');
          // The application's place in the committed order; the key (event id) fails a second application of one event.
          await tx.$executeRawUnsafe(
            'INSERT INTO event_cursor (stream, aggregate_id, sequence) SELECT $1, $2, count(*) + 1 FROM event_cursor WHERE stream = $1',
            appliedStream,
            envelope.id,
          );
        },
      },
      { consumer: 'batch-test', maxAttempts: 2 },
    );
    const commitsSeenBefore: { firstOffset: number; committed: number }[] = [];
    server = new KafkaBatchServer({
      settings: testKafkaSettings('batch-test'),
      groupId,
      topics: [topic],
      receive: async (messages: readonly ConsumedMessage[]) => {
        commitsSeenBefore.push({ firstOffset: Number(messages[0]?.source.offset), committed: await committedOffset() });
        await consumer.consumeBatch(messages);
      },
    });
    await new Promise<void>((resolve, reject) => void server.listen((error) => (error ? reject(error) : resolve())));

    await expectEventually(async () => expect(await committedOffset()).toBe(values.length), { timeoutMs: 30_000 });
    const applied = await db.eventCursor.findMany({ where: { stream: appliedStream }, orderBy: { sequence: 'asc' } });
    expect(applied.map((row) => row.aggregateId)).toEqual([first.id, third.id, fifth.id]);
    // Before each batch, the committed offset is where the batch starts (nothing of it committed message by message).
    for (const batch of commitsSeenBefore) expect([batch.firstOffset, ...(batch.firstOffset === 0 ? [-1] : [])]).toContain(batch.committed);
    await expectEventually(() => {
      const letters = deadLetters.messages.filter((message) => message.headers['source-topic'] === topic);
      expect(letters.map((letter) => Number(letter.headers['source-offset'])).sort()).toEqual([4, 5]);
      expect(letters.find((letter) => letter.headers['source-offset'] === '5')?.headers['reason']).toMatch(/payload.title/);
    });
  }, 60_000);
});
