// Development bearer tokens, signed with JWT_SECRET (HS256): one per role, as the services expect them.
import { SignJWT } from 'jose';
import { loadTs } from '../infra/load-ts.mjs';
import { DEMO_USERS } from '../oidc/demo-users.mjs';

/** The roles, as the domain defines them (libs/shared/domain/src/workflow/actor.ts). */
export const ROLES = loadTs('libs/shared/domain/src/workflow/actor.ts').ROLES;

/**
 * A signed token for `role` (and `committee` for a committee secretariat, `party` for a member of the regional
 * council). `name` becomes the `name` claim, the person's name on the record; without it the history shows the role
 * and the login id (`subject`).
 */
export async function mintToken({ secret, role, committee, party, subject, name, expiresIn = '8h', issuer, audience }) {
  if (!ROLES.includes(role)) throw new Error(`Unknown role "${role}"; one of ${ROLES.join(', ')}`);
  if (role === 'committee_secretariat' && !committee) throw new Error('A committee secretariat token needs the committee code, e.g. SU');
  if (role === 'politician' && !party) throw new Error('A member of the regional council needs its party, e.g. Venstre');
  const claims = { role, ...(name ? { name } : {}), ...(committee ? { committee } : {}), ...(party ? { party } : {}) };
  const qualifier = committee ?? party;
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject ?? `dev-${role}${qualifier ? `-${qualifier}` : ''}`)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (audience) jwt = jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

/**
 * The name of the development identity provider's demo user with this role (and committee, or a member's party), so
 * the demo's acts are on record under the same names as when those users sign in («Karen Holm, Koncernøkonomi»);
 * undefined for no such user.
 */
export function demoName(role, qualifier) {
  return DEMO_USERS.find((user) => user.role === role && (user.committee ?? user.party ?? undefined) === (qualifier ?? undefined))?.name;
}
