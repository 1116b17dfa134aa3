import { Topic, physicalTopic } from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { EventPublisher, KafkaPublisher, OutboundMessage, OutboxRelay, appendToOutbox } from '@budgetflow/messaging';
import { TopicReader, expectEventually, testDatabaseUrl, testKafka } from '@budgetflow/testing';
import { anEnvelope } from './support/envelopes';

const prefix = () => process.env['KAFKA_TOPIC_PREFIX'] ?? '';

/** Keeps what the relay hands over, in order. */
class RecordingPublisher implements EventPublisher {
  readonly messages: OutboundMessage[] = [];
  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    this.messages.push(...messages);
  }
}

describe('the outbox relay, against the real database and broker', () => {
  let db: IntakeDatabase;

  beforeAll(() => {
    db = new IntakeDatabase(testDatabaseUrl('INTAKE_DATABASE_URL'));
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it('publishes a backlog in outbox order across the batches of a round, also where positions gain a digit (9 → 10, 99 → 100)', async () => {
    const aggregateId = 'b0a7c0de-0000-4000-8000-000000000001';
    const envelopes = Array.from({ length: 120 }, (_item, index) => anEnvelope({ aggregateId, sequence: index + 1 }));
    await appendToOutbox(
      db,
      envelopes.map((envelope) => ({ topic: Topic.IntakeEvents, envelope })),
    );
    const recorder = new RecordingPublisher();

    const published = await new OutboxRelay(db, recorder, { topicPrefix: prefix(), batchSize: 25 }).publishRound();

    expect(published).toBe(envelopes.length);
    expect(recorder.messages.map((message) => JSON.parse(message.value).sequence)).toEqual(envelopes.map((envelope) => envelope.sequence));
    expect(recorder.messages[0]).toEqual({
      topic: physicalTopic(Topic.IntakeEvents, prefix()),
      key: aggregateId,
      value: expect.any(String),
      headers: { 'event-id': envelopes[0]?.id, 'event-type': 'proposal.submitted.v1', 'correlation-id': envelopes[0]?.correlationId },
    });
    expect(JSON.parse(recorder.messages[0]?.value ?? '')).toEqual(envelopes[0]);
    expect(await db.outboxEvent.count({ where: { publishedAt: null } })).toBe(0);
  });

  it('delivers events that together exceed what Kafka takes in one request (three of 600 KB for one key)', async () => {
    const aggregateId = 'b0a7c0de-0000-4000-8000-000000000002';
    const text = 'Besparelse på drift. '.repeat(30_000);
    const envelopes = [1, 2, 3].map((sequence) => anEnvelope({ aggregateId, sequence, payload: { text } }));
    await appendToOutbox(
      db,
      envelopes.map((envelope) => ({ topic: Topic.IntakeEvents, envelope })),
    );
    const reader = new TopicReader(physicalTopic(Topic.IntakeEvents, prefix()));
    await reader.start();
    const publisher = new KafkaPublisher(testKafka('relay-test'));
    try {
      expect(await new OutboxRelay(db, publisher, { topicPrefix: prefix() }).publishRound()).toBe(envelopes.length);

      await expectEventually(() => expect(reader.messages.filter((message) => message.key === aggregateId)).toHaveLength(envelopes.length), {
        timeoutMs: 30_000,
      });
      const received = reader.messages.filter((message) => message.key === aggregateId).map((message) => JSON.parse(message.value));
      expect(received.map((envelope) => envelope.sequence)).toEqual(envelopes.map((envelope) => envelope.sequence));
      expect(received[2].payload.text).toBe(text);
    } finally {
      await publisher.close();
      await reader.stop();
    }
  }, 60_000);
});
