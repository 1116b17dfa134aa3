import { hostname } from 'node:os';
import { hostPortList, oneOf, text } from '../config/config-schema';
import { hardeningConfigSchema, wholeNumber } from '../hardening/hardening-config';

/** Variables every service reads. */
export const commonConfigSchema = {
  KAFKA_BROKERS: hostPortList(),
  KAFKA_TOPIC_PREFIX: text(''),
  // How soon the consumer group gives a dead instance's partitions to another (the broker's
  // group.min.session.timeout.ms, 6 s by default, is the least it accepts); read by the consumers (consumerTimeouts).
  KAFKA_SESSION_TIMEOUT_MS: wholeNumber(30_000, 1),
  KAFKA_HEARTBEAT_INTERVAL_MS: wholeNumber(3_000, 1),
  // This instance's name in /health, where several run behind a load balancer.
  INSTANCE_ID: text(`${hostname()}:${process.pid}`),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const, 'info'),
  HTTP_HOST: text('127.0.0.1'),
  ...hardeningConfigSchema,
};

// Token settings moved next to the verifier (auth/auth-config.ts); re-exported here for the services.
export { authConfigSchema, authProblems } from '../auth/auth-config';
