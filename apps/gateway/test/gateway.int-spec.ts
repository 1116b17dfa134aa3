import { loadConfig } from '@budgetflow/platform';
import { Browser, signInAtGateway } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { createGatewayApp, gatewayConfigSchema, gatewayProblems } from '../src/app/create-gateway-app';
import { freshGatewayDatabase } from './support/gateway-database';

// The gateway against the real development OpenID provider (a child process: oidc-provider is an ES module) and a
// stand-in for a service that records what reaches it.
const root = join(__dirname, '..', '..', '..');
const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]+/;
const PASSWORD = 'test-password';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('the gateway with the development OpenID provider', () => {
  let idp: ChildProcess;
  let app: NestExpressApplication;
  let upstream: Server;
  let gateway: string;
  let issuer: string;
  let database: Awaited<ReturnType<typeof freshGatewayDatabase>>;
  let config: Parameters<typeof createGatewayApp>[0];
  const seen: { method?: string; url?: string; headers?: IncomingHttpHeaders; body?: string }[] = [];

  beforeAll(async () => {
    const [idpPort, gatewayPort] = [await freePort(), await freePort()];
    issuer = `http://127.0.0.1:${idpPort}`;
    gateway = `http://127.0.0.1:${gatewayPort}`;
    upstream = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        response.setHeader('content-type', 'application/json');
        response.setHeader('set-cookie', 'upstream=1');
        // What a service's answer carries that a browser or cache needs (issue 25): kept by the gateway.
        response.setHeader('idempotent-replayed', 'true');
        response.setHeader('vary', 'Accept');
        response.setHeader('ratelimit-policy', '"subject";q=6000;w=60');
        response.setHeader('ratelimit', '"subject";r=5999;t=60');
        response.end(JSON.stringify({ answered: request.url }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const service = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const shared = {
      OIDC_ISSUER: issuer,
      GATEWAY_PUBLIC_URL: gateway,
      OIDC_CLIENT_ID: 'budgetflow-test',
      OIDC_CLIENT_SECRET: 'test-client-secret',
      OIDC_RESOURCE: 'urn:budgetflow:api',
    };
    // Access tokens of 31 s: with the gateway's 30 s margin, every API call renews the token (refresh grant).
    idp = spawn(process.execPath, [join(root, 'tools', 'oidc', 'dev-idp.mjs')], {
      cwd: root,
      env: { ...process.env, ...shared, DEV_IDP_PASSWORD: PASSWORD, DEV_IDP_ACCESS_TOKEN_TTL: '31' },
      stdio: 'ignore',
    });
    for (let attempt = 0; ; attempt += 1) {
      if (
        await fetch(`${issuer}/.well-known/openid-configuration`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (attempt > 100) throw new Error('the development provider did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    database = await freshGatewayDatabase();
    const web = mkdtempSync(join(tmpdir(), 'budgetflow-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Budgetflow</title>');
    config = loadConfig(
      gatewayConfigSchema,
      {
        ...shared,
        GATEWAY_PORT: String(gatewayPort),
        GATEWAY_DATABASE_URL: database.url,
        GATEWAY_WEB_ROOT: web,
        INTAKE_URL: service,
        WORKFLOW_URL: service,
        REPORTING_URL: service,
        // No public site here: the gateway asks the services nothing by itself, so each request seen is one it forwarded.
        PUBLIC_SITE_REVALIDATE_SECONDS: '0',
        JWT_TRUSTED_ISSUERS: issuer,
        JWT_AUDIENCE: 'urn:budgetflow:api',
        // Only these groups give a role here: the reader's group is left out on purpose.
        JWT_ROLE_MAPPING:
          'groups:budgetflow-koncernoekonomi=budget_office,groups:budgetflow-udvalg-su=committee_secretariat:SU,groups:budgetflow-rr-venstre=politician:Venstre',
        LOG_LEVEL: 'warn',
        INSTANCE_ID: 'gateway-a',
      },
      gatewayProblems,
    );
    app = await createGatewayApp(config);
    await app.listen(gatewayPort, '127.0.0.1');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    idp?.kill('SIGTERM');
    await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
    await database?.drop();
  });

  const signIn = (browser: Browser, username: string, returnTo?: string) => signInAtGateway(browser, gateway, username, PASSWORD, returnTo);

  it('signs in with code and PKCE, keeps the tokens on the server and forwards the provider’s JWT to the service', async () => {
    const browser = new Browser();
    expect(await signIn(browser, 'koncernoekonomi')).toBe(`${gateway}/forslag`);
    const session = await browser.fetch(`${gateway}/auth/session`);
    const text = await session.text();
    expect(text).not.toMatch(JWT);
    expect(JSON.parse(text).user).toEqual({ id: 'koncernoekonomi', name: 'Karen Holm', role: 'budget_office', roleLabel: 'Koncernøkonomi' });

    const answer = await browser.fetch(`${gateway}/api/intake/rounds?x=1`);
    expect({ status: answer.status, body: await answer.json(), cookie: answer.headers.get('set-cookie') }).toEqual({
      status: 200,
      body: { answered: '/rounds?x=1' },
      cookie: null,
    });
    const forwarded = seen.at(-1)?.headers ?? {};
    expect(forwarded.cookie).toBeUndefined();
    const token = decodeJwt((forwarded.authorization ?? '').replace(/^Bearer /, ''));
    expect(token).toMatchObject({ iss: issuer, aud: 'urn:budgetflow:api', sub: 'koncernoekonomi', groups: ['budgetflow-koncernoekonomi'] });
  });

  it('maps a member of the regional council’s group to the role with its party, and shows both', async () => {
    const browser = new Browser();
    await signIn(browser, 'jkrogh');
    const session = await browser.fetch(`${gateway}/auth/session`);
    expect((await session.json()).user).toEqual({ id: 'jkrogh', name: 'Jens Krogh', role: 'politician', roleLabel: 'Regionsrådsmedlem', party: 'Venstre' });
  });

  it('renews the access token with the refresh token when it is about to expire', async () => {
    const browser = new Browser();
    await signIn(browser, 'su');
    await browser.fetch(`${gateway}/api/workflow/a`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await browser.fetch(`${gateway}/api/workflow/b`);
    const [first, second] = seen.slice(-2).map((request) => request.headers?.authorization);
    expect(first).not.toEqual(second);
    expect(decodeJwt((second ?? '').replace(/^Bearer /, ''))).toMatchObject({ sub: 'su' });
  });

  it('counts a page’s background poll of the API (X-Session-Check: background) as no activity, and any other call as activity', async () => {
    const browser = new Browser();
    await signIn(browser, 'koncernoekonomi');
    const background = { 'x-session-check': 'background' };
    const idleUntil = async () => (await (await browser.fetch(`${gateway}/auth/session`, { headers: background })).json()).idleExpiresAt as string;
    const before = await idleUntil();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await browser.fetch(`${gateway}/api/reporting/rounds/r/reports`, { headers: background })).status).toBe(200);
    expect(await idleUntil()).toBe(before);
    expect((await browser.fetch(`${gateway}/api/reporting/rounds/r/reports`)).status).toBe(200);
    expect(new Date(await idleUntil()).getTime()).toBeGreaterThan(new Date(before).getTime());
  });

  it('refuses a state-changing call without the CSRF token, and forwards it with the token', async () => {
    const browser = new Browser();
    await signIn(browser, 'koncernoekonomi');
    const refused = await browser.fetch(`${gateway}/api/intake/rounds`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect({ status: refused.status, code: (await refused.json()).code }).toEqual({ status: 403, code: 'csrf.refused' });
    const { csrfToken } = await (await browser.fetch(`${gateway}/auth/session`)).json();
    const count = seen.length;
    const accepted = await browser.fetch(`${gateway}/api/intake/rounds`, {
      method: 'POST',
      body: '{"name":"x"}',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, origin: gateway },
    });
    expect(accepted.status).toBe(200);
    expect(seen.slice(count)).toEqual([expect.objectContaining({ method: 'POST', url: '/rounds', body: '{"name":"x"}' })]);
  });

  it('sends a person whose claims map to no role to the error page, without a session', async () => {
    const browser = new Browser();
    expect(await signIn(browser, 'laeser')).toBe(`${gateway}/fejl?aarsag=ingen-rolle`);
    expect((await browser.fetch(`${gateway}/auth/session`)).status).toBe(401);
  });

  it('refuses a callback that this browser did not start (no matching login cookie)', async () => {
    const browser = new Browser();
    const login = await browser.fetch(`${gateway}/auth/login`);
    const state = new URL(login.headers.get('location') as string).searchParams.get('state');
    const stranger = new Browser();
    const callback = await stranger.fetch(`${gateway}/auth/callback?code=x&state=${state}`);
    expect(callback.headers.get('location')).toBe('/fejl?aarsag=login');
  });

  it('signs out everywhere: every session of the person, and the provider’s session via its logout address', async () => {
    const here = new Browser();
    const there = new Browser();
    await signIn(here, 'koncernoekonomi');
    await signIn(there, 'koncernoekonomi');
    const { csrfToken } = await (await here.fetch(`${gateway}/auth/session`)).json();
    const logout = await here.fetch(`${gateway}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    const { logoutUrl } = await logout.json();
    expect(logoutUrl).toMatch(new RegExp(`^${issuer}/session/end\\?`));
    expect(logoutUrl).not.toMatch(JWT);
    expect((await here.fetch(`${gateway}/auth/session`)).status).toBe(401);
    const elsewhere = await there.fetch(`${gateway}/api/intake/rounds`);
    expect({ status: elsewhere.status, code: (await elsewhere.json()).code }).toEqual({ status: 401, code: 'session.expired' });
  });

  // Issue 25: a cookie with a bad % escape (another application on the same host may set one) made every
  // gateway route answer 500 or 502.
  it('ignores a cookie it cannot decode: sign-in, the session, API calls and sign-out keep working', async () => {
    const browser = new Browser();
    browser.cookies.set('other_app', '%E0%A4%A');
    expect(await signIn(browser, 'koncernoekonomi')).toBe(`${gateway}/forslag`);
    const session = await browser.fetch(`${gateway}/auth/session`);
    expect(session.status).toBe(200);
    const { csrfToken } = await session.json();
    expect((await browser.fetch(`${gateway}/api/intake/rounds`)).status).toBe(200);
    const logout = await browser.fetch(`${gateway}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    expect(logout.status).toBe(200);
    expect((await browser.fetch(`${gateway}/auth/session`)).status).toBe(401);
  });

  it('takes a malformed session cookie for no session: 401 on the session and on the API, never 500 or 502', async () => {
    const browser = new Browser();
    await signIn(browser, 'su');
    const name = config.GATEWAY_COOKIE_NAME;
    expect(browser.cookies.has(name)).toBe(true);
    browser.cookies.set(name, '%zz');
    const session = await browser.fetch(`${gateway}/auth/session`);
    expect(session.status).toBe(401);
    const api = await browser.fetch(`${gateway}/api/intake/rounds`);
    expect({ status: api.status, code: (await api.json()).code }).toEqual({ status: 401, code: expect.stringMatching(/^session\./) });
  });

  it('reaches only the services of its table: /api/constructor is 404, like any unknown name', async () => {
    const browser = new Browser();
    await signIn(browser, 'koncernoekonomi');
    for (const name of ['constructor', 'unknown']) {
      const answer = await browser.fetch(`${gateway}/api/${name}/rounds`);
      expect({ status: answer.status, code: (await answer.json()).code }).toEqual({ status: 404, code: 'resource.not_found' });
    }
  });

  it('passes Idempotent-Replayed, Vary and the services’ RateLimit headers back to the browser', async () => {
    const browser = new Browser();
    await signIn(browser, 'koncernoekonomi');
    const answer = await browser.fetch(`${gateway}/api/reporting/rounds/r/reports/katalog`);
    expect(answer.headers.get('idempotent-replayed')).toBe('true');
    expect(answer.headers.get('vary')).toContain('Accept');
    expect(answer.headers.get('ratelimit-policy')).toContain('"subject";q=6000;w=60');
    expect(answer.headers.get('ratelimit')).toContain('"subject";r=5999;t=60');
  });

  it('says up or down at /health, with the instance and the requests it answered, no database details', async () => {
    const health = await fetch(`${gateway}/health`);
    const body = await health.json();
    expect({ status: health.status, body }).toEqual({
      status: 200,
      body: { status: 'up', instance: 'gateway-a', consumedEvents: 0, servedRequests: expect.any(Number) },
    });
    // A request counts; the balancer's checks of /health do not.
    await fetch(`${gateway}/forslag`);
    const again = await (await fetch(`${gateway}/health`)).json();
    expect(again.servedRequests).toBe(body.servedRequests + 1);
  });

  it('serves the web application for its own paths, with security headers', async () => {
    const page = await fetch(`${gateway}/forslag`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Budgetflow</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('limits the requests of one address, with RateLimit headers and a 429 problem', async () => {
    const port = await freePort();
    const limited = await createGatewayApp({ ...config, GATEWAY_PORT: port, RATE_LIMIT_PER_ADDRESS: 3 });
    await limited.listen(port, '127.0.0.1');
    try {
      const answers = [];
      for (let request = 0; request < 4; request += 1) answers.push(await fetch(`http://127.0.0.1:${port}/forslag`));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
      expect(answers[2].headers.get('ratelimit')).toBe('"address";r=0;t=60');
      const refused = answers[3];
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({ status: 429, code: 'request.rate_limited' });
    } finally {
      await limited.close();
    }
  });

  // Issue 32: the gateway runs as several instances behind a load balancer.
  it('counts a request under the address X-Forwarded-For names only when its peer is a trusted proxy', async () => {
    const statuses = async (port: number, forwardedFor: string[]) => {
      const answers = [];
      for (const address of forwardedFor) answers.push((await fetch(`http://127.0.0.1:${port}/forslag`, { headers: { 'x-forwarded-for': address } })).status);
      return answers;
    };
    const [untrusting, trusting] = [await freePort(), await freePort()];
    const apps = [
      await createGatewayApp({ ...config, GATEWAY_PORT: untrusting, RATE_LIMIT_PER_ADDRESS: 2 }),
      await createGatewayApp({ ...config, GATEWAY_PORT: trusting, RATE_LIMIT_PER_ADDRESS: 2, TRUSTED_PROXIES: ['127.0.0.1'] }),
    ];
    await apps[0].listen(untrusting, '127.0.0.1');
    await apps[1].listen(trusting, '127.0.0.1');
    try {
      // Trusting none (the default): three browsers' addresses, all counted under the peer's, 127.0.0.1.
      expect(await statuses(untrusting, ['203.0.113.1', '203.0.113.2', '203.0.113.3'])).toEqual([200, 200, 429]);
      // Trusting the peer: each forwarded address has a limit of its own.
      expect(await statuses(trusting, ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'])).toEqual([200, 200, 429, 200]);
    } finally {
      for (const limited of apps) await limited.close();
    }
  });

  it('keeps a session started on one instance on another: the sessions live in the database', async () => {
    const port = await freePort();
    const second = await createGatewayApp({ ...config, GATEWAY_PORT: port });
    await second.listen(port, '127.0.0.1');
    try {
      const browser = new Browser();
      await signIn(browser, 'koncernoekonomi');
      // The same browser (cookies ignore ports) at the second instance.
      const session = await browser.fetch(`http://127.0.0.1:${port}/auth/session`);
      expect(session.status).toBe(200);
      expect((await session.json()).user).toMatchObject({ id: 'koncernoekonomi', role: 'budget_office' });
      const answer = await browser.fetch(`http://127.0.0.1:${port}/api/intake/rounds?instance=2`);
      expect({ status: answer.status, body: await answer.json() }).toEqual({ status: 200, body: { answered: '/rounds?instance=2' } });
      expect(decodeJwt((seen.at(-1)?.headers?.authorization ?? '').replace(/^Bearer /, ''))).toMatchObject({ sub: 'koncernoekonomi' });
    } finally {
      await second.close();
    }
  });
});
