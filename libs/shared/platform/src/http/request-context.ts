import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { Request } from 'express';
import { randomUUID } from 'node:crypto';

/** Ties events to the request that caused them: X-Correlation-Id if the client sent one, else a new id. */
export interface RequestContext {
  correlationId: string;
  requestId: string;
}

const ID = /^[A-Za-z0-9._:-]{1,100}$/;

export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<Request>();
  const header = request.header('x-correlation-id');
  const requestId = randomUUID();
  return { correlationId: header && ID.test(header) ? header : requestId, requestId };
});
