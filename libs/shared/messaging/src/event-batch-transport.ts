import { TopicName, physicalTopic } from '@budgetflow/contracts';
import { ConsumeOutcome, ConsumedMessage } from './event-consumer';
import { KafkaBatchServer } from './kafka-batch-server';
import { KafkaSettings } from './kafka-settings';

/** What the transport feeds: a service's EventConsumer. */
export interface BatchConsumer {
  consumeBatch(messages: readonly ConsumedMessage[]): Promise<ConsumeOutcome[]>;
}

export interface EventBatchTransportOptions {
  settings: KafkaSettings;
  /** The consumer group, after the topic prefix. */
  groupId: string;
  /** The logical topics it follows. */
  topics: readonly TopicName[];
  /** Called after a batch of which at least one event was applied (e.g. to wake a renderer). */
  afterApplied?: () => void;
}

/**
 * A service's EventConsumer fed a batch at a time (one transaction and one offset commit per batch, see
 * KafkaBatchServer), instead of Nest's message-by-message Kafka transport.
 */
export function eventBatchTransport(consumer: BatchConsumer, options: EventBatchTransportOptions): KafkaBatchServer {
  const { settings, groupId, topics, afterApplied } = options;
  return new KafkaBatchServer({
    settings,
    groupId,
    topics: topics.map((topic) => physicalTopic(topic, settings.topicPrefix)),
    receive: async (messages) => {
      const outcomes = await consumer.consumeBatch(messages);
      if (afterApplied && outcomes.includes('applied')) afterApplied();
    },
  });
}
