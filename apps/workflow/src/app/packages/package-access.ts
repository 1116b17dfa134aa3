import { Actor, NEGOTIATORS, actorDisplayText, mayNegotiate } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { PackageActor } from '../store/stored-package';

/** Packages are confidential until the agreement: to everyone else they do not exist (404, not 403). */
export const PACKAGES_ARE_CONFIDENTIAL = {
  roles: NEGOTIATORS,
  code: 'package.not_found',
  detail: 'Forhandlingspakken findes ikke.',
} as const;

export function packageNotFound(id: string, where = ''): ProblemException {
  return ProblemException.notFound(`Forhandlingspakken ${id}${where}`, 'package.not_found');
}

/** The service's own check (the route's role gate answers the same): anyone but a negotiator is told nothing exists. */
export function requireNegotiator(actor: Actor, what: string): void {
  if (!mayNegotiate(actor.role)) throw packageNotFound(what);
}

/** Who saves a package, as its record names them: the person's name, or without one the role and login id. */
export function packageActor(user: AuthenticatedUser): PackageActor {
  return { id: user.id, name: user.name ?? actorDisplayText({ id: user.id, role: user.actor.role }), role: user.actor.role };
}
