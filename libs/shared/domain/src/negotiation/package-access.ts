import { Role } from '../workflow/actor';

/** Who negotiates: the budget office keeps the packages for the parties, RR's secretariat turns one into the agreement. */
export const NEGOTIATORS: readonly Role[] = ['budget_office', 'rr_secretariat'];

/**
 * Packages are confidential until the agreement, also from the council's members: only negotiators may read or keep
 * them; to everyone else they do not exist (the services answer 404, the pages are not offered).
 */
export function mayNegotiate(role: Role): boolean {
  return NEGOTIATORS.includes(role);
}
