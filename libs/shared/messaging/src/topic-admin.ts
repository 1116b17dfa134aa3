import { ALL_TOPICS, TOPIC_PARTITIONS, physicalTopic } from '@budgetflow/contracts';
import { Admin, ITopicConfig, Kafka } from 'kafkajs';

const LEADER_TIMEOUT_MS = 30_000;

/** Creates the Budgetflow topics for `prefix` that do not exist yet; returns the names it created. */
export async function ensureTopics(kafka: Kafka, prefix: string): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = ALL_TOPICS.map((topic) => physicalTopic(topic, prefix)).filter((name) => !existing.has(name));
    await createTopicsWithLeaders(
      admin,
      missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor: 1 })),
    );
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/** Creates the topics and returns once every partition of them has a leader. */
export async function createTopicsWithLeaders(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  if (topics.length === 0) return;
  await admin.createTopics({ waitForLeaders: false, topics });
  await waitForLeaders(
    admin,
    topics.map(({ topic }) => topic),
  );
}

/**
 * Waits until every partition of the new topics has a leader. kafkajs's own `waitForLeaders` (on by default)
 * gives up when the broker's metadata does not list a just-created topic yet ("does not host this
 * topic-partition"), which a busy broker does for a moment.
 */
async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADER_TIMEOUT_MS;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      if (metadata.topics.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Kafka did not elect leaders for ${topics.join(', ')} within ${LEADER_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
