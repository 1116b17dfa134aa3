import { ApiError, NETWORK_PROBLEM } from './api-error';
import type { ProblemDetails } from './types';

type SessionListener = () => void;

/** The one fetch of the page: same origin, the CSRF token on state-changing calls, problems as ApiError. */
class Http {
  private csrfToken?: string;
  private readonly sessionEndedListeners = new Set<SessionListener>();

  setCsrfToken(token: string | undefined): void {
    this.csrfToken = token;
  }

  onSessionEnded(listener: SessionListener): () => void {
    this.sessionEndedListeners.add(listener);
    return () => this.sessionEndedListeners.delete(listener);
  }

  /** A JSON request; or, with `file`, the file itself as the body in its `content-type` (an upload). */
  async request<T>(path: string, init: { method?: string; body?: unknown; file?: Blob; headers?: Record<string, string> } = {}): Promise<T> {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...init.headers };
    if (method !== 'GET' && method !== 'HEAD' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: init.file ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      });
    } catch {
      throw new ApiError(NETWORK_PROBLEM);
    }
    const text = await response.text();
    const body = text ? safeJson(text) : undefined;
    if (response.ok) return body as T;
    const error = new ApiError(
      isProblem(body) ? body : { status: response.status, code: 'http.error', title: 'Fejl', detail: `Serveren svarede ${response.status}. Prøv igen.` },
    );
    // An API call found the session gone: the session check is asked to look again (it does not notify itself).
    if (error.sessionEnded && !path.startsWith('/auth/')) this.sessionEndedListeners.forEach((listener) => listener());
    throw error;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && typeof (body as ProblemDetails).code === 'string' && typeof (body as ProblemDetails).status === 'number';
}

export const http = new Http();
