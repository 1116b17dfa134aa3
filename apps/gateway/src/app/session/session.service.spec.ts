import { loadConfig } from '@budgetflow/platform';
import { ProviderTokens } from '../auth/oidc-client';
import { gatewayConfigSchema, gatewayProblems } from '../config/gateway-config';
import { Session, SessionData } from './session';
import { AccessTokenReader, SessionRecords, SessionService, TokenRenewal } from './session.service';

/** Sessions in memory, as the PostgreSQL store keeps them (an expired one is simply absent here). */
class InMemorySessions implements SessionRecords {
  readonly rows = new Map<string, Session>();
  touched = 0;

  async create(data: SessionData, now = new Date()): Promise<Session> {
    const session = { id: `s${this.rows.size + 1}`, data, createdAt: now, idleExpiresAt: now, absoluteExpiresAt: now };
    this.rows.set(session.id, session);
    return session;
  }
  async find(id: string): Promise<Session | undefined> {
    return this.rows.get(id);
  }
  async touch(session: Session): Promise<Session> {
    this.touched += 1;
    return session;
  }
  async renewOnce(
    session: Session,
    isFresh: (data: SessionData) => boolean,
    renew: (data: SessionData) => Promise<SessionData | undefined>,
  ): Promise<Session | undefined> {
    const current = this.rows.get(session.id);
    if (!current) return undefined;
    if (isFresh(current.data)) return current;
    const data = await renew(current.data);
    if (!data) {
      this.rows.delete(session.id);
      return undefined;
    }
    const updated = { ...session, data };
    this.rows.set(session.id, updated);
    return updated;
  }
  async delete(id: string): Promise<void> {
    this.rows.delete(id);
  }
  async deleteAllOf(subject: string): Promise<number> {
    const ids = [...this.rows.values()].filter((session) => session.data.user.id === subject).map((session) => session.id);
    ids.forEach((id) => this.rows.delete(id));
    return ids.length;
  }
}

/** The provider: counts the renewals it was asked for, and can refuse them. */
class FakeProvider implements TokenRenewal {
  refreshes = 0;
  refuse = false;
  async refresh(refreshToken: string): Promise<ProviderTokens> {
    this.refreshes += 1;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.refuse) throw new Error('invalid_grant');
    return { accessToken: `renewed-${this.refreshes}`, accessTokenExpiresAt: Date.now() + 3_600_000, refreshToken };
  }
  async logoutUrl(): Promise<string | undefined> {
    return 'https://idp.example/logout';
  }
}

const verifier: AccessTokenReader = {
  verify: async (token) => ({ id: `person-of-${token}`, name: 'Karen Holm', actor: { role: 'budget_office' } }),
};

const config = loadConfig(
  gatewayConfigSchema,
  {
    GATEWAY_PORT: '3100',
    GATEWAY_PUBLIC_URL: 'https://budget.region.dk',
    GATEWAY_DATABASE_URL: 'postgresql://u@h/db',
    INTAKE_URL: 'http://intake:3101',
    WORKFLOW_URL: 'http://workflow:3102',
    REPORTING_URL: 'http://reporting:3103',
    OIDC_ISSUER: 'https://idp.example',
    OIDC_CLIENT_ID: 'client',
    OIDC_CLIENT_SECRET: 'secret',
    JWT_TRUSTED_ISSUERS: 'https://idp.example',
  },
  gatewayProblems,
);

describe('SessionService (unit, in-memory sessions and provider)', () => {
  let sessions: InMemorySessions;
  let provider: FakeProvider;
  let service: SessionService;

  beforeEach(() => {
    sessions = new InMemorySessions();
    provider = new FakeProvider();
    service = new SessionService(config, sessions, provider, verifier);
  });

  const expiringSession = async (refreshToken?: string) =>
    (await service.open({ accessToken: 'first', accessTokenExpiresAt: Date.now() + 1_000, ...(refreshToken ? { refreshToken } : {}) })).session;

  it('opens a session for the person the access token names, with its own CSRF token', async () => {
    const { session, cookie } = await service.open({ accessToken: 'first', accessTokenExpiresAt: Date.now() + 3_600_000 });
    expect(session.data.user.id).toBe('person-of-first');
    expect(session.data.csrfToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(cookie).toContain(`${config.GATEWAY_COOKIE_NAME}=${session.id}`);
  });

  it('renews an access token about to expire once for calls that arrive together, and counts them as activity', async () => {
    const session = await expiringSession('refresh-1');
    const renewed = await Promise.all([service.forApiCall(session), service.forApiCall(session), service.forApiCall(session)]);
    expect(provider.refreshes).toBe(1);
    expect(new Set(renewed.map((current) => current.data.accessToken))).toEqual(new Set(['renewed-1']));
    expect(sessions.rows.get(session.id)?.data.user.id).toBe('person-of-renewed-1');
    expect(sessions.touched).toBe(3);
  });

  it("counts a page's background poll as no activity", async () => {
    const { session } = await service.open({ accessToken: 'first', accessTokenExpiresAt: Date.now() + 3_600_000 });
    await service.forApiCall(session, true);
    expect(sessions.touched).toBe(0);
  });

  it('ends the session when it cannot be renewed: no refresh token, or the provider refuses', async () => {
    const withoutRefresh = await expiringSession();
    await expect(service.forApiCall(withoutRefresh)).rejects.toMatchObject({ response: { status: 401, code: 'session.expired' } });
    provider.refuse = true;
    const refused = await expiringSession('refresh-2');
    await expect(service.forApiCall(refused)).rejects.toMatchObject({ response: { status: 401, code: 'session.expired' } });
    expect(sessions.rows.size).toBe(0);
  });
});
