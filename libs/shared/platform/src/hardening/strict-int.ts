import { PipeTransform } from '@nestjs/common';
import { ProblemException } from '../http/problem';

/** Largest value of a PostgreSQL integer column (and of a 32-bit signed integer). */
export const MAX_INT32 = 2_147_483_647;

/**
 * A whole number written plainly in decimal: "16", never "0x10", "1e1", " 16", "16.0" or "+16"; within [min, max].
 * Returns undefined for anything else. The one parser for integers typed into URLs (paths and query strings).
 */
export function parseStrictInt(raw: unknown, min = 0, max = MAX_INT32): number | undefined {
  if (typeof raw !== 'string' || !/^-?(0|[1-9]\d{0,15})$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}

/** A path parameter that must be an integer in [min, max] (default 1..2^31-1); anything else is a 400 problem. */
export function intParam(path: string, description: string, { min = 1, max = MAX_INT32 } = {}): PipeTransform<string, number> {
  return {
    transform(value: string): number {
      const parsed = parseStrictInt(value, min, max);
      if (parsed === undefined) {
        throw ProblemException.invalid([{ code: 'request.isInt', path, message: `${description} skal være et heltal mellem ${min} og ${max}.` }]);
      }
      return parsed;
    },
  };
}
