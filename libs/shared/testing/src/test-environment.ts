import { KafkaSettings, createKafka } from '@budgetflow/messaging';
import { Kafka } from 'kafkajs';

/** Settings of the real broker the tests use, with this test file's own topic prefix (set in jest's setup). */
export function testKafkaSettings(clientId: string, brokers = required('KAFKA_BROKERS')): KafkaSettings {
  return {
    brokers: brokers.split(','),
    clientId,
    topicPrefix: required('KAFKA_TOPIC_PREFIX'),
  };
}

export function testKafka(clientId = 'test', brokers?: string): Kafka {
  return createKafka(testKafkaSettings(clientId, brokers));
}

/** The test database URL of a service (e.g. INTAKE_DATABASE_URL), prepared by `npm test`. */
export function testDatabaseUrl(variable: 'INTAKE_DATABASE_URL' | 'WORKFLOW_DATABASE_URL' | 'REPORTING_DATABASE_URL'): string {
  return required(variable);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\`, which prepares the databases and the broker.`);
  return value;
}
