// The development OpenID provider (oidc-provider, a certified implementation): what a region's Entra ID, AD FS or
// Keycloak is in production. A login page with the demo users, authorization code with PKCE, refresh tokens,
// RP-initiated logout, and access tokens as JWTs for the Budgetflow API (resource indicator OIDC_RESOURCE), signed
// with a key that the services fetch from its JWKS.
// Usage: node tools/oidc/dev-idp.mjs (settings from the environment, .env and .env.example; see docs/web.md).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';
import { loadSettings, root } from '../infra/settings.mjs';
import { DEMO_USERS } from './demo-users.mjs';
import { errorPage, loggedOutPage, loginPage, logoutPage } from './pages.mjs';

const settings = loadSettings();
const issuer = settings.OIDC_ISSUER.replace(/\/$/, '');
const { hostname, port } = new URL(issuer);
const publicUrl = settings.GATEWAY_PUBLIC_URL.replace(/\/$/, '');
const resource = settings.OIDC_RESOURCE || 'urn:budgetflow:api';
const password = settings.DEV_IDP_PASSWORD;
const accessTokenTtl = Number(settings.DEV_IDP_ACCESS_TOKEN_TTL || 600);
const stateDir = join(root, '.infra', 'oidc', `${hostname}-${port}`);

if (!password) throw new Error('DEV_IDP_PASSWORD is empty (see .env.example)');

/** The signing key and cookie keys, kept across restarts so that tokens and sessions stay valid. */
async function persistentKeys() {
  const file = join(stateDir, 'keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(stateDir, { recursive: true });
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const keys = {
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: `dev-${Date.now()}`, alg: 'RS256', use: 'sig' }] },
    cookieKeys: [randomBytes(32).toString('hex')],
  };
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

const accounts = new Map(DEMO_USERS.map((user) => [user.username, user]));
const claimsOf = (user) => ({ sub: user.username, name: user.name, preferred_username: `${user.username}@budgetflow.test`, groups: user.groups });

const { jwks, cookieKeys } = await persistentKeys();
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.OIDC_CLIENT_ID,
      client_secret: settings.OIDC_CLIENT_SECRET,
      client_name: 'Budgetflow',
      redirect_uris: [`${publicUrl}/auth/callback`],
      post_logout_redirect_uris: [`${publicUrl}/logget-ud`],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks,
  cookies: {
    keys: cookieKeys,
    // Every Budgetflow server runs on 127.0.0.1: cookie names of their own, and Lax (None needs https).
    names: { session: `idp_${port}_session`, interaction: `idp_${port}_interaction`, resume: `idp_${port}_resume` },
    long: { httpOnly: true, sameSite: 'lax', signed: true },
    short: { httpOnly: true, sameSite: 'lax', signed: true },
  },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
  scopes: ['openid', 'profile', 'offline_access', 'api'],
  pkce: { methods: ['S256'], required: () => true },
  ttl: { AccessToken: accessTokenTtl, IdToken: 3600, RefreshToken: 24 * 3600, Interaction: 3600, Session: 24 * 3600, Grant: 24 * 3600, AuthorizationCode: 60 },
  async findAccount(_ctx, sub) {
    const user = accounts.get(sub);
    return user && { accountId: sub, claims: async () => claimsOf(user) };
  },
  // The Budgetflow client is first-party: no consent page; its grant covers the profile and the API.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile offline_access');
    grant.addResourceScope(resource, 'api');
    await grant.save();
    return grant;
  },
  async issueRefreshToken(_ctx, client) {
    return client.grantTypeAllowed('refresh_token');
  },
  // The API's access token carries the person's name and directory groups; JWT_ROLE_MAPPING makes them roles.
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const user = accounts.get(token.accountId);
    return user ? { name: user.name, preferred_username: `${user.username}@budgetflow.test`, groups: user.groups } : undefined;
  },
  features: {
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => resource,
      useGrantedResource: () => true,
      getResourceServerInfo(_ctx, indicator) {
        if (indicator !== resource) throw new errors.InvalidTarget();
        return { scope: 'api', audience: resource, accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.type = 'html';
        ctx.body = logoutPage(form);
      },
      postLogoutSuccessSource: async (ctx) => {
        ctx.type = 'html';
        ctx.body = loggedOutPage();
      },
    },
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = errorPage(out);
  },
});
provider.on('server_error', (_ctx, error) => console.error(`server_error: ${error.stack ?? error}`));

const STATIC = {
  '/assets/auto-submit.js': join(root, 'tools', 'oidc', 'auto-submit.js'),
};
const TYPES = { '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png' };
const dkfds = join(root, 'node_modules', 'dkfds', 'dist');

function serveFile(response, file) {
  if (!file || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=3600' });
  response.end(readFileSync(file));
}

async function formBody(request) {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 10_000) throw new Error('body too large');
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function html(response, status, body) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}

async function interaction(request, response, uid, action) {
  const details = await provider.interactionDetails(request, response);
  if (details.uid !== uid)
    return html(response, 400, errorPage({ error: 'Ugyldig forespørgsel', error_description: 'Login-forløbet passer ikke; start forfra fra Budgetflow.' }));
  const client = await provider.Client.find(details.params.client_id);
  if (request.method === 'GET') return html(response, 200, loginPage({ uid, users: DEMO_USERS, clientName: client?.clientName }));
  if (action === 'abort') {
    return provider.interactionFinished(
      request,
      response,
      { error: 'access_denied', error_description: 'Brugeren annullerede login.' },
      { mergeWithLastSubmission: false },
    );
  }
  const form = await formBody(request);
  const user = accounts.get(form.username);
  if (!user || form.password !== password) {
    return html(
      response,
      200,
      loginPage({
        uid,
        users: DEMO_USERS,
        selected: form.username,
        clientName: client?.clientName,
        error: 'Adgangskoden er forkert. Skriv adgangskoden til demobrugerne.',
      }),
    );
  }
  return provider.interactionFinished(request, response, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, issuer);
  try {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(pathname);
    if (match && (request.method === 'GET' || (request.method === 'POST' && match[2]))) return await interaction(request, response, match[1], match[2]);
    if (pathname.startsWith('/dkfds/'))
      return serveFile(
        response,
        normalize(join(dkfds, pathname.slice('/dkfds/'.length))).startsWith(dkfds) ? join(dkfds, pathname.slice('/dkfds/'.length)) : undefined,
      );
    if (STATIC[pathname]) return serveFile(response, STATIC[pathname]);
    if (pathname === '/health') return html(response, 200, 'ok');
    return callback(request, response);
  } catch (error) {
    if (error instanceof errors.SessionNotFound)
      return html(response, 400, errorPage({ error: 'Login-forløbet er udløbet', error_description: 'Gå tilbage til Budgetflow og log ind igen.' }));
    console.error(error);
    if (!response.headersSent) html(response, 500, errorPage({ error: 'Serverfejl', error_description: 'Prøv igen.' }));
  }
});
server.listen(Number(port), hostname, () =>
  console.log(JSON.stringify({ level: 'info', msg: `development OpenID provider at ${issuer}`, time: new Date().toISOString() })),
);
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
