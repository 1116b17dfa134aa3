import { Actor } from '@budgetflow/domain';
import { SignJWT } from 'jose';

/** A bearer token for the actor, signed with the test JWT_SECRET, as the services verify it. */
export async function tokenFor(actor: Actor, subject = `test-${actor.role}${'committee' in actor ? `-${actor.committee}` : ''}`): Promise<string> {
  const secret = process.env['JWT_SECRET'];
  if (!secret) throw new Error('JWT_SECRET is not set (tools/jest/test-env.js sets it)');
  return new SignJWT({ role: actor.role, ...('committee' in actor ? { committee: actor.committee } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

/** "Bearer <token>" for the actor. */
export async function bearer(actor: Actor): Promise<string> {
  return `Bearer ${await tokenFor(actor)}`;
}
