import { Actor, ROLES, Role } from '@budgetflow/domain';
import { JWTPayload, createRemoteJWKSet, jwtVerify } from 'jose';
import { AuthenticatedUser } from './authenticated-user';

export interface TokenSettings {
  /** HS256 secret (development, or a simple deployment). */
  secret?: string;
  /** JWKS URL of a real identity provider (RS256/ES256). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** Why a token was refused, in Danish, for the 401 answer. */
export class InvalidTokenError extends Error {}

/** Verifies bearer tokens (HS256 secret or JWKS) and turns their claims into a domain actor. */
export class TokenVerifier {
  private readonly key: Parameters<typeof jwtVerify>[1];

  constructor(private readonly settings: TokenSettings) {
    if (settings.jwksUrl) this.key = createRemoteJWKSet(new URL(settings.jwksUrl));
    else if (settings.secret) this.key = new TextEncoder().encode(settings.secret);
    else throw new Error('TokenVerifier needs JWT_SECRET or JWT_JWKS_URL');
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as never, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: this.settings.jwksUrl ? ['RS256', 'ES256', 'PS256'] : ['HS256'],
      }));
    } catch (error) {
      const reason = (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'Adgangsbilletten er udløbet.' : 'Adgangsbilletten kunne ikke godkendes.';
      throw new InvalidTokenError(reason);
    }
    return toUser(payload);
  }
}

function toUser(payload: JWTPayload): AuthenticatedUser {
  const role = payload['role'];
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidTokenError('Adgangsbilletten mangler «sub».');
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidTokenError(`Adgangsbilletten har en ukendt rolle (${String(role)}).`);
  }
  const name = typeof payload['name'] === 'string' ? payload['name'] : payload.sub;
  if (role === 'committee_secretariat') {
    const committee = payload['committee'];
    if (typeof committee !== 'string' || committee === '') throw new InvalidTokenError('Et udvalgssekretariats adgangsbillet skal angive udvalget («committee»).');
    return { id: payload.sub, name, actor: { role, committee } };
  }
  return { id: payload.sub, name, actor: { role: role as Exclude<Role, 'committee_secretariat'> } as Actor };
}
