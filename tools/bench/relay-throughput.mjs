// Relay throughput: how fast the outbox relay moves a backlog of events to Kafka. The real OutboxRelay and
// KafkaPublisher (as the services configure them) run in this process against a scratch copy of the intake
// database and topics of their own (the benchmark's prefix + "relay."), so no service consumes these events. A
// consumer then checks that every event arrived.
import { randomUUID } from 'node:crypto';
import { loadTs } from '../infra/load-ts.mjs';
import { deleteTopicsAndGroups } from './environment.mjs';

const INSERT_CHUNK = 1000;
const TARGET_EVENTS_PER_SECOND = 10_000;

/** A proposal.submitted.v1 event of intake's size (the full proposal snapshot, about 2 KB of JSON), in its outbox form. */
function submittedEvent({ definition }, runId, index, content) {
  const proposalId = randomUUID();
  const proposal = {
    proposalId,
    roundId: runId,
    reference: `${content.reference}-${index}`,
    committee: content.committee,
    state: 'submitted',
    version: 2,
    content,
    submittedAt: new Date().toISOString(),
    submittedBy: 'bench',
  };
  const actor = { id: 'bench', role: 'committee_secretariat', committee: content.committee };
  // Built here, not with newEvent: the demo input (amounts as Danish text) is not a validated snapshot, and the relay does not care.
  const { topic, type, version } = definition;
  const envelope = {
    id: randomUUID(),
    type,
    version,
    aggregateId: proposalId,
    sequence: 2,
    occurredAt: new Date().toISOString(),
    actor,
    correlationId: runId,
    causationId: null,
    payload: { proposal },
  };
  return { topic, envelope };
}

async function waitForBacklog(relay, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await relay.backlog()) === 0) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads the topic from the start until every expected event id was seen (or the time is up); returns the count. */
async function countDelivered(kafka, topicPrefix, topic, expected, timeoutMs) {
  const consumer = kafka.consumer({ groupId: `${topicPrefix}check-${randomUUID()}` });
  const seen = new Set();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        const id = message.headers?.['event-id']?.toString();
        if (id && expected.has(id)) seen.add(id);
      }
      if (seen.size === expected.size) done();
    },
  });
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  await consumer.disconnect();
  return seen.size;
}

export async function run({ smoke, settings }) {
  const { ensureServiceDatabase, suffixedDatabaseUrl } = await import('../infra/postgres.mjs');
  const { ensureTopics } = await import('../infra/kafka.mjs');
  const { IntakeDatabase } = loadTs('libs/intake/data-access/src/index.ts');
  const { KafkaPublisher, OutboxRelay, appendToOutbox, createKafka } = loadTs('libs/shared/messaging/src/index.ts');
  const { IntakeEvent, Topic, physicalTopic } = loadTs('libs/shared/contracts/src/index.ts');
  const { budget2026Proposals } = loadTs('libs/shared/domain/src/index.ts');

  // After the benchmark's own prefix, so two checkouts can benchmark side by side on one broker.
  const topicPrefix = `${settings.KAFKA_TOPIC_PREFIX}relay.`;
  const count = smoke ? 200 : 10_000;
  const writer = { definition: IntakeEvent.ProposalSubmitted };
  const url = suffixedDatabaseUrl(settings.INTAKE_DATABASE_URL, '_relay');
  await ensureServiceDatabase('intake', url);
  // Fresh topics: the delivery check reads its topic from the start.
  await deleteTopicsAndGroups(topicPrefix);
  await ensureTopics(topicPrefix);
  const db = new IntakeDatabase(url);
  const kafka = createKafka({ brokers: settings.KAFKA_BROKERS.split(','), clientId: 'relay-bench', topicPrefix: topicPrefix });
  const publisher = new KafkaPublisher(kafka);
  const relay = new OutboxRelay(db, publisher, { topicPrefix: topicPrefix });
  try {
    await db.$executeRawUnsafe('TRUNCATE outbox_event');
    // Warm-up: connect the producer and publish a few events, so the measured run starts with a warm connection.
    await appendToOutbox(
      db,
      Array.from({ length: 10 }, (_item, index) => submittedEvent(writer, 'warm-up', index, budget2026Proposals[0])),
    );
    while ((await relay.publishRound()) > 0);

    // The backlog: committed before the relay starts, as after a broker outage or a burst.
    const runId = randomUUID();
    const events = Array.from({ length: count }, (_item, index) =>
      submittedEvent(writer, runId, index, budget2026Proposals[index % budget2026Proposals.length]),
    );
    for (let start = 0; start < count; start += INSERT_CHUNK) await appendToOutbox(db, events.slice(start, start + INSERT_CHUNK));
    const bytes = events.reduce((sum, event) => sum + JSON.stringify(event.envelope).length, 0);

    const started = performance.now();
    relay.start();
    const drained = await waitForBacklog(relay, 300_000);
    const seconds = (performance.now() - started) / 1000;
    await relay.stop();

    const delivered = await countDelivered(
      kafka,
      topicPrefix,
      physicalTopic(Topic.IntakeEvents, topicPrefix),
      new Set(events.map((event) => event.envelope.id)),
      60_000,
    );
    const rate = Math.round(count / seconds);
    const problems = [
      ...(drained ? [] : [`the relay did not drain the outbox within 300 s`]),
      ...(delivered === count ? [] : [`${count - delivered} of ${count} events were not found on Kafka`]),
    ];
    return {
      title: `Relay throughput: ${count.toLocaleString('en')} waiting events, outbox → Kafka (target ≥ 10,000 events/s)`,
      columns: ['events', 'seconds', 'events/s', 'target', 'ratio', 'MB/s', 'delivered'],
      rows: [
        [
          count,
          seconds.toFixed(2),
          rate,
          TARGET_EVENTS_PER_SECOND,
          (rate / TARGET_EVENTS_PER_SECOND).toFixed(2),
          (bytes / 1e6 / seconds).toFixed(1),
          delivered,
        ],
      ],
      notes: [
        'from the relay’s start until the outbox is empty; the whole backlog was committed before; delivered = found on Kafka afterwards; ratio = events/s ÷ target',
      ],
      problems,
      figures: {
        events: count,
        seconds,
        eventsPerSecond: rate,
        megabytesPerSecond: bytes / 1e6 / seconds,
        averageEventBytes: Math.round(bytes / count),
        delivered,
        target: { eventsPerSecond: TARGET_EVENTS_PER_SECOND },
      },
    };
  } finally {
    await relay.stop();
    await publisher.close();
    await db.$disconnect();
  }
}
