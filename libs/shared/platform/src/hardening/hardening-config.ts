import { VariableParser } from '../config/config-schema';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from './body-deadline';
import { DEFAULT_RATE_LIMITS, RateLimitSettings } from './rate-limit';

/** A whole number >= min, or the fallback when unset. */
export const wholeNumber =
  (fallback: number, min = 0): VariableParser<number> =>
  (raw) => {
    if (raw === undefined || raw.trim() === '') return { ok: true, value: fallback };
    const value = Number(raw.trim());
    return /^\d+$/.test(raw.trim()) && Number.isSafeInteger(value) && value >= min
      ? { ok: true, value }
      : { ok: false, problem: `must be a whole number of at least ${min}, got "${raw}"` };
  };

/** Rate limits and outbox retention: variables every service reads (see .env.example). */
export const hardeningConfigSchema = {
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber(DEFAULT_RATE_LIMITS.windowSeconds, 1),
  RATE_LIMIT_PER_ADDRESS: wholeNumber(DEFAULT_RATE_LIMITS.perAddress),
  RATE_LIMIT_PER_SUBJECT: wholeNumber(DEFAULT_RATE_LIMITS.perSubject),
  OUTBOX_RETENTION_HOURS: wholeNumber(168),
  OUTBOX_RETENTION_BATCH: wholeNumber(1000, 1),
  // Longest a request's body may take to arrive (408 after it).
  REQUEST_TIMEOUT_SECONDS: wholeNumber(DEFAULT_REQUEST_TIMEOUT_SECONDS, 1),
};

export function rateLimitsFrom(config: {
  RATE_LIMIT_WINDOW_SECONDS: number;
  RATE_LIMIT_PER_ADDRESS: number;
  RATE_LIMIT_PER_SUBJECT: number;
}): RateLimitSettings {
  return { windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, perAddress: config.RATE_LIMIT_PER_ADDRESS, perSubject: config.RATE_LIMIT_PER_SUBJECT };
}
