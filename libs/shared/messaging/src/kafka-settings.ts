/** How a service reaches Kafka. */
export interface KafkaSettings {
  brokers: string[];
  /** Identifies the service to the broker (client id and consumer group). */
  clientId: string;
  /** Prepended to every topic and consumer group, so that test runs and environments can share one broker. */
  topicPrefix: string;
}
