import { Topic, physicalTopic } from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { EventPublisher, KafkaPublisher, OutboundMessage, OutboxRelay, appendToOutbox } from '@budgetflow/messaging';
import { ReceivedMessage, TopicReader, expectEventually, testDatabaseUrl, testKafka } from '@budgetflow/testing';
import { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { anEnvelope } from './support/envelopes';

const prefix = () => process.env['KAFKA_TOPIC_PREFIX'] ?? '';

/** Keeps what the relay hands over, in order. */
class RecordingPublisher implements EventPublisher {
  readonly messages: OutboundMessage[] = [];
  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    this.messages.push(...messages);
  }
}

/** A kafkajs client whose producers count the sendBatch calls under way at once (each is one request to our one broker). */
function countingKafka(clientId: string): { kafka: Kafka; mostInFlight: () => number } {
  const kafka = testKafka(clientId);
  const createProducer = kafka.producer.bind(kafka);
  let inFlight = 0;
  let most = 0;
  kafka.producer = (config) => {
    const producer = createProducer(config);
    const sendBatch = producer.sendBatch.bind(producer);
    producer.sendBatch = async (batch) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await sendBatch(batch);
      } finally {
        inFlight -= 1;
      }
    };
    return producer;
  };
  return { kafka, mostInFlight: () => most };
}

/** The keys whose events did not arrive exactly once each, in sequence 1, 2, 3 … (what a consumer of a key relies on). */
function keysOutOfOrder(received: readonly ReceivedMessage[], keys: readonly string[], eventsPerKey: number): string[] {
  const expected = Array.from({ length: eventsPerKey }, (_item, index) => index + 1);
  return keys.filter((key) => {
    const sequences = received.filter((message) => message.key === key).map((message) => JSON.parse(message.value).sequence);
    return JSON.stringify(sequences) !== JSON.stringify(expected);
  });
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

  describe('with several requests in flight', () => {
    const keys: string[] = Array.from({ length: 24 }, () => randomUUID());
    const eventsPerKey = 25;
    // Keys interleaved as busy writers leave them: every request holds events of many keys.
    const interleaved = () =>
      Array.from({ length: eventsPerKey }, (_item, index) =>
        keys.map((aggregateId) => anEnvelope({ aggregateId, sequence: index + 1, payload: { text: 'Anlæg og drift. '.repeat(60) } })),
      ).flat();
    let reader: TopicReader;

    beforeAll(async () => {
      reader = new TopicReader(physicalTopic(Topic.IntakeEvents, prefix()));
      await reader.start();
    });
    afterAll(async () => {
      await reader.stop();
    });

    it('keeps every key in order on Kafka across 3 lanes of small requests and the batches of a round', async () => {
      const envelopes = interleaved();
      await appendToOutbox(
        db,
        envelopes.map((envelope) => ({ topic: Topic.IntakeEvents, envelope })),
      );
      const { kafka, mostInFlight } = countingKafka('relay-lanes-test');
      // 8 KiB requests: about 80 requests for 600 events of 1 KB, in batches of 200.
      const publisher = new KafkaPublisher(kafka, { maxRequestBytes: 8 * 1024 });
      try {
        expect(await new OutboxRelay(db, publisher, { topicPrefix: prefix(), batchSize: 200 }).publishRound()).toBe(envelopes.length);
      } finally {
        await publisher.close();
      }

      expect(mostInFlight()).toBe(3);
      await expectEventually(() => expect(reader.messages.filter((message) => keys.includes(message.key))).toHaveLength(envelopes.length), {
        timeoutMs: 30_000,
      });
      expect(keysOutOfOrder(reader.messages, keys, eventsPerKey)).toEqual([]);
    }, 60_000);

    it('finds a key whose events reached Kafka out of order (the check above is not blind)', async () => {
      const key = randomUUID();
      const publisher = new KafkaPublisher(testKafka('relay-lanes-control'), { maxRequestBytes: 8 * 1024 });
      const inOrder = Array.from({ length: eventsPerKey }, (_item, index) => anEnvelope({ aggregateId: key, sequence: index + 1 }));
      const messages = inOrder.map((envelope) => ({
        topic: physicalTopic(Topic.IntakeEvents, prefix()),
        key,
        value: JSON.stringify(envelope),
        headers: { 'event-id': envelope.id },
      }));
      try {
        // Two events swapped, as two requests of one key in flight at once could land after a retry.
        await publisher.publish([...messages.slice(1, 2), ...messages.slice(0, 1), ...messages.slice(2)]);
      } finally {
        await publisher.close();
      }

      await expectEventually(() => expect(reader.messages.filter((message) => message.key === key)).toHaveLength(eventsPerKey), { timeoutMs: 30_000 });
      expect(keysOutOfOrder(reader.messages, [key], eventsPerKey)).toEqual([key]);
    }, 60_000);
  });
});
