// A tiny, explicit environment schema: each variable has a parser that either returns a value or says what is wrong.

export type VariableParser<T> = (raw: string | undefined) => { ok: true; value: T } | { ok: false; problem: string };

export type ConfigSchema = Record<string, VariableParser<unknown>>;

export type ConfigOf<S extends ConfigSchema> = { [K in keyof S]: S[K] extends VariableParser<infer T> ? T : never };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

const present = (raw: string | undefined): raw is string => raw !== undefined && raw.trim() !== '';

/** A required non-empty string, or `fallback` when given and the variable is unset. */
export const text =
  (fallback?: string): VariableParser<string> =>
  (raw) =>
    present(raw) ? { ok: true, value: raw.trim() } : fallback !== undefined ? { ok: true, value: fallback } : { ok: false, problem: 'is required' };

/** An optional string: undefined when unset. */
export const optionalText = (): VariableParser<string | undefined> => (raw) => ({ ok: true, value: present(raw) ? raw.trim() : undefined });

/** A TCP port number. */
export const port = (): VariableParser<number> => (raw) => {
  if (!present(raw)) return { ok: false, problem: 'is required (a port number)' };
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 && value < 65536
    ? { ok: true, value }
    : { ok: false, problem: `must be a port number between 1 and 65535, got "${raw}"` };
};

/** A URL with one of the given protocols, e.g. postgresql: or https:. */
export const url =
  (...protocols: string[]): VariableParser<string> =>
  (raw) => {
    if (!present(raw)) return { ok: false, problem: `is required (a ${protocols.join(' or ')} URL)` };
    try {
      const parsed = new URL(raw.trim());
      return protocols.includes(parsed.protocol)
        ? { ok: true, value: raw.trim() }
        : { ok: false, problem: `must be a ${protocols.join(' or ')} URL, got "${raw}"` };
    } catch {
      return { ok: false, problem: `must be a URL, got "${raw}"` };
    }
  };

/** A comma-separated list of host:port pairs. */
export const hostPortList = (): VariableParser<string[]> => (raw) => {
  if (!present(raw)) return { ok: false, problem: 'is required (host:port[,host:port...])' };
  const items = raw.split(',').map((item) => item.trim());
  const bad = items.find((item) => !/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/.test(item));
  return bad === undefined ? { ok: true, value: items } : { ok: false, problem: `must be host:port[,host:port...], got "${bad}"` };
};

/** One of a fixed set of words. */
export const oneOf =
  <T extends string>(allowed: readonly T[], fallback?: T): VariableParser<T> =>
  (raw) => {
    if (!present(raw)) return fallback !== undefined ? { ok: true, value: fallback } : { ok: false, problem: `is required (one of ${allowed.join(', ')})` };
    return (allowed as readonly string[]).includes(raw.trim())
      ? { ok: true, value: raw.trim() as T }
      : { ok: false, problem: `must be one of ${allowed.join(', ')}, got "${raw}"` };
  };

/**
 * Reads and validates every variable of the schema at once (plus checks across variables);
 * throws a ConfigError naming all problems.
 */
export function loadConfig<S extends ConfigSchema>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
  crossChecks: (config: ConfigOf<S>) => string[] = () => [],
): ConfigOf<S> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, parse] of Object.entries(schema)) {
    const result = parse(env[name]);
    if (result.ok) values[name] = result.value;
    else problems.push(`${name} ${result.problem}`);
  }
  if (problems.length === 0) problems.push(...crossChecks(values as ConfigOf<S>));
  if (problems.length > 0) throw new ConfigError(problems);
  return values as ConfigOf<S>;
}
