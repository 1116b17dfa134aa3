import { Actor, ROLES, Role } from '@budgetflow/domain';
import { InvalidTokenError } from './invalid-token.error';

/**
 * One rule of the role mapping: a token whose claim `claim` (a dotted path, e.g. `realm_access.roles`) is `value`
 * or, for a list claim, contains it, gets `role` (and `committee` for a committee secretariat, `party` for a member
 * of the regional council).
 */
export interface RoleMappingRule {
  claim: string;
  value: string;
  role: Role;
  committee?: string;
  party?: string;
}

/** The roles whose mapping names what they act for after a colon: a committee secretariat's committee, a member's party. */
const QUALIFIER: Partial<Record<Role, { key: 'committee' | 'party'; what: string; example: string }>> = {
  committee_secretariat: { key: 'committee', what: 'a committee secretariat needs its committee', example: 'committee_secretariat:SU' },
  politician: { key: 'party', what: 'a member of the regional council needs its party', example: 'politician:Venstre' },
};

/**
 * Parses JWT_ROLE_MAPPING: rules separated by commas or new lines, each `claim:value=role`,
 * `claim:value=committee_secretariat:COMMITTEE` or `claim:value=politician:PARTY`, e.g. `groups:7f1c…=budget_office`.
 * Returns the rules or the problems, one per bad rule.
 */
export function parseRoleMapping(text: string | undefined): { rules: RoleMappingRule[]; problems: string[] } {
  const rules: RoleMappingRule[] = [];
  const problems: string[] = [];
  for (const raw of (text ?? '').split(/[,\n]/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const equals = entry.lastIndexOf('=');
    const colon = entry.indexOf(':');
    if (equals < 0 || colon < 0 || colon > equals) {
      problems.push(`"${entry}" is not claim:value=role[:committee|party]`);
      continue;
    }
    const claim = entry.slice(0, colon).trim();
    const value = entry.slice(colon + 1, equals).trim();
    const [role, qualifier] = entry
      .slice(equals + 1)
      .trim()
      .split(':')
      .map((part) => part.trim());
    const needs = QUALIFIER[role as Role];
    if (!claim || !value) problems.push(`"${entry}" names no claim or no value`);
    else if (!(ROLES as readonly string[]).includes(role)) problems.push(`"${entry}": unknown role "${role}" (one of ${ROLES.join(', ')})`);
    else if (needs && !qualifier) problems.push(`"${entry}": ${needs.what} (${needs.example})`);
    else if (!needs && qualifier) problems.push(`"${entry}": only a committee secretariat has a committee and only a politician a party`);
    else rules.push({ claim, value, role: role as Role, ...(needs && qualifier ? { [needs.key]: qualifier } : {}) });
  }
  return { rules, problems };
}

function claimAt(payload: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

function claimHas(claim: unknown, value: string): boolean {
  if (Array.isArray(claim)) return claim.some((item) => String(item) === value);
  if (typeof claim === 'string') return claim === value || claim.split(' ').includes(value);
  return false;
}

/**
 * The one place where token claims become a Budgetflow actor. The first mapping rule that matches decides;
 * without a match, the token's own `role` (and `committee`) claims are read, as development tokens carry them.
 */
export function actorFromClaims(payload: Record<string, unknown>, rules: readonly RoleMappingRule[] = []): Actor {
  const rule = rules.find((candidate) => claimHas(claimAt(payload, candidate.claim), candidate.value));
  const role = rule ? rule.role : payload['role'];
  const committee = rule ? rule.committee : payload['committee'];
  const party = rule ? rule.party : payload['party'];
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidTokenError(
      role === undefined
        ? 'Adgangsbilletten giver ingen rolle i Budgetflow (ingen regel i rollekortet passer).'
        : `Adgangsbilletten har en ukendt rolle (${String(role)}).`,
    );
  }
  if (role === 'committee_secretariat') {
    if (typeof committee !== 'string' || committee === '')
      throw new InvalidTokenError('Et udvalgssekretariats adgangsbillet skal angive udvalget («committee»).');
    return { role, committee };
  }
  if (role === 'politician') {
    if (typeof party !== 'string' || party.trim() === '') throw new InvalidTokenError('Et regionsrådsmedlems adgangsbillet skal angive partiet («party»).');
    return { role, party: party.trim() };
  }
  return { role } as Actor;
}

/** The person's display name: the `name` claim, or null when the token has none (the record then shows the role and login id). */
export function nameFromClaims(payload: Record<string, unknown>): string | null {
  const name = payload['name'];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}
