import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload } from 'kafkajs';
import { KafkaLogSink, createKafka } from './create-kafka';
import { ConsumedMessage } from './event-consumer';
import { KafkaSettings, consumerTimeouts } from './kafka-settings';

/** Most messages handed over at once (one transaction, one offset commit). */
export const MAX_MESSAGES_PER_BATCH = 1000;

export interface KafkaBatchServerOptions {
  settings: KafkaSettings;
  /** The consumer group, after the topic prefix. */
  groupId: string;
  /** Physical topic names, read from their start on the group's first run. */
  topics: readonly string[];
  /** Applies a batch of one partition, in order; its offset is committed only after it returns. */
  receive: (messages: readonly ConsumedMessage[]) => Promise<void>;
  log?: KafkaLogSink;
}

/**
 * A Nest transport that hands Kafka messages over in batches (kafkajs `eachBatch`) instead of one by one, and
 * commits a batch's offset after it was applied. A failed batch is thrown back to kafkajs, which fetches it again
 * from the last committed offset; the consumer's inbox makes the repeat harmless.
 */
export class KafkaBatchServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | undefined;

  constructor(private readonly options: KafkaBatchServerOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    const { settings, groupId, topics, log } = this.options;
    const consumer = createKafka(settings, log).consumer({
      groupId: `${settings.topicPrefix}${groupId}`,
      allowAutoTopicCreation: false,
      ...consumerTimeouts(),
      // An idle fetch returns after 1 s, so shutting down never waits long for one.
      maxWaitTimeInMs: 1_000,
      // Up to a full batch of events of intake's size per fetch (the default 1 MiB holds about 400).
      maxBytesPerPartition: 8 * 1024 * 1024,
      retry: { initialRetryTime: 300, retries: 30, maxRetryTime: 10_000 },
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...topics], fromBeginning: true });
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.eachBatch(consumer, payload) });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      // Nest hears of a failed start through the callback only (it does not await this promise): thrown, the error
      // would be an unhandled rejection that ends the process (a service started while the broker was away), instead
      // of startAllMicroservices failing and the consumer being started again.
      callback(error);
      return;
    }
    this.consumer = consumer;
    callback();
  }

  async close(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect();
  }

  on(): void {
    // No events of its own to subscribe to.
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async eachBatch(consumer: Consumer, { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    for (let start = 0; start < batch.messages.length; start += MAX_MESSAGES_PER_BATCH) {
      if (!isRunning() || isStale()) return;
      const messages = batch.messages.slice(start, start + MAX_MESSAGES_PER_BATCH);
      await this.options.receive(messages.map(({ value, offset }) => ({ value: value?.toString() ?? null, source: { topic, partition, offset } })));
      const last = messages[messages.length - 1]?.offset as string;
      await consumer.commitOffsets([{ topic, partition, offset: (BigInt(last) + 1n).toString() }]);
      resolveOffset(last);
      await heartbeat();
    }
  }
}
