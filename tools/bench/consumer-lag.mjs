// Whether the services' Kafka consumers have applied every event published so far: the end of a load's work.
import { toolsKafka } from '../infra/kafka.mjs';

/** Waits until every consumer group named with `prefix` has committed the end of every topic it reads; false on timeout. */
export async function consumersCaughtUp(prefix, timeoutMs) {
  const admin = (await toolsKafka()).admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await lag(admin, prefix)) === 0) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.disconnect();
  }
}

async function lag(admin, prefix) {
  const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter((id) => id.startsWith(prefix));
  const ends = new Map();
  let total = 0;
  for (const groupId of groups) {
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
      if (!ends.has(topic)) ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p])));
      for (const { partition, offset } of partitions) {
        const end = ends.get(topic).get(partition);
        const committed = Number(offset) < 0 ? Number(end.low) : Number(offset);
        total += Number(end.high) - committed;
      }
    }
  }
  return total;
}
