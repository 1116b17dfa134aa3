import { Actor } from '@budgetflow/domain';
import { SignJWT } from 'jose';

/** What a test token says beyond the role: its subject (login id) and the person's name (no `name` claim without one). */
export interface TestTokenOptions {
  subject?: string;
  name?: string;
}

/** A bearer token for the actor, signed with the test JWT_SECRET, as the services verify it. */
export async function tokenFor(actor: Actor, subjectOrOptions: string | TestTokenOptions = {}): Promise<string> {
  const secret = process.env['JWT_SECRET'];
  if (!secret) throw new Error('JWT_SECRET is not set (tools/jest/test-env.js sets it)');
  const options = typeof subjectOrOptions === 'string' ? { subject: subjectOrOptions } : subjectOrOptions;
  const subject = options.subject ?? `test-${actor.role}${'committee' in actor ? `-${actor.committee}` : ''}${'party' in actor ? `-${actor.party}` : ''}`;
  return new SignJWT({
    role: actor.role,
    ...('committee' in actor ? { committee: actor.committee } : {}),
    ...('party' in actor ? { party: actor.party } : {}),
    ...(options.name ? { name: options.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

/** "Bearer <token>" for the actor (with the person's name when given). */
export async function bearer(actor: Actor, options: TestTokenOptions = {}): Promise<string> {
  return `Bearer ${await tokenFor(actor, options)}`;
}
