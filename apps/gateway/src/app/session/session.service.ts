import { ProblemException, TokenVerifier } from '@budgetflow/platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { OidcClient, ProviderTokens } from '../auth/oidc-client';
import { GATEWAY_CONFIG, GatewayConfig } from '../config/gateway-config';
import { readCookies, serializeCookie } from './cookies';
import { csrfRefusal } from './csrf';
import { Session, SessionData } from './session';
import { SessionStore } from './session-store';

/** What the service needs of the session store: the rows of the sessions (a fake stands in for it in unit tests). */
export type SessionRecords = Pick<SessionStore, 'create' | 'find' | 'touch' | 'renewOnce' | 'delete' | 'deleteAllOf'>;

/** What it needs of the OpenID provider, and of the token verifier. */
export type TokenRenewal = Pick<OidcClient, 'refresh' | 'logoutUrl'>;
export type AccessTokenReader = Pick<TokenVerifier, 'verify'>;

/** Renew the access token this long before it expires. */
const REFRESH_MARGIN_MS = 30_000;

/** Sessions as the gateway's routes use them: from the cookie, with a fresh access token, CSRF-checked. */
@Injectable()
export class SessionService {
  private readonly logger = new Logger('Sessions');
  private readonly refreshing = new Map<string, Promise<Session | undefined>>();

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(SessionStore) private readonly store: SessionRecords,
    @Inject(OidcClient) private readonly oidc: TokenRenewal,
    @Inject(TokenVerifier) private readonly tokens: AccessTokenReader,
  ) {}

  get cookieName(): string {
    return this.config.GATEWAY_COOKIE_NAME;
  }

  get publicOrigin(): string {
    return new URL(this.config.GATEWAY_PUBLIC_URL).origin;
  }

  get secureCookies(): boolean {
    return this.config.GATEWAY_PUBLIC_URL.startsWith('https:');
  }

  /** A new session for the provider's tokens; the person and role come from the access token, mapped in one place. */
  async open(tokens: ProviderTokens): Promise<{ session: Session; cookie: string }> {
    const user = await this.tokens.verify(tokens.accessToken);
    const data: SessionData = { user, ...tokens, csrfToken: randomBytes(24).toString('base64url') };
    const session = await this.store.create(data);
    return { session, cookie: this.cookie(session.id, this.config.GATEWAY_SESSION_ABSOLUTE / 1000) };
  }

  cookie(value: string, maxAgeSeconds: number): string {
    return serializeCookie(this.cookieName, value, { maxAgeSeconds, secure: this.secureCookies });
  }

  clearedCookie(): string {
    return this.cookie('', 0);
  }

  /** The request's live session, or the problem to answer with (401: none or ended). */
  async current(request: IncomingMessage): Promise<Session> {
    const id = readCookies(request).get(this.cookieName);
    if (!id) throw sessionProblem('session.missing', 'Du er ikke logget ind.');
    const session = await this.store.find(id);
    if (!session) throw sessionProblem('session.expired', 'Din session er udløbet. Log ind igen.');
    return session;
  }

  /** Refuses a state-changing request without the session's CSRF token (403). */
  checkCsrf(request: IncomingMessage, session: Session): void {
    const refusal = csrfRefusal(request, session.data.csrfToken, this.publicOrigin);
    if (refusal) throw new ProblemException({ status: 403, code: 'csrf.refused', title: 'Forespørgslen blev afvist', detail: refusal });
  }

  /**
   * The session with an access token that is valid for a while yet, after activity (idle lifetime restarted); a
   * page's own background poll (`X-Session-Check: background`) is no activity.
   */
  async forApiCall(session: Session, background = false): Promise<Session> {
    let current = session;
    if (dueForRenewal(current.data)) {
      const renewed = await this.renew(current);
      if (!renewed) throw sessionProblem('session.expired', 'Din session er udløbet. Log ind igen.');
      current = renewed;
    }
    return background ? current : this.store.touch(current);
  }

  private renew(session: Session): Promise<Session | undefined> {
    let pending = this.refreshing.get(session.id);
    if (!pending) {
      pending = this.refreshNow(session).finally(() => this.refreshing.delete(session.id));
      this.refreshing.set(session.id, pending);
    }
    return pending;
  }

  // Once per session across the gateway's instances (see SessionStore.renewOnce); within this one, `renew` joins callers.
  private refreshNow(session: Session): Promise<Session | undefined> {
    return this.store.renewOnce(
      session,
      (data) => !dueForRenewal(data),
      async (data) => {
        if (!data.refreshToken) return undefined;
        try {
          const tokens = await this.oidc.refresh(data.refreshToken);
          const user = await this.tokens.verify(tokens.accessToken);
          return { ...data, ...tokens, idToken: tokens.idToken ?? data.idToken, user };
        } catch (error) {
          this.logger.warn(`The provider refused to renew a session (${error instanceof Error ? error.message : error}); it ends`);
          return undefined;
        }
      },
    );
  }

  /** Signs the person out of every gateway session; returns where to end the provider's session. */
  async signOutEverywhere(session: Session): Promise<string | undefined> {
    await this.store.deleteAllOf(session.data.user.id);
    try {
      return await this.oidc.logoutUrl();
    } catch (error) {
      this.logger.warn(`No logout address from the provider (${error instanceof Error ? error.message : error})`);
      return undefined;
    }
  }
}

// The access token expires within the margin: renewed before it is forwarded.
function dueForRenewal(data: SessionData): boolean {
  return data.accessTokenExpiresAt - REFRESH_MARGIN_MS < Date.now();
}

export function sessionProblem(code: 'session.missing' | 'session.expired', detail: string): ProblemException {
  return new ProblemException({ status: 401, code, title: 'Ikke logget ind', detail });
}
