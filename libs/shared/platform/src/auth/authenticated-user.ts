import { Actor } from '@budgetflow/domain';

/** The caller, from a verified token: who (for the record) and in which role (for the rules). */
export interface AuthenticatedUser {
  /** The login id (the token's `sub`). */
  id: string;
  /** The person's display name (the token's `name` claim); null when the token has none. */
  name: string | null;
  actor: Actor;
}

/**
 * The caller as events and history lines record them: login id, role, committee (a member of the regional council:
 * party), and the name when the token gave one (left out otherwise, so an event without a name reads as before).
 */
export function actorOnRecord(user: AuthenticatedUser): { id: string; role: Actor['role']; committee?: string; party?: string; name?: string } {
  const { actor } = user;
  return {
    id: user.id,
    role: actor.role,
    ...(actor.role === 'committee_secretariat' ? { committee: actor.committee } : {}),
    ...(actor.role === 'politician' ? { party: actor.party } : {}),
    ...(user.name ? { name: user.name } : {}),
  };
}
