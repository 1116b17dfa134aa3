import type { Parser } from '@budgetflow/contracts';
import { ApiError, NETWORK_PROBLEM } from './api-error';
import { problemOf } from './problem';

type SessionListener = () => void;

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The one fetch of the page: same origin, the CSRF token on state-changing calls, a refusal or failure as ApiError.
 * The services' clients (clients.ts) send through it; the gateway's own answers are read with their contract's parser.
 */
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

  /** Sends a request; answers only a successful response, anything else is thrown as ApiError. */
  readonly send = async (request: Request): Promise<Response> => {
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json, application/problem+json');
    if (!SAFE_METHODS.has(request.method) && this.csrfToken) request.headers.set('x-csrf-token', this.csrfToken);
    let response: Response;
    try {
      response = await fetch(request, { credentials: 'same-origin' });
    } catch {
      throw new ApiError(NETWORK_PROBLEM);
    }
    if (response.ok) return response;
    const error = new ApiError(problemOf(response.status, await response.text()));
    // An API call found the session gone: the session check is asked to look again (it does not notify itself).
    if (error.sessionEnded && !new URL(request.url).pathname.startsWith('/auth/')) this.sessionEndedListeners.forEach((listener) => listener());
    throw error;
  };

  /** A call to the gateway's own endpoints (/auth/…), its answer checked by the contract's parser. */
  async gateway<T>(path: string, parse: Parser<T>, init: { method?: string; headers?: Record<string, string> } = {}): Promise<T> {
    const response = await this.send(new Request(new URL(path, window.location.origin), { method: init.method ?? 'GET', headers: init.headers }));
    return parse(await response.json(), path);
  }
}

export const http = new Http();
