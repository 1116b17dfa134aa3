// Development bearer tokens, signed with JWT_SECRET (HS256): one per role, as the services expect them.
import { SignJWT } from 'jose';
import { loadTs } from '../infra/load-ts.mjs';

/** The roles, as the domain defines them (libs/shared/domain/src/workflow/actor.ts). */
export const ROLES = loadTs('libs/shared/domain/src/workflow/actor.ts').ROLES;

/** A signed token for `role` (and `committee` for a committee secretariat). */
export async function mintToken({ secret, role, committee, subject, name, expiresIn = '8h', issuer, audience }) {
  if (!ROLES.includes(role)) throw new Error(`Unknown role "${role}"; one of ${ROLES.join(', ')}`);
  if (role === 'committee_secretariat' && !committee) throw new Error('A committee secretariat token needs the committee code, e.g. SU');
  const claims = { role, name: name ?? defaultName(role, committee), ...(committee ? { committee } : {}) };
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject ?? `dev-${role}${committee ? `-${committee}` : ''}`)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (audience) jwt = jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

function defaultName(role, committee) {
  const names = {
    committee_secretariat: `Udvalgssekretariatet ${committee}`,
    budget_office: 'Koncernøkonomi',
    fu_secretariat: 'FU-sekretariatet',
    rr_secretariat: 'RR-sekretariatet',
    reader: 'Læser',
  };
  return names[role];
}
