import { Topic, physicalTopic } from '@budgetflow/contracts';
import { EventPublisher } from './event-publisher';

/** Where a consumed message came from. */
export interface MessageSource {
  topic: string;
  partition: number;
  offset: string;
}

export interface DeadLetter {
  consumer: string;
  reason: string;
  source: MessageSource;
  /** The message value as received. */
  value: unknown;
}

/** Receives messages that can never be processed, so they stop blocking their partition and are kept for a person. */
export interface DeadLetterSink {
  send(letter: DeadLetter): Promise<void>;
}

/** Dead letters go to the dead-letter topic, keyed by the consumer, with the reason and origin in headers and body. */
export class KafkaDeadLetterSink implements DeadLetterSink {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly topicPrefix: string,
  ) {}

  async send(letter: DeadLetter): Promise<void> {
    await this.publisher.publish([
      {
        topic: physicalTopic(Topic.DeadLetters, this.topicPrefix),
        key: letter.consumer,
        value: JSON.stringify({ ...letter, value: typeof letter.value === 'string' ? letter.value : JSON.stringify(letter.value) }),
        headers: {
          consumer: letter.consumer,
          reason: letter.reason,
          'source-topic': letter.source.topic,
          'source-partition': String(letter.source.partition),
          'source-offset': letter.source.offset,
        },
      },
    ]);
  }
}
