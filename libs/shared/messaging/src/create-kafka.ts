import { Kafka, logLevel, LogEntry, Partitioners, ProducerConfig } from 'kafkajs';
import { KafkaSettings } from './kafka-settings';

export type KafkaLogSink = (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;

const levels: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs client options shared by producers, consumers, the probe and Nest's Kafka transport. */
export function kafkaClientConfig(settings: KafkaSettings, log?: KafkaLogSink) {
  return {
    clientId: `${settings.topicPrefix}${settings.clientId}`,
    brokers: settings.brokers,
    // Short timeouts: a broker outage should show in health checks and logs within seconds.
    connectionTimeout: 2000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 5000 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      log?.(levels[entry.level] ?? 'info', `kafkajs ${entry.namespace}: ${message}`, extra);
    },
  };
}

/** Options every producer gets: kafkajs's partitioner since v2 (Java's murmur2) named, so kafkajs does not warn at every start. */
export const producerDefaults: ProducerConfig = { createPartitioner: Partitioners.DefaultPartitioner };

/** The kafkajs client: the one place the rest of the code gets Kafka access from. */
export function createKafka(settings: KafkaSettings, log?: KafkaLogSink): Kafka {
  return new Kafka(kafkaClientConfig(settings, log));
}
