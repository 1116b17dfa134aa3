import { timingSafeEqual } from 'node:crypto';
import { IncomingMessage } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Why a state-changing request is refused, or undefined when it may go on. Every server runs on one host name, so
 * SameSite says nothing about which page sent a request: the page must send the session's synchronizer token in a
 * header (which another origin cannot set without a CORS preflight the gateway never allows), and a browser's
 * Origin header, when present, must be the gateway's own.
 */
export function csrfRefusal(request: IncomingMessage, csrfToken: string, publicOrigin: string): string | undefined {
  if (SAFE_METHODS.has(request.method ?? 'GET')) return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) return `Forespørgslen kom fra en anden side (${origin}).`;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameText(sent, csrfToken)) return 'Forespørgslen mangler sidens sikkerhedsnøgle (X-CSRF-Token).';
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
