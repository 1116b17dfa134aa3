import { Pool } from 'pg';
import { freshGatewayDatabase } from '../../../test/support/gateway-database';
import { SessionData } from './session';
import { SessionStore } from './session-store';

const aSession = (overrides: Partial<SessionData> = {}): SessionData => ({
  user: { id: 'karen', name: 'Karen Holm', actor: { role: 'budget_office' } },
  accessToken: 'access',
  accessTokenExpiresAt: Date.now() + 60_000,
  refreshToken: 'refresh',
  csrfToken: 'csrf',
  ...overrides,
});

const at = (iso: string) => new Date(iso);

describe('SessionStore (PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof freshGatewayDatabase>>;
  let pool: Pool;
  let store: SessionStore;

  beforeAll(async () => {
    database = await freshGatewayDatabase();
    pool = new Pool({ connectionString: database.url });
    store = new SessionStore(pool, { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 });
    await store.migrate();
    await store.migrate();
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('keeps only a hash of the cookie value', async () => {
    const session = await store.create(aSession());
    const { rows } = await pool.query('SELECT id_hash FROM gateway_session');
    expect(rows.map((row) => row.id_hash)).not.toContain(session.id);
    expect((await store.find(session.id))?.data.user.name).toBe('Karen Holm');
    expect(await store.find(`${session.id}x`)).toBeUndefined();
  });

  it('ends a session after the idle lifetime, and activity starts it again', async () => {
    const session = await store.create(aSession(), at('2026-01-05T08:00:00Z'));
    expect(await store.find(session.id, at('2026-01-05T08:29:00Z'))).toBeDefined();
    await store.touch(session, at('2026-01-05T08:29:00Z'));
    expect(await store.find(session.id, at('2026-01-05T08:58:00Z'))).toBeDefined();
    expect(await store.find(session.id, at('2026-01-05T09:00:00Z'))).toBeUndefined();
    // Ended sessions are deleted, not only hidden.
    expect(await store.find(session.id, at('2026-01-05T08:30:00Z'))).toBeUndefined();
  });

  it('ends a session at the absolute lifetime however active it is', async () => {
    const session = await store.create(aSession(), at('2026-01-06T08:00:00Z'));
    let current = session;
    for (let hour = 1; hour < 8; hour += 1) current = await store.touch(current, at(`2026-01-06T${String(8 + hour).padStart(2, '0')}:00:00Z`));
    // Active a quarter before the end: the idle lifetime would reach 16:15, the absolute one stops it at 16:00.
    current = await store.touch(current, at('2026-01-06T15:45:00Z'));
    expect(current.idleExpiresAt.toISOString()).toBe('2026-01-06T16:00:00.000Z');
    expect(await store.find(session.id, at('2026-01-06T15:59:00Z'))).toBeDefined();
    expect(await store.find(session.id, at('2026-01-06T16:00:00Z'))).toBeUndefined();
  });

  it('keeps a member of the regional council with its party', async () => {
    const member = { id: 'mlund', name: 'Mette Lund', actor: { role: 'politician', party: 'Socialdemokratiet' } } as const;
    const session = await store.create(aSession({ user: member }));
    expect((await store.find(session.id))?.data.user).toEqual(member);
  });

  it('signs a person out in every browser', async () => {
    const one = await store.create(aSession({ user: { id: 'lars', name: 'Lars', actor: { role: 'reader' } } }));
    const two = await store.create(aSession({ user: { id: 'lars', name: 'Lars', actor: { role: 'reader' } } }));
    const other = await store.create(aSession());
    expect(await store.deleteAllOf('lars')).toBe(2);
    expect([await store.find(one.id), await store.find(two.id)]).toEqual([undefined, undefined]);
    expect(await store.find(other.id)).toBeDefined();
  });

  it('hands out a pending sign-in once, and not after ten minutes', async () => {
    await store.saveLogin('state-1', { codeVerifier: 'v', nonce: 'n', returnTo: '/forslag' });
    expect(await store.takeLogin('state-1')).toEqual({ codeVerifier: 'v', nonce: 'n', returnTo: '/forslag' });
    expect(await store.takeLogin('state-1')).toBeUndefined();
    await store.saveLogin('state-2', { codeVerifier: 'v', nonce: 'n', returnTo: '/' }, at('2026-01-05T08:00:00Z'));
    expect(await store.takeLogin('state-2', at('2026-01-05T08:11:00Z'))).toBeUndefined();
  });

  it('names the column when a stored session or sign-in is malformed, instead of trusting it', async () => {
    const session = await store.create(aSession());
    await pool.query(`UPDATE gateway_session SET data = jsonb_set(data, '{user,actor,role}', '"mayor"')`);
    await expect(store.find(session.id)).rejects.toThrow('gateway_session.data.user.actor.role: must be one of');
    await store.saveLogin('state-1', { codeVerifier: 'verifier', nonce: 'nonce', returnTo: '/' });
    await pool.query(`UPDATE gateway_login SET data = '{"codeVerifier": 7}'`);
    await expect(store.takeLogin('state-1')).rejects.toThrow('gateway_login.data.codeVerifier: must be a string');
  });

  // Issue 32: two gateway instances (two stores on one database) renew the same session at once: the provider is asked
  // once, and both go on with its tokens.
  it('renews a session once when two instances renew it at the same time', async () => {
    const other = new SessionStore(pool, { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 });
    await Promise.all([store.migrate(), other.migrate()]);
    const session = await store.create(aSession({ accessToken: 'old', accessTokenExpiresAt: Date.now() - 1_000 }));
    let asked = 0;
    const isFresh = (data: SessionData) => data.accessTokenExpiresAt > Date.now();
    const renew = async (data: SessionData) => {
      asked += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ...data, accessToken: `renewed-${asked}`, accessTokenExpiresAt: Date.now() + 3_600_000 };
    };
    const [one, two] = await Promise.all([store.renewOnce(session, isFresh, renew), other.renewOnce(session, isFresh, renew)]);
    expect(asked).toBe(1);
    expect([one?.data.accessToken, two?.data.accessToken]).toEqual(['renewed-1', 'renewed-1']);
    expect((await store.find(session.id))?.data.accessToken).toBe('renewed-1');
  });

  it('ends a session whose renewal the provider refused', async () => {
    const session = await store.create(aSession({ accessTokenExpiresAt: Date.now() - 1_000 }));
    expect(
      await store.renewOnce(
        session,
        () => false,
        async () => undefined,
      ),
    ).toBeUndefined();
    expect(await store.find(session.id)).toBeUndefined();
  });
});
