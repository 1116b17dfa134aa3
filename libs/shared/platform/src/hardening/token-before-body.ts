import { NextFunction, Request, Response } from 'express';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { InvalidTokenError, TokenVerifier } from '../auth/token-verifier';
import { ProblemException } from '../http/problem';

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

function unauthorized(detail: string): ProblemException {
  return new ProblemException({ status: 401, code: 'auth.unauthenticated', title: 'Ikke logget ind', detail });
}

/**
 * A request that may carry a body (every method but GET, HEAD and OPTIONS; no such route is public) needs a valid
 * bearer token before a byte of its body is read: without one it is answered 401 at once and its connection closed,
 * so an anonymous client cannot make a service buffer 512 KB of JSON or a 10 MB upload. The verified caller is left
 * on the request, and the AuthGuard does not verify the token again.
 */
export function tokenBeforeBody(verifier: TokenVerifier) {
  return async (request: Request & { user?: AuthenticatedUser }, response: Response, next: NextFunction): Promise<void> => {
    if (WITHOUT_BODY.has(request.method)) return next();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    try {
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthorized('Forespørgslen mangler en adgangsbillet (Authorization: Bearer …).');
      request.user = await verifier.verify(token);
      next();
    } catch (error) {
      response.setHeader('Connection', 'close');
      next(error instanceof InvalidTokenError ? unauthorized(error.message) : error);
    }
  };
}
