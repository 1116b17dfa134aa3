import { KafkaOptions, Transport } from '@nestjs/microservices';
import { KafkaLogSink, kafkaClientConfig, producerDefaults } from './create-kafka';
import { KafkaSettings, consumerTimeouts } from './kafka-settings';

/** Options for Nest's Kafka transport: our client config, our group id as is (no "-server" postfix), all history. */
export function kafkaTransport(settings: KafkaSettings, groupId: string, log?: KafkaLogSink): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      client: kafkaClientConfig(settings, log),
      consumer: {
        groupId: `${settings.topicPrefix}${groupId}`,
        allowAutoTopicCreation: false,
        ...consumerTimeouts(),
        // An idle fetch returns after 1 s, so shutting down never waits long for one.
        maxWaitTimeInMs: 1_000,
        retry: { initialRetryTime: 300, retries: 30, maxRetryTime: 10_000 },
      },
      // Nest's reply producer, which its Kafka server connects although we only consume events here.
      producer: producerDefaults,
      subscribe: { fromBeginning: true },
      postfixId: '',
      parser: { keepBinary: false },
    },
  };
}

/** The physical topic name for an @EventPattern; read when the decorator runs, from KAFKA_TOPIC_PREFIX. */
export function topicPattern(topic: string): string {
  return `${process.env['KAFKA_TOPIC_PREFIX'] ?? ''}${topic}`;
}
