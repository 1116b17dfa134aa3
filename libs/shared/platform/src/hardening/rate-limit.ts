import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { Observable } from 'rxjs';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { ProblemException } from '../http/problem';

export interface RateLimitSettings {
  /** Length of one counting window in seconds. */
  windowSeconds: number;
  /** Requests one client address may make per window (0: no limit). Counted before anything else. */
  perAddress: number;
  /** Requests one subject (the token's `sub`) may make per window, whatever its address (0: no limit). */
  perSubject: number;
}

/** High enough for the main job, the tests and the benchmark's 400 requests/s; see .env.example. */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = { windowSeconds: 60, perAddress: 30_000, perSubject: 6_000 };

// Bounds the memory a flood of distinct keys can take; when reached, the window starts over (fails open).
const MAX_KEYS = 100_000;

/**
 * Counts requests per key in fixed windows, in memory: a database write per request would cost the latency
 * targets, and a limit per service instance is what protects that instance.
 */
export class FixedWindowCounter {
  private counts = new Map<string, number>();
  private windowStart: number;

  constructor(
    readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** Counts one request of `key`: whether it is allowed, how many remain and seconds until the window resets. */
  hit(key: string): { allowed: boolean; remaining: number; resetSeconds: number } {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs || this.counts.size >= MAX_KEYS) {
      this.counts = new Map();
      this.windowStart = now - ((now - this.windowStart) % this.windowMs);
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const resetSeconds = Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000));
    return { allowed: count <= this.limit, remaining: Math.max(0, this.limit - count), resetSeconds };
  }

  /** The RateLimit-Policy item (draft-ietf-httpapi-ratelimit-headers): "name";q=limit;w=window. */
  policy(): string {
    return `"${this.name}";q=${this.limit};w=${Math.round(this.windowMs / 1000)}`;
  }
}

function count(counter: FixedWindowCounter, key: string, response: Response): void {
  const { allowed, remaining, resetSeconds } = counter.hit(key);
  response.append('RateLimit-Policy', counter.policy());
  response.append('RateLimit', `"${counter.name}";r=${remaining};t=${resetSeconds}`);
  if (allowed) return;
  response.setHeader('Retry-After', String(resetSeconds));
  throw new ProblemException({
    status: 429,
    code: 'request.rate_limited',
    title: 'For mange forespørgsler',
    detail: `Der er sendt mere end ${counter.limit} forespørgsler på ${Math.round(counter.windowMs / 1000)} sekunder fra ${counter.name === 'address' ? 'denne adresse' : 'denne bruger'}; prøv igen om ${resetSeconds} sekunder.`,
  });
}

/** Express middleware: the limit per client address, before the body is read or the token checked. */
export function addressRateLimit(settings: RateLimitSettings, now?: () => number) {
  if (settings.perAddress <= 0) return (_request: Request, _response: Response, next: NextFunction) => next();
  const counter = new FixedWindowCounter('address', settings.perAddress, settings.windowSeconds * 1000, now);
  return (request: Request, response: Response, next: NextFunction): void => {
    try {
      // request.ip: the peer, or the forwarded address when the peer is a trusted proxy (the gateway's TRUSTED_PROXIES).
      count(counter, request.ip ?? request.socket.remoteAddress ?? 'unknown', response);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The limit per subject: an interceptor, so it runs after the token is verified and before any validation. */
@Injectable()
export class SubjectRateLimitInterceptor implements NestInterceptor {
  private readonly counter: FixedWindowCounter | undefined;

  constructor(settings: RateLimitSettings, now?: () => number) {
    this.counter = settings.perSubject > 0 ? new FixedWindowCounter('subject', settings.perSubject, settings.windowSeconds * 1000, now) : undefined;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.counter && context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
      if (request.user) count(this.counter, request.user.id, context.switchToHttp().getResponse<Response>());
    }
    return next.handle();
  }
}
