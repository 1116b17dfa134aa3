import { SignJWT } from 'jose';

export interface ClaimsTokenOptions {
  /** The token's `sub`; a token without one is refused by the services. */
  subject?: string;
  /** Signing secret; another than JWT_SECRET makes a forged token. */
  secret?: string;
  /** Seconds from now until the token expires; negative for an expired token. */
  expiresInSeconds?: number;
}

/**
 * "Bearer <token>" with exactly these claims, signed like the test tokens (HS256), for the tokens a service
 * must refuse: expired, an unknown role, a committee secretariat without a committee, signed with another key.
 */
export async function bearerWithClaims(claims: Record<string, unknown>, options: ClaimsTokenOptions = {}): Promise<string> {
  const secret = options.secret ?? process.env['JWT_SECRET'];
  if (!secret) throw new Error('JWT_SECRET is not set (tools/jest/test-env.js sets it)');
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? 'test-claims')
    .setIssuedAt(now - 7200)
    .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
    .sign(new TextEncoder().encode(secret));
  return `Bearer ${token}`;
}
