import { CanActivate, ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { ProblemException } from '../http/problem';
import { AuthenticatedUser } from './authenticated-user';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const PUBLIC = 'budgetflow:public';

/** Marks a route that needs no token (health, documentation). */
export const Public = () => SetMetadata(PUBLIC, true);

type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** Every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Verified already before the body was read (tokenBeforeBody).
    if (request.user) return true;
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthorized('Forespørgslen mangler en adgangsbillet (Authorization: Bearer …).');
    try {
      request.user = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthorized(error.message);
      throw error;
    }
    return true;
  }
}

function unauthorized(detail: string): ProblemException {
  return new ProblemException({ status: 401, code: 'auth.unauthenticated', title: 'Ikke logget ind', detail });
}

/** The verified caller of the current request. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw unauthorized('Forespørgslen mangler en adgangsbillet.');
  return user;
});
