/** How a service reaches Kafka. */
export interface KafkaSettings {
  brokers: string[];
  /** Identifies the service to the broker (client id and consumer group). */
  clientId: string;
  /** Prepended to every topic and consumer group, so that test runs and environments can share one broker. */
  topicPrefix: string;
}

/** kafkajs's consumer session: how soon the group notices a consumer that died and gives its partitions to another. */
export interface ConsumerTimeouts {
  sessionTimeout: number;
  heartbeatInterval: number;
}

/**
 * KAFKA_SESSION_TIMEOUT_MS and KAFKA_HEARTBEAT_INTERVAL_MS (validated at start-up by the platform's configuration),
 * else kafkajs's defaults: a consumer killed with -9 keeps its partitions until its session times out.
 */
export function consumerTimeouts(env: NodeJS.ProcessEnv = process.env): ConsumerTimeouts {
  const read = (name: string, fallback: number) => (/^\d+$/.test(env[name]?.trim() ?? '') ? Number(env[name]) : fallback);
  return { sessionTimeout: read('KAFKA_SESSION_TIMEOUT_MS', 30_000), heartbeatInterval: read('KAFKA_HEARTBEAT_INTERVAL_MS', 3_000) };
}
