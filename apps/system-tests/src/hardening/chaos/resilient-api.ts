// A client for the chaos test: every request is repeated until the service answers (through kill -9 and restarts),
// POSTs carry an Idempotency-Key so that a repeat never acts twice, PUTs an If-Match so that a repeat of an edit that
// went through is refused (409) and then confirmed by reading what is stored.

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface Success {
  method: string;
  path: string;
  status: number;
  /** The attempts that failed before this one (a dead instance, a 502 from the balancer, a restart): answer or error. */
  failures: string[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses that mean "not now": the service or its database is restarting, or a claim is still held. */
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

export class ResilientApi {
  constructor(
    private readonly baseUrl: () => string,
    /** What says who asks: a bearer token (Authorization), or a gateway session (Cookie). */
    private readonly credentials: Record<string, string>,
    /** Every request the client saw succeed, for the checks at the end. */
    readonly successes: Success[],
    private readonly deadlineMs = 240_000,
  ) {}

  async get<T = unknown>(path: string): Promise<ApiAnswer<T>> {
    return this.send<T>('GET', path);
  }

  async bytes(path: string): Promise<Buffer> {
    const deadline = Date.now() + this.deadlineMs;
    for (;;) {
      try {
        const response = await fetch(`${this.baseUrl()}${path}`, { headers: this.credentials, signal: AbortSignal.timeout(60_000) });
        if (response.status === 200) return Buffer.from(await response.arrayBuffer());
      } catch {
        // the service is down; try again
      }
      if (Date.now() > deadline) throw new Error(`GET ${path} did not succeed in time`);
      await pause(500);
    }
  }

  /**
   * Sends until the answer is not transient. A 409 `idempotency.in_progress` (the first attempt died with its claim)
   * is transient too: the claim is taken over after a while.
   */
  async send<T = unknown>(method: string, path: string, body?: unknown, idempotencyKey?: string, ifMatch?: number): Promise<ApiAnswer<T>> {
    const deadline = Date.now() + this.deadlineMs;
    let last = 'no answer';
    const failures: string[] = [];
    for (;;) {
      try {
        const response = await fetch(`${this.baseUrl()}${path}`, {
          method,
          headers: {
            ...this.credentials,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
            ...(ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        last = `${response.status} ${text.slice(0, 300)}`;
        // The balancer's own 502/503 pages are HTML, and so are the gateway's public pages.
        const json = /json/.test(response.headers.get('content-type') ?? '');
        const parsed = text && !TRANSIENT.has(response.status) ? (json ? JSON.parse(text) : text) : undefined;
        const inProgress = response.status === 409 && parsed?.code === 'idempotency.in_progress';
        if (!TRANSIENT.has(response.status) && !inProgress) {
          if (response.status < 300) this.successes.push({ method, path, status: response.status, failures });
          return { status: response.status, body: parsed as T };
        }
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      failures.push(last.replace(/\s+/g, ' ').slice(0, 120));
      if (Date.now() > deadline) throw new Error(`${method} ${path} did not get an answer in time (last: ${last})`);
      await pause(400);
    }
  }
}

/**
 * PUT with If-Match: the version the edit builds on. A repeat of an edit that went through (its answer lost with the
 * instance that made it) is refused with 409, since the version moved on: when what is stored then is what was sent
 * (`isStored`), the edit counts as done.
 */
export async function putIfMatch<T>(api: ResilientApi, path: string, body: unknown, version: number, isStored: (stored: T) => boolean): Promise<ApiAnswer<T>> {
  const answer = await api.send<T>('PUT', path, body, undefined, version);
  if (answer.status !== 409) return answer;
  const stored = await api.get<T>(path);
  if (stored.status === 200 && isStored(stored.body)) {
    api.successes.push({ method: 'PUT', path, status: 200, failures: ['409 (the edit had gone through)'] });
    return stored;
  }
  return answer;
}

/** Polls until `check` returns a value (not undefined), through outages. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${lastError ? ` (${lastError instanceof Error ? lastError.message : String(lastError)})` : ''}`);
    await pause(500);
  }
}
