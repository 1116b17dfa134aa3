import { ProblemDetails, ProblemException } from '@budgetflow/platform';
import { Logger } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SessionService } from '../session/session.service';

/** Request headers the browser may send on to a service; everything else (cookies above all) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'content-length', 'if-match', 'if-none-match', 'idempotency-key'];
/** Response headers a service's answer keeps. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'etag',
  'cache-control',
  'location',
  'last-modified',
  'retry-after',
  // A replayed idempotent answer says so; PDF and XLSX share a URL, so a cache needs Vary; the services' limits.
  'idempotent-replayed',
  'vary',
];
/** Response headers kept beside the gateway's own of the same name (its rate limit per browser): RateLimit, RateLimit-Policy. */
const APPENDED_RESPONSE_HEADERS = /^ratelimit(-|$)/;

/** The services /api/<name> reaches: name → base URL. */
export type Upstreams = Record<string, string>;

/**
 * /api/<service>/<path>: the signed-in person's request, forwarded to the service with the session's access
 * token as a bearer token. The browser never sees that token; a state-changing request needs the CSRF token.
 */
export function apiProxy(upstreams: Upstreams, sessions: SessionService) {
  const logger = new Logger('ApiProxy');
  // An explicit table: only these names are services (a name like «constructor» is no key of a Map).
  const services = new Map(Object.entries(upstreams));
  return async (request: Request, response: Response, _next: NextFunction): Promise<void> => {
    const match = /^\/([a-z]+)(\/.*)?$/.exec(request.url);
    const target = match?.[1] === undefined ? undefined : services.get(match[1]);
    try {
      if (!target)
        throw new ProblemException({
          status: 404,
          code: 'resource.not_found',
          title: 'Findes ikke',
          detail: `Der er ingen tjeneste ved ${request.originalUrl}.`,
        });
      let session = await sessions.current(request);
      sessions.checkCsrf(request, session);
      // A page polling for changes (the bilag page) keeps the session only as long as the person is active elsewhere.
      session = await sessions.forApiCall(session, request.method === 'GET' && request.headers['x-session-check'] === 'background');
      const headers: Record<string, string> = { authorization: `Bearer ${session.data.accessToken}` };
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      await forward(new URL(`${target.replace(/\/$/, '')}${match?.[2] ?? '/'}`), request, response, headers);
    } catch (error) {
      if (error instanceof ProblemException) return answer(response, error.getResponse() as ProblemDetails, request.originalUrl);
      logger.error(`Forwarding ${request.method} ${request.originalUrl} failed: ${error instanceof Error ? error.message : error}`);
      answer(
        response,
        {
          type: 'https://budgetflow.dk/problemer/service.unavailable',
          status: 502,
          code: 'service.unavailable',
          title: 'Tjenesten svarer ikke',
          detail: 'Budgetflows tjeneste svarede ikke. Prøv igen om lidt.',
        },
        request.originalUrl,
      );
    }
  };
}

function forward(url: URL, request: Request, response: Response, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(url, { method: request.method, headers, timeout: 60_000 }, (answer) => {
      response.status(answer.statusCode ?? 502);
      for (const [name, value] of Object.entries(pick(answer.headers))) response.setHeader(name, value);
      for (const [name, value] of Object.entries(answer.headers)) if (APPENDED_RESPONSE_HEADERS.test(name) && value !== undefined) response.append(name, value);
      answer.pipe(response);
      answer.on('end', resolve);
      answer.on('error', reject);
    });
    upstream.on('timeout', () => upstream.destroy(new Error('the service did not answer within 60 s')));
    upstream.on('error', (error) => (response.headersSent ? response.destroy(error) : reject(error)));
    request.pipe(upstream);
  });
}

function pick(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = headers[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

function answer(response: Response, problem: ProblemDetails, instance: string): void {
  response
    .status(problem.status)
    .type('application/problem+json')
    .json({ ...problem, instance });
}
