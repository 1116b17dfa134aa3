import { ConfigOf, VariableParser, optionalText, url } from '../config/config-schema';
import { parseRoleMapping } from './claim-mapping';
import { TokenSettings, TrustedIssuer } from './token-verifier';

const optionalUrl: VariableParser<string | undefined> = (raw) =>
  raw === undefined || raw.trim() === '' ? { ok: true, value: undefined } : url('https:', 'http:')(raw);

/** true/false (also 1/0, yes/no); `fallback` when unset. */
export const flag =
  (fallback: boolean): VariableParser<boolean> =>
  (raw) => {
    if (raw === undefined || raw.trim() === '') return { ok: true, value: fallback };
    const value = raw.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(value)) return { ok: true, value: true };
    if (['false', '0', 'no'].includes(value)) return { ok: true, value: false };
    return { ok: false, problem: `must be true or false, got "${raw}"` };
  };

/** Issuer URLs separated by spaces or commas. */
const issuerList: VariableParser<string[]> = (raw) => {
  const items = (raw ?? '').split(/[\s,]+/).filter((item) => item !== '');
  for (const item of items) {
    const parsed = optionalUrl(item);
    if (!parsed.ok) return { ok: false, problem: `must list issuer URLs separated by spaces or commas: ${parsed.problem}` };
  }
  return { ok: true, value: items };
};

const roleMapping: VariableParser<string | undefined> = (raw) => {
  const { problems } = parseRoleMapping(raw);
  return problems.length ? { ok: false, problem: `has bad rules: ${problems.join('; ')}` } : { ok: true, value: raw?.trim() || undefined };
};

/** How bearer tokens are verified and mapped to roles (every service, and the gateway). */
export const authConfigSchema = {
  JWT_SECRET: optionalText(),
  JWT_DEV_TOKENS: flag(false),
  JWT_TRUSTED_ISSUERS: issuerList,
  JWT_JWKS_URL: optionalUrl,
  JWT_ISSUER: optionalText(),
  JWT_AUDIENCE: optionalText(),
  JWT_ROLE_MAPPING: roleMapping,
};

export type AuthConfig = ConfigOf<typeof authConfigSchema>;

/** Refuses a configuration that trusts nothing, or development tokens without a long enough secret. */
export function authProblems(config: Partial<AuthConfig>): string[] {
  const trustsProvider = (config.JWT_TRUSTED_ISSUERS?.length ?? 0) > 0 || Boolean(config.JWT_JWKS_URL);
  if (config.JWT_DEV_TOKENS) {
    if (!config.JWT_SECRET) return ['JWT_DEV_TOKENS=true needs JWT_SECRET (the key of the development tokens)'];
    if (config.JWT_SECRET.length < 32) return ['JWT_SECRET must be at least 32 characters'];
  } else if (!trustsProvider) {
    return ['JWT_TRUSTED_ISSUERS (or JWT_JWKS_URL) is required to trust an identity provider; for development tokens set JWT_DEV_TOKENS=true and JWT_SECRET'];
  }
  return [];
}

/** The verifier's settings from the validated configuration. */
export function tokenSettings(config: AuthConfig): TokenSettings {
  const trustedIssuers: TrustedIssuer[] = config.JWT_TRUSTED_ISSUERS.map((issuer) => ({ issuer }));
  // The older single-provider form: one JWKS, with JWT_ISSUER as its issuer when given.
  if (config.JWT_JWKS_URL) trustedIssuers.push({ issuer: config.JWT_ISSUER, jwksUrl: config.JWT_JWKS_URL });
  return {
    secret: config.JWT_SECRET,
    developmentTokens: config.JWT_DEV_TOKENS,
    trustedIssuers,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    roleMapping: parseRoleMapping(config.JWT_ROLE_MAPPING).rules,
  };
}
