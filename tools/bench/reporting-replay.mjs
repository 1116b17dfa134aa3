// Reporting replay: how fast the reporting read model applies events when a fresh consumer group reads the
// topics from their start. The service's own consumer (KafkaBatchServer, EventConsumer with the read model's
// batch handler) runs in this process against a fresh copy of the reporting database and topics of its own (the
// benchmark's prefix + "replay."), after the whole backlog was published.
import { loadTs } from '../infra/load-ts.mjs';
import { deleteTopicsAndGroups } from './environment.mjs';

const TARGET_EVENTS_PER_SECOND = 1000;
const PROPOSALS_PER_ROUND = 10;
const UPDATES_PER_PROPOSAL = 8;

/** Intake's events of whole rounds: each round created, then each proposal drafted, submitted and updated. */
function roundEvents(IntakeEventStory, references, count) {
  const events = [];
  while (events.length < count) {
    const story = new IntakeEventStory();
    events.push(story.roundCreated());
    for (let index = 0; index < PROPOSALS_PER_ROUND; index += 1) {
      const proposal = story.proposal(references[index % references.length]);
      events.push(proposal.drafted(), proposal.submitted());
      for (let update = 1; update <= UPDATES_PER_PROPOSAL; update += 1) events.push(proposal.updated(`Udgave ${update}`));
    }
  }
  return events.slice(0, count);
}

async function appliedCount(db) {
  const [{ count }] = await db.$queryRawUnsafe('SELECT count(*)::int AS count FROM processed_event');
  return count;
}

export async function run({ smoke, settings }) {
  const { ensureServiceDatabase, suffixedDatabaseUrl } = await import('../infra/postgres.mjs');
  const { ensureTopics } = await import('../infra/kafka.mjs');
  const { ReportingDatabase } = loadTs('libs/reporting/data-access/src/index.ts');
  const { EventConsumer, KafkaBatchServer, KafkaDeadLetterSink, KafkaPublisher, createKafka } = loadTs('libs/shared/messaging/src/index.ts');
  const { Topic, physicalTopic } = loadTs('libs/shared/contracts/src/index.ts');
  const { budget2026Proposals } = loadTs('libs/shared/domain/src/index.ts');
  const { IntakeEventStory } = loadTs('libs/shared/testing/src/intake-events.ts');
  const { applyReadModelBatch, readModelHandlers } = loadTs('apps/reporting/src/app/read-model/read-model-batch.ts');

  const count = smoke ? 300 : 10_000;
  // After the benchmark's own prefix, so two checkouts can benchmark side by side on one broker.
  const topicPrefix = `${settings.KAFKA_TOPIC_PREFIX}replay.`;
  const kafkaSettings = { brokers: settings.KAFKA_BROKERS.split(','), clientId: 'replay-bench', topicPrefix };
  const url = suffixedDatabaseUrl(settings.REPORTING_DATABASE_URL, '_replay');
  await ensureServiceDatabase('reporting', url, { empty: true });
  await deleteTopicsAndGroups(topicPrefix);
  await ensureTopics(topicPrefix);
  const db = new ReportingDatabase(url);
  const publisher = new KafkaPublisher(createKafka(kafkaSettings));
  let server;
  try {
    const topic = physicalTopic(Topic.IntakeEvents, topicPrefix);
    const events = roundEvents(
      IntakeEventStory,
      budget2026Proposals.map((proposal) => proposal.reference),
      count,
    );
    // The backlog: on the topic before the consumer group first reads it, as after a wiped read model.
    await publisher.publish(events.map((envelope) => ({ topic, key: envelope.aggregateId, value: JSON.stringify(envelope), headers: {} })));

    let batches = 0;
    const consumer = new EventConsumer(db, new KafkaDeadLetterSink(publisher, topicPrefix), readModelHandlers(), {
      consumer: 'reporting',
      applyBatch: applyReadModelBatch,
    });
    server = new KafkaBatchServer({
      settings: kafkaSettings,
      groupId: 'reporting',
      topics: [Topic.IntakeEvents, Topic.WorkflowEvents].map((name) => physicalTopic(name, topicPrefix)),
      receive: async (messages) => {
        batches += 1;
        await consumer.consumeBatch(messages);
      },
    });
    const started = performance.now();
    await new Promise((resolve, reject) => void server.listen((error) => (error ? reject(error) : resolve())));
    const deadline = Date.now() + 600_000;
    let applied = 0;
    while ((applied = await appliedCount(db)) < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(applied / seconds);
    const [{ proposals }] = await db.$queryRawUnsafe('SELECT count(*)::int AS proposals FROM report_proposal');
    const problems = applied === count ? [] : [`only ${applied} of ${count} events were applied within 600 s`];
    return {
      title: `Reporting replay: ${count.toLocaleString('en')} events from the topic’s start into a fresh read model (target ≥ 1,000 events/s)`,
      columns: ['events', 'seconds', 'events/s', 'target', 'ratio', 'batches', 'proposals'],
      rows: [[applied, seconds.toFixed(2), rate, TARGET_EVENTS_PER_SECOND, (rate / TARGET_EVENTS_PER_SECOND).toFixed(2), batches, proposals]],
      notes: [
        'from the consumer’s start (connect, join the group) until every event is in the inbox; intake’s events of whole rounds (created, drafted, submitted, 8 updates per proposal); ratio = events/s ÷ target',
      ],
      problems,
      figures: { events: applied, seconds, eventsPerSecond: rate, batches, proposals, target: { eventsPerSecond: TARGET_EVENTS_PER_SECOND } },
    };
  } finally {
    await server?.close();
    await publisher.close();
    await db.$disconnect();
  }
}
