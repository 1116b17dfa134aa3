import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { parseRoleMapping } from './claim-mapping';
import { InvalidTokenError, TokenSettings, TokenVerifier } from './token-verifier';

const SECRET = 'a-development-secret-of-at-least-32-characters';

interface Provider {
  issuer: string;
  sign(claims: Record<string, unknown>, options?: { exp?: number | null; kid?: string }): Promise<string>;
}

let server: Server;
let base: string;
const jwks = new Map<string, JWK[]>();

/** A provider on the test server: discovery at <issuer>/.well-known/openid-configuration, keys at <issuer>/jwks. */
async function aProvider(name: string): Promise<Provider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `${name}-key`;
  jwks.set(name, [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }]);
  const issuer = `${base}/${name}`;
  return {
    issuer,
    sign: async (claims, options = {}) => {
      let jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? kid })
        .setIssuer(issuer)
        .setSubject('user-1')
        .setIssuedAt();
      if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 300);
      return jwt.sign(privateKey);
    },
  };
}

const devToken = (claims: Record<string, unknown>, { secret = SECRET, exp = '1h' as string | null } = {}) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('dev-user').setIssuedAt();
  if (exp !== null) jwt = jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(secret));
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const [, name, ...rest] = (request.url ?? '').split('/');
    const path = rest.join('/');
    if (path === '.well-known/openid-configuration' && jwks.has(name)) {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ issuer: `${base}/${name}`, jwks_uri: `${base}/${name}/jwks` }));
    } else if (path === 'jwks' && jwks.has(name)) {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: jwks.get(name) }));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const verifier = (settings: TokenSettings) => new TokenVerifier(settings);
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  return (error as Error).message;
};

// Each test makes RSA keys, which takes seconds on a loaded machine (jest's 5 s default ran out at load 19).
jest.setTimeout(30_000);

describe('TokenVerifier: trusted issuers', () => {
  it('accepts tokens of every trusted issuer, each checked with its own keys (found by discovery)', async () => {
    const entra = await aProvider('entra');
    const keycloak = await aProvider('keycloak');
    const tokens = verifier({ trustedIssuers: [{ issuer: entra.issuer }, { issuer: keycloak.issuer }] });
    await expect(tokens.verify(await entra.sign({ role: 'budget_office', name: 'Karen' }))).resolves.toEqual({
      id: 'user-1',
      name: 'Karen',
      actor: { role: 'budget_office' },
    });
    await expect(tokens.verify(await keycloak.sign({ role: 'reader' }))).resolves.toMatchObject({ actor: { role: 'reader' } });
  });

  it('refuses a token signed by one trusted issuer in the name of another', async () => {
    const honest = await aProvider('honest');
    const other = await aProvider('other');
    const tokens = verifier({ trustedIssuers: [{ issuer: honest.issuer }, { issuer: other.issuer }] });
    // Signed with other's key but claiming honest as issuer: the key is chosen by the issuer, so it does not match.
    const forged = await new SignJWT({ role: 'budget_office' })
      .setProtectedHeader({ alg: 'RS256', kid: 'other-key' })
      .setIssuer(honest.issuer)
      .setSubject('x')
      .setExpirationTime('5m')
      .sign((await generateKeyPair('RS256')).privateKey);
    expect(await refusal(tokens.verify(forged))).toBe('Adgangsbilletten kunne ikke godkendes.');
  });

  it('refuses an issuer it was not told to trust', async () => {
    const trusted = await aProvider('trusted');
    const stranger = await aProvider('stranger');
    const message = await refusal(verifier({ trustedIssuers: [{ issuer: trusted.issuer }] }).verify(await stranger.sign({ role: 'reader' })));
    expect(message).toContain('ikke har tillid til');
  });

  it('uses an explicit JWKS URL without discovery, and checks the audience when one is configured', async () => {
    const adfs = await aProvider('adfs');
    const tokens = verifier({ trustedIssuers: [{ issuer: adfs.issuer, jwksUrl: `${base}/adfs/jwks` }], audience: 'urn:budgetflow:api' });
    await expect(tokens.verify(await adfs.sign({ role: 'reader', aud: 'urn:budgetflow:api' }))).resolves.toMatchObject({ actor: { role: 'reader' } });
    expect(await refusal(tokens.verify(await adfs.sign({ role: 'reader', aud: 'urn:another-api' })))).toBe('Adgangsbilletten kunne ikke godkendes.');
  });

  it('refuses a token without an expiry time', async () => {
    const provider = await aProvider('noexp');
    const message = await refusal(verifier({ trustedIssuers: [{ issuer: provider.issuer }] }).verify(await provider.sign({ role: 'reader' }, { exp: null })));
    expect(message).toBe('Adgangsbilletten mangler udløbstid («exp»).');
  });

  it('says when the provider cannot be reached, and tries again on the next token', async () => {
    const tokens = verifier({ trustedIssuers: [{ issuer: `${base}/late` }] });
    const late = await aProvider('late-tmp');
    const token = await new SignJWT({ role: 'reader' })
      .setProtectedHeader({ alg: 'RS256', kid: 'late-tmp-key' })
      .setIssuer(`${base}/late`)
      .setSubject('s')
      .setExpirationTime('5m')
      .sign((await generateKeyPair('RS256')).privateKey);
    expect(await refusal(tokens.verify(token))).toContain('nøgler kunne ikke hentes');
    jwks.set('late', jwks.get('late-tmp') as JWK[]);
    expect(late).toBeDefined();
    // Found now; the signature (another key) is still wrong, which is checked after the keys were fetched.
    expect(await refusal(tokens.verify(token))).toBe('Adgangsbilletten kunne ikke godkendes.');
  });
});

