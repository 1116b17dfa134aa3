import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { Request } from 'express';

/** The caller's Authorization header as it came (the guard has verified it), to pass on to the workflow. */
export const BearerAuthorization = createParamDecorator(
  (_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<Request>().header('authorization') ?? '',
);
