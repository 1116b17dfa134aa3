import { ROLE_LABELS, Role } from './actor';

/**
 * Who did an act, as a history line or an event keeps it: the login id, the role (and committee) acted in, and the
 * person's name when the sign-in gave one (the token's `name` claim; older records have none).
 */
export interface ActorOnRecord {
  readonly id: string;
  readonly role: string;
  readonly committee?: string | null;
  /** A member of the regional council's party. */
  readonly party?: string | null;
  readonly name?: string | null;
}

/** The role an act was done in, in Danish: «Koncernøkonomi», «Udvalgssekretariatet for SU», «Regionsrådsmedlem (Venstre)». */
export function roleOnRecord(actor: Pick<ActorOnRecord, 'role' | 'committee' | 'party'>): string {
  if (actor.role === 'committee_secretariat' && actor.committee) return `Udvalgssekretariatet for ${actor.committee}`;
  if (actor.role === 'politician' && actor.party) return `Regionsrådsmedlem (${actor.party})`;
  // A role the domain does not know (a service acting on its own) is shown as recorded.
  return ROLE_LABELS[actor.role as Role] ?? actor.role;
}

/**
 * Who did an act, as the history shows it: the person's name beside the role («Karen Holm, Koncernøkonomi»), or,
 * without a name, the role and the login id («Koncernøkonomi (kho)»).
 */
export function actorDisplayText(actor: ActorOnRecord): string {
  const name = actor.name?.trim();
  return name ? `${name}, ${roleOnRecord(actor)}` : `${roleOnRecord(actor)} (${actor.id})`;
}
