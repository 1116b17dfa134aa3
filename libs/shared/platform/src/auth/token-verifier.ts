import { JWTPayload, JWTVerifyGetKey, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { AuthenticatedUser } from './authenticated-user';
import { RoleMappingRule, actorFromClaims, nameFromClaims } from './claim-mapping';
import { InvalidTokenError } from './invalid-token.error';

export { InvalidTokenError } from './invalid-token.error';

/** An identity provider whose tokens the services accept. */
export interface TrustedIssuer {
  /** The `iss` its tokens carry; undefined only for the single JWT_JWKS_URL of older configurations (any issuer). */
  issuer?: string;
  /** Its JWKS; when left out, found through OpenID discovery (`<issuer>/.well-known/openid-configuration`). */
  jwksUrl?: string;
}

export interface TokenSettings {
  /** HS256 secret of development tokens (JWT_SECRET). */
  secret?: string;
  /** Accept HS256 development tokens signed with `secret` (JWT_DEV_TOKENS); refused unless this is true. */
  developmentTokens?: boolean;
  /** The identity providers trusted, each with its own keys (JWT_TRUSTED_ISSUERS, JWT_JWKS_URL). */
  trustedIssuers?: TrustedIssuer[];
  /** Required issuer of development tokens (JWT_ISSUER), when set. */
  issuer?: string;
  /** Required audience of every token (JWT_AUDIENCE), when set. */
  audience?: string;
  /** Claims → role and committee (JWT_ROLE_MAPPING). */
  roleMapping?: RoleMappingRule[];
  /** The clock (milliseconds), for the memory of verified tokens; Date.now unless a test sets it. */
  now?: () => number;
}

// A verified token is taken on its word until it expires, and at most this long: the gateway sends the same token
// with every request of a session, and verifying its signature again cost about 0.4 ms of CPU per request.
const REMEMBER_MS = 5 * 60_000;
// Bounds the memory; when reached, it starts over (the next request of each token verifies it again).
const MAX_REMEMBERED = 10_000;

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Verifies bearer tokens: a provider's token with the keys of its issuer (one JWKS per trusted issuer), or a
 * development token (HS256) only when that is switched on. Every token must expire (`exp`).
 */
export class TokenVerifier {
  private readonly secretKey?: Uint8Array;
  private readonly keys = new Map<string, Promise<JWTVerifyGetKey>>();
  // Token → the user it names and until when (milliseconds) it is taken without verifying it again.
  private readonly verified = new Map<string, { user: AuthenticatedUser; until: number }>();
  private readonly now: () => number;

  constructor(private readonly settings: TokenSettings) {
    this.now = settings.now ?? Date.now;
    if (settings.developmentTokens) {
      if (!settings.secret) throw new Error('TokenVerifier: development tokens need JWT_SECRET');
      this.secretKey = new TextEncoder().encode(settings.secret);
    }
    if (!this.secretKey && !settings.trustedIssuers?.length) {
      throw new Error('TokenVerifier needs a trusted issuer (JWT_TRUSTED_ISSUERS or JWT_JWKS_URL) or development tokens (JWT_DEV_TOKENS=true with JWT_SECRET)');
    }
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const known = this.verified.get(token);
    if (known && known.until > this.now()) return known.user;
    this.verified.delete(token);
    const { user, expiresAt } = await this.verifyNow(token);
    if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
    this.verified.set(token, { user, until: Math.min(expiresAt, this.now() + REMEMBER_MS) });
    return user;
  }

  private async verifyNow(token: string): Promise<{ user: AuthenticatedUser; expiresAt: number }> {
    let alg: string | undefined;
    let unverified: JWTPayload;
    try {
      alg = decodeProtectedHeader(token).alg;
      unverified = decodeJwt(token);
    } catch {
      throw new InvalidTokenError('Adgangsbilletten kunne ikke læses.');
    }
    const payload = alg === 'HS256' ? await this.verifyDevelopmentToken(token) : await this.verifyProviderToken(token, unverified.iss);
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidTokenError('Adgangsbilletten mangler «sub».');
    const user = { id: payload.sub, name: nameFromClaims(payload), actor: actorFromClaims(payload, this.settings.roleMapping) };
    // jwtVerify required exp.
    return { user, expiresAt: (payload.exp as number) * 1000 };
  }

  private async verifyDevelopmentToken(token: string): Promise<JWTPayload> {
    if (!this.secretKey) throw new InvalidTokenError('Udviklingsbilletter (HS256) modtages ikke her.');
    return checked(() =>
      jwtVerify(token, this.secretKey as Uint8Array, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ['HS256'],
        requiredClaims: ['exp'],
      }),
    );
  }

  private async verifyProviderToken(token: string, iss: string | undefined): Promise<JWTPayload> {
    const trusted = this.settings.trustedIssuers ?? [];
    const provider =
      trusted.find((candidate) => candidate.issuer !== undefined && candidate.issuer === iss) ?? trusted.find((candidate) => candidate.issuer === undefined);
    if (!provider) throw new InvalidTokenError(`Adgangsbilletten er udstedt af en udsteder, som Budgetflow ikke har tillid til (${String(iss)}).`);
    const keys = await this.keysOf(provider);
    return checked(() =>
      jwtVerify(token, keys, { issuer: provider.issuer, audience: this.settings.audience, algorithms: ASYMMETRIC, requiredClaims: ['exp'] }),
    );
  }

  private keysOf(provider: TrustedIssuer): Promise<JWTVerifyGetKey> {
    const id = `${provider.issuer}|${provider.jwksUrl}`;
    let keys = this.keys.get(id);
    if (!keys) {
      keys = (async () => createRemoteJWKSet(new URL(provider.jwksUrl ?? (await discoverJwksUrl(provider.issuer as string)))))();
      // A provider that did not answer is asked again by the next request.
      keys.catch(() => this.keys.delete(id));
      this.keys.set(id, keys);
    }
    return keys.catch(() => {
      throw new InvalidTokenError('Udstederens nøgler kunne ikke hentes; prøv igen om lidt.');
    });
  }
}

async function discoverJwksUrl(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`OpenID discovery of ${issuer} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
  if (!jwksUri) throw new Error(`OpenID discovery of ${issuer} names no jwks_uri`);
  return jwksUri;
}

async function checked(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verify()).payload;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ERR_JWT_EXPIRED') throw new InvalidTokenError('Adgangsbilletten er udløbet.');
    if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && (error as { claim?: string }).claim === 'exp')
      throw new InvalidTokenError('Adgangsbilletten mangler udløbstid («exp»).');
    throw new InvalidTokenError('Adgangsbilletten kunne ikke godkendes.');
  }
}
