// A small HTTP client for the Budgetflow APIs, as a user's own client would call them: bearer token, JSON,
// problem details turned into a readable error.
import { fail } from '../infra/log.mjs';

export class ApiClient {
  constructor(baseUrl, token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  get(path) {
    return this.call('GET', path);
  }

  /** A GET that answers undefined for 404 (something not made yet), and fails as any other call otherwise. */
  async find(path) {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(60_000) });
    if (response.status === 404) return undefined;
    if (!response.ok) fail(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  }

  post(path, body, headers = {}) {
    return this.call('POST', path, body, headers);
  }

  put(path, body, headers = {}) {
    return this.call('PUT', path, body, headers);
  }

  async bytes(path) {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(120_000) });
    if (!response.ok) fail(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async call(method, path, body, headers = {}) {
    let response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      fail(`${method} ${this.baseUrl}${path} failed: ${error.cause?.message ?? error.message}`);
    }
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const problems = (json?.errors ?? []).map((issue) => `\n  - ${issue.path}: ${issue.message}`).join('');
      fail(`${method} ${path} answered ${response.status} ${json?.code ?? ''}: ${json?.detail ?? text}${problems}`);
    }
    return json;
  }
}

/** Polls `check` until it returns a value other than undefined, or fails with `what` after the timeout. */
export async function waitFor(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) fail(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
