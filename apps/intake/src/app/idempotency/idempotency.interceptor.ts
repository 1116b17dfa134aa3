import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Observable, from, lastValueFrom } from 'rxjs';

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;
const IN_PROGRESS = 0;

/**
 * POST with an Idempotency-Key: the first response is stored, and a repeat by the same caller returns it
 * without doing the work again. A key reused for a different request is refused (422).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly db: IntakeDatabase,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined || !request.user) return next.handle();
    if (!KEY.test(key)) {
      throw ProblemException.invalid([{ code: 'request.idempotency_key', path: 'Idempotency-Key', message: 'Idempotency-Key skal være 1-100 tegn (bogstaver, tal, . _ : -).' }]);
    }
    return from(this.handle(context, next, request.user.id, key, request));
  }

  private async handle(context: ExecutionContext, next: CallHandler, callerId: string, key: string, request: Request): Promise<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    const requestHash = createHash('sha256').update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
    // Claim the key first, so two concurrent repeats cannot both do the work.
    const claimed = await this.db.$executeRaw`
      INSERT INTO idempotent_request (caller_id, key, request_hash, response_status, response_body)
      VALUES (${callerId}, ${key}, ${requestHash}, ${IN_PROGRESS}, 'null'::jsonb) ON CONFLICT DO NOTHING`;
    if (claimed === 0) {
      const earlier = await this.db.idempotentRequest.findUniqueOrThrow({ where: { callerId_key: { callerId, key } } });
      if (earlier.requestHash !== requestHash) {
        throw new ProblemException({ status: 422, code: 'idempotency.key_reused', title: 'Nøglen er brugt', detail: 'Denne Idempotency-Key er allerede brugt til en anden forespørgsel.' });
      }
      if (earlier.responseStatus === IN_PROGRESS) {
        throw ProblemException.conflict('idempotency.in_progress', 'En forespørgsel med samme Idempotency-Key er stadig i gang; prøv igen om lidt.');
      }
      response.status(earlier.responseStatus).setHeader('Idempotent-Replayed', 'true');
      return earlier.responseBody;
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.db.idempotentRequest.update({
        where: { callerId_key: { callerId, key } },
        data: { responseStatus: this.statusOf(context), responseBody: (body ?? null) as object },
      });
      return body;
    } catch (error) {
      // A failed request did nothing, so the key may be used again.
      await this.db.idempotentRequest.delete({ where: { callerId_key: { callerId, key } } });
      throw error;
    }
  }

  // Nest sets the status after interceptors run: read it where @HttpCode puts it (POST defaults to 201).
  private statusOf(context: ExecutionContext): number {
    return this.reflector.get<number | undefined>('__httpCode__', context.getHandler()) ?? HttpStatus.CREATED;
  }
}

