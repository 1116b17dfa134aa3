import { Kafka, Producer, TopicMessages } from 'kafkajs';
import { producerDefaults } from './create-kafka';
import { EventPublisher, OutboundMessage } from './event-publisher';
import { keyLanes } from './key-lanes';
import { MAX_REQUEST_BYTES, requestChunks } from './request-chunks';

export interface KafkaPublisherOptions {
  /** Requests in flight at once, one per lane of keys (3: the partitions of our topics). */
  lanes?: number;
  /** Upper bound of one request (tests lower it to get many requests from few events). */
  maxRequestBytes?: number;
}

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
 * Publishes to Kafka with acks from all in-sync replicas. The messages are split by key into lanes: each lane's
 * requests leave one after the other (the next only after the broker acknowledged the one before, retries
 * included), while the lanes' requests are in flight side by side, so the process encodes one request while the
 * broker appends another. Every message of a key is in one lane, so the order per key holds; kafkajs's default
 * partitioner still picks the partition, so a key lands where it always did. Delivery is at least once (a retry
 * after a lost ack repeats a message); consumers recognise repeats by event id.
 */
export class KafkaPublisher implements EventPublisher {
  private producer: Producer | undefined;
  private connecting: Promise<Producer> | undefined;
  private readonly lanes: number;
  private readonly maxRequestBytes: number;

  constructor(
    private readonly kafka: Kafka,
    options: KafkaPublisherOptions = {},
  ) {
    this.lanes = options.lanes ?? 3;
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  }

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connected();
    let failed = false;
    const sendLane = async (lane: OutboundMessage[]) => {
      for (const chunk of requestChunks(lane, this.maxRequestBytes)) {
        // After another lane failed the whole publish is repeated, so sending more would only add repeats.
        if (failed) return;
        try {
          await producer.sendBatch({ acks: -1, topicMessages: byTopic(chunk) });
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    // Settled, not Promise.all: the producer is reset only after every lane has stopped using it.
    const outcomes = await Promise.allSettled(keyLanes(messages, this.lanes).map(sendLane));
    const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failure) {
      // Start from a fresh connection next time; kafkajs does not always recover a producer after an outage.
      await this.reset();
      throw failure.reason;
    }
  }

  async close(): Promise<void> {
    await this.reset();
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.connecting ??= (async () => {
      // As many requests in flight as lanes: the lanes keep the order, not the connection.
      const producer = this.kafka.producer({ ...producerDefaults, maxInFlightRequests: this.lanes, allowAutoTopicCreation: false });
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
