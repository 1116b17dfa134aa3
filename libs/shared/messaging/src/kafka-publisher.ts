import { Kafka, Producer, TopicMessages } from 'kafkajs';
import { EventPublisher, OutboundMessage } from './event-publisher';
import { requestChunks } from './request-chunks';

function byTopic(messages: readonly OutboundMessage[]): TopicMessages[] {
  const topics = new Map<string, TopicMessages>();
  for (const { topic, key, value, headers } of messages) {
    const entry = topics.get(topic) ?? { topic, messages: [] };
    entry.messages.push({ key, value, headers });
    topics.set(topic, entry);
  }
  return [...topics.values()];
}

/**
 * Publishes to Kafka: acks from all in-sync replicas and one request in flight, so order holds. Delivery is at
 * least once (a retry after a lost ack repeats a message); consumers recognise repeats by event id.
 */
export class KafkaPublisher implements EventPublisher {
  private producer: Producer | undefined;
  private connecting: Promise<Producer> | undefined;

  constructor(private readonly kafka: Kafka) {}

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connected();
    try {
      // One request after the other, so the order holds across requests too.
      for (const chunk of requestChunks(messages)) await producer.sendBatch({ acks: -1, topicMessages: byTopic(chunk) });
    } catch (error) {
      // Start from a fresh connection next time; kafkajs does not always recover a producer after an outage.
      await this.reset();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.reset();
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.connecting ??= (async () => {
      const producer = this.kafka.producer({ maxInFlightRequests: 1, allowAutoTopicCreation: false });
      try {
        await producer.connect();
      } catch (error) {
        this.connecting = undefined;
        throw error;
      }
      this.producer = producer;
      return producer;
    })();
    return this.connecting;
  }

  private async reset(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    this.connecting = undefined;
    await producer?.disconnect().catch(() => undefined);
  }
}
