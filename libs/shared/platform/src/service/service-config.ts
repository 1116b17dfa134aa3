import { VariableParser, hostPortList, oneOf, optionalText, text, url } from '../config/config-schema';

/** Variables every service reads. */
export const commonConfigSchema = {
  KAFKA_BROKERS: hostPortList(),
  KAFKA_TOPIC_PREFIX: text(''),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const, 'info'),
  HTTP_HOST: text('127.0.0.1'),
};

/** Token settings: JWT_SECRET (HS256) or JWT_JWKS_URL (an identity provider); at least one must be set. */
export const authConfigSchema = {
  JWT_SECRET: optionalText(),
  JWT_JWKS_URL: ((raw) => (raw === undefined || raw.trim() === '' ? { ok: true, value: undefined } : url('https:', 'http:')(raw))) as VariableParser<string | undefined>,
  JWT_ISSUER: optionalText(),
  JWT_AUDIENCE: optionalText(),
};

/** Refuses a configuration with neither JWT_SECRET nor JWT_JWKS_URL, or a secret too short to be safe. */
export function authProblems(env: { JWT_SECRET?: string; JWT_JWKS_URL?: string }): string[] {
  if (!env.JWT_SECRET && !env.JWT_JWKS_URL) return ['JWT_SECRET or JWT_JWKS_URL is required (how bearer tokens are verified)'];
  if (env.JWT_SECRET && env.JWT_SECRET.length < 32) return ['JWT_SECRET must be at least 32 characters'];
  return [];
}
