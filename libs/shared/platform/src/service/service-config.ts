import { hostPortList, oneOf, text } from '../config/config-schema';
import { hardeningConfigSchema } from '../hardening/hardening-config';

/** Variables every service reads. */
export const commonConfigSchema = {
  KAFKA_BROKERS: hostPortList(),
  KAFKA_TOPIC_PREFIX: text(''),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const, 'info'),
  HTTP_HOST: text('127.0.0.1'),
  ...hardeningConfigSchema,
};

// Token settings moved next to the verifier (auth/auth-config.ts); re-exported here for the services.
export { authConfigSchema, authProblems } from '../auth/auth-config';
