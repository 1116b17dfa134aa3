import { SQL_DATABASE, SqlExecutor } from '@budgetflow/messaging';
import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor, Provider } from '@nestjs/common';
import { APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Observable, from, lastValueFrom } from 'rxjs';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { ProblemException } from '../http/problem';
import { inspectInput } from './body-shape.pipe';

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;
const IN_PROGRESS = 0;
/** A claim still "in progress" after this long was left by a process that died mid-request: a repeat may take it over. */
export const ABANDONED_CLAIM_SECONDS = 30;

/** The header's documentation, for @ApiHeader on every POST that creates or acts. */
export const IDEMPOTENCY_KEY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Gentages en POST med samme nøgle (1-100 tegn: bogstaver, tal, . _ : -) af samme bruger i samme rolle og udvalg, gives det første svar igen, og intet udføres på ny',
};

/**
 * Whose key it is: the subject in its role and committee. The same subject acting in another role (or for another
 * committee) has other keys, so a replay never hands one role's answer to another.
 */
export function idempotencyCaller(user: AuthenticatedUser): string {
  const committee = user.actor.role === 'committee_secretariat' ? user.actor.committee : '';
  return `${user.id}|${user.actor.role}|${committee}`;
}

interface StoredRequest {
  request_hash: string;
  response_status: number;
  response_body: unknown;
}

/**
 * POST with an Idempotency-Key: the first response is stored, and a repeat by the same caller returns it without
 * doing the work again. A key reused for a different request is refused (422). Works on any service database with
 * the `idempotent_request` table (raw SQL). It runs after the guards: only an authenticated caller that passed the
 * role check gets here, and keys are scoped to subject, role and committee.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlExecutor,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined || !request.user) return next.handle();
    // A body too deep or too large for the input checks is refused by them, unremembered (and hashing a very deep
    // one would overflow the stack).
    if (!Array.isArray(inspectInput(request.body))) return next.handle();
    if (!KEY.test(key)) {
      throw ProblemException.invalid([
        { code: 'request.idempotency_key', path: 'Idempotency-Key', message: 'Idempotency-Key skal være 1-100 tegn (bogstaver, tal, . _ : -).' },
      ]);
    }
    return from(this.handle(context, next, idempotencyCaller(request.user), key, request));
  }

  private async handle(context: ExecutionContext, next: CallHandler, callerId: string, key: string, request: Request): Promise<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    // Claim the key first, so two concurrent repeats cannot both do the work. A claim a crashed process left behind
    // is taken over after a while; the work itself then decides (a second create of the same reference is a 409).
    const claimed = await this.db.$executeRawUnsafe(
      `INSERT INTO idempotent_request (caller_id, key, request_hash, response_status, response_body)
       VALUES ($1, $2, $3, $4, 'null'::jsonb)
       ON CONFLICT (caller_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
        WHERE idempotent_request.response_status = $4 AND idempotent_request.created_at < now() - make_interval(secs => $5)`,
      callerId,
      key,
      requestHash,
      IN_PROGRESS,
      ABANDONED_CLAIM_SECONDS,
    );
    if (claimed === 0) {
      const [earlier] = await this.db.$queryRawUnsafe<StoredRequest[]>(
        'SELECT request_hash, response_status, response_body FROM idempotent_request WHERE caller_id = $1 AND key = $2',
        callerId,
        key,
      );
      // Deleted in between (the first attempt failed): treat it as taken for now; the client retries.
      if (!earlier || earlier.response_status === IN_PROGRESS) {
        if (earlier && earlier.request_hash !== requestHash) throw keyReused();
        throw ProblemException.conflict('idempotency.in_progress', 'En forespørgsel med samme Idempotency-Key er stadig i gang; prøv igen om lidt.');
      }
      if (earlier.request_hash !== requestHash) throw keyReused();
      response.status(earlier.response_status).setHeader('Idempotent-Replayed', 'true');
      return earlier.response_body;
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.db.$executeRawUnsafe(
        'UPDATE idempotent_request SET response_status = $3, response_body = $4::jsonb WHERE caller_id = $1 AND key = $2',
        callerId,
        key,
        this.statusOf(context),
        JSON.stringify(body ?? null),
      );
      return body;
    } catch (error) {
      // A failed request did nothing, so the key may be used again.
      await this.db.$executeRawUnsafe('DELETE FROM idempotent_request WHERE caller_id = $1 AND key = $2', callerId, key);
      throw error;
    }
  }

  // Nest sets the status after interceptors run: read it where @HttpCode puts it (POST defaults to 201).
  private statusOf(context: ExecutionContext): number {
    return this.reflector.get<number | undefined>('__httpCode__', context.getHandler()) ?? HttpStatus.CREATED;
  }
}

function keyReused(): ProblemException {
  return new ProblemException({
    status: 422,
    code: 'idempotency.key_reused',
    title: 'Nøglen er brugt',
    detail: 'Denne Idempotency-Key er allerede brugt til en anden forespørgsel.',
  });
}

/** Registers the interceptor for the whole app (a service whose database has the idempotent_request table). */
export const idempotencyInterceptorProvider: Provider = { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor };
