import { ALL_TOPICS, TOPIC_PARTITIONS, physicalTopic } from '@budgetflow/contracts';
import { Kafka } from 'kafkajs';

/** Creates the Budgetflow topics for `prefix` that do not exist yet; returns the names it created. */
export async function ensureTopics(kafka: Kafka, prefix: string): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = ALL_TOPICS.map((topic) => physicalTopic(topic, prefix)).filter((name) => !existing.has(name));
    if (missing.length > 0) {
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS, replicationFactor: 1 })) });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}
