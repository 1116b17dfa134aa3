/** Stored or received data that does not have the shape its type promises; the path names where. */
export class ParseError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export type Parser<T> = (value: unknown, path: string) => T;

export function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ParseError(path, 'must be an object');
  return value as Record<string, unknown>;
}

export function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ParseError(path, 'must be a string');
  return value;
}

export function nonEmptyText(value: unknown, path: string): string {
  if (text(value, path) === '') throw new ParseError(path, 'must not be empty');
  return value as string;
}

export function integer(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value)) throw new ParseError(path, 'must be an integer');
  return value as number;
}

export function positiveInteger(value: unknown, path: string): number {
  if (integer(value, path) < 1) throw new ParseError(path, 'must be at least 1');
  return value as number;
}

export function array<T>(value: unknown, path: string, item: Parser<T>): T[] {
  if (!Array.isArray(value)) throw new ParseError(path, 'must be an array');
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

export function oneOf<T extends string>(values: readonly T[]): Parser<T> {
  return (value, path) => {
    if (!values.includes(value as T)) throw new ParseError(path, `must be one of ${values.join(', ')}`);
    return value as T;
  };
}

export function nullable<T>(parser: Parser<T>): Parser<T | null> {
  return (value, path) => (value === null || value === undefined ? null : parser(value, path));
}

export function optional<T>(parser: Parser<T>): Parser<T | undefined> {
  return (value, path) => (value === undefined ? undefined : parser(value, path));
}

/** A record with the given field parsers; the fields it does not name are not kept. */
export function fields<T>(shape: { [K in keyof T]: Parser<T[K]> }): Parser<T> {
  return (value, path) => {
    const source = object(value, path);
    const result = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const parsed = shape[key](source[key], `${path}.${key}`);
      if (parsed !== undefined) result[key] = parsed;
    }
    return result;
  };
}