describe('TokenVerifier: development tokens (HS256)', () => {
  it('accepts them only when switched on', async () => {
    const provider = await aProvider('devcheck');
    const token = await devToken({ role: 'committee_secretariat', committee: 'SU' });
    await expect(verifier({ secret: SECRET, developmentTokens: true }).verify(token)).resolves.toEqual({
      id: 'dev-user',
      name: null,
      actor: { role: 'committee_secretariat', committee: 'SU' },
    });
    expect(await refusal(verifier({ secret: SECRET, developmentTokens: false, trustedIssuers: [{ issuer: provider.issuer }] }).verify(token))).toBe(
      'Udviklingsbilletter (HS256) modtages ikke her.',
    );
  });

  it('refuses one without exp, one signed with another secret and an expired one', async () => {
    const tokens = verifier({ secret: SECRET, developmentTokens: true });
    expect(await refusal(tokens.verify(await devToken({ role: 'reader' }, { exp: null })))).toBe('Adgangsbilletten mangler udløbstid («exp»).');
    expect(await refusal(tokens.verify(await devToken({ role: 'reader' }, { secret: 'another-secret-of-at-least-32-characters!' })))).toBe(
      'Adgangsbilletten kunne ikke godkendes.',
    );
    expect(await refusal(tokens.verify(await devToken({ role: 'reader' }, { exp: '-1m' })))).toBe('Adgangsbilletten er udløbet.');
  });

  it('takes a verified token without verifying it again until it expires, and refuses it after that', async () => {
    let clock = Date.now();
    const tokens = verifier({ secret: SECRET, developmentTokens: true, now: () => clock });
    const token = await devToken({ role: 'reader' }, { exp: '2m' });
    const verify = jest.spyOn(tokens as unknown as { verifyNow: (token: string) => Promise<unknown> }, 'verifyNow');
    const first = await tokens.verify(token);
    clock += 60_000;
    expect(await tokens.verify(token)).toBe(first);
    expect(verify).toHaveBeenCalledTimes(1);
    // Past its exp (2 minutes after it was issued), it is verified again, and jose refuses it on the real clock.
    clock += 90_000;
    jest.useFakeTimers({ now: clock, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      expect(await refusal(tokens.verify(token))).toBe('Adgangsbilletten er udløbet.');
    } finally {
      jest.useRealTimers();
    }
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('cannot be built to trust nothing', () => {
    expect(() => verifier({ secret: SECRET })).toThrow(/trusted issuer/);
    expect(() => verifier({ developmentTokens: true })).toThrow(/JWT_SECRET/);
  });
});

describe('TokenVerifier: role mapping', () => {
  it('maps a provider group to a role and a committee, in one place for every service', async () => {
    const entra = await aProvider('mapped');
    const { rules } = parseRoleMapping('groups:3b1f-office=budget_office, groups:9a2e-su=committee_secretariat:SU');
    const tokens = verifier({ trustedIssuers: [{ issuer: entra.issuer }], roleMapping: rules });
    await expect(tokens.verify(await entra.sign({ groups: ['other', '9a2e-su'], preferred_username: 'mette@region.dk' }))).resolves.toEqual({
      id: 'user-1',
      // Only the `name` claim names the person; without it the record shows the role and login id.
      name: null,
      actor: { role: 'committee_secretariat', committee: 'SU' },
    });
    expect(await refusal(tokens.verify(await entra.sign({ groups: ['other'] })))).toContain('ingen rolle');
  });
});
