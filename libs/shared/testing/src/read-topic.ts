import { Consumer, KafkaMessage } from 'kafkajs';
import { testKafka } from './test-environment';

export interface ReceivedMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/** Collects every message of a topic from the beginning, for assertions on what really reached the broker. */
export class TopicReader {
  readonly messages: ReceivedMessage[] = [];
  private consumer: Consumer | undefined;

  /** `brokers` overrides KAFKA_BROKERS, e.g. for a test's private broker. */
  constructor(
    private readonly topic: string,
    private readonly brokers?: string,
  ) {}

  async start(): Promise<void> {
    const kafka = testKafka('topic-reader', this.brokers);
    this.consumer = kafka.consumer({ groupId: `reader-${Math.random().toString(36).slice(2)}` });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({ eachMessage: async ({ message, partition }) => void this.messages.push(toReceived(message, partition)) });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function toReceived(message: KafkaMessage, partition: number): ReceivedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
  return { key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', headers, partition, offset: message.offset };
}
