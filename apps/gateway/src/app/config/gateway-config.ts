import {
  ConfigOf,
  VariableParser,
  authConfigSchema,
  authProblems,
  hardeningConfigSchema,
  oneOf,
  optionalText,
  port,
  text,
  url,
  wholeNumber,
} from '@budgetflow/platform';
import { isIP } from 'node:net';
import { hostname } from 'node:os';

/** A duration such as 30m, 10h or 20s, in milliseconds. */
export const duration =
  (fallback: string): VariableParser<number> =>
  (raw) => {
    const value = raw === undefined || raw.trim() === '' ? fallback : raw.trim();
    const match = /^(\d+)\s*(s|m|h)$/.exec(value);
    if (!match || Number(match[1]) === 0) return { ok: false, problem: `must be a duration such as 30m, 10h or 20s, got "${raw}"` };
    return { ok: true, value: Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 's' | 'm' | 'h'] };
  };

const httpUrl = url('http:', 'https:');

// The names Express's `trust proxy` (proxy-addr) knows besides addresses and CIDR ranges.
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Comma-separated addresses, CIDR ranges (10.0.0.0/8) or proxy-addr's names; empty: none. */
export const proxyList = (): VariableParser<string[]> => (raw) => {
  const items = (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const bad = items.find((item) => {
    if (PROXY_NAMES.includes(item)) return false;
    const [address = '', prefix, ...rest] = item.split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return true;
    return prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
  return bad === undefined
    ? { ok: true, value: items }
    : { ok: false, problem: `must be addresses or CIDR ranges (e.g. 10.0.0.5,10.1.0.0/16) or ${PROXY_NAMES.join('/')}, got "${bad}"` };
};

/** Every variable the gateway reads; validated at start-up. */
export const gatewayConfigSchema = {
  ...authConfigSchema,
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const, 'info'),
  HTTP_HOST: text('127.0.0.1'),
  GATEWAY_PORT: port(),
  GATEWAY_PUBLIC_URL: httpUrl,
  GATEWAY_DATABASE_URL: url('postgresql:', 'postgres:'),
  GATEWAY_SESSION_IDLE: duration('30m'),
  GATEWAY_SESSION_ABSOLUTE: duration('10h'),
  GATEWAY_COOKIE_NAME: text('budgetflow_session'),
  /** Where the built web application is (index.html and its assets). */
  GATEWAY_WEB_ROOT: text('dist/apps/web'),
  INTAKE_URL: httpUrl,
  WORKFLOW_URL: httpUrl,
  REPORTING_URL: httpUrl,
  /** How long the public site's pages are served from the gateway's memory before they are confirmed with reporting by ETag. */
  PUBLIC_SITE_REVALIDATE_SECONDS: wholeNumber(5, 0),
  /** The dkfds package's dist folder, whose stylesheet, fonts and icons the public site uses. */
  PUBLIC_SITE_DKFDS_ROOT: text('node_modules/dkfds/dist'),
  OIDC_ISSUER: httpUrl,
  OIDC_CLIENT_ID: text(),
  OIDC_CLIENT_SECRET: text(),
  OIDC_SCOPE: text('openid profile offline_access'),
  OIDC_RESOURCE: optionalText(),
  // Every browser arrives here with its own address (behind the gateway the services see only the gateway's).
  RATE_LIMIT_WINDOW_SECONDS: hardeningConfigSchema.RATE_LIMIT_WINDOW_SECONDS,
  RATE_LIMIT_PER_ADDRESS: hardeningConfigSchema.RATE_LIMIT_PER_ADDRESS,
  /**
   * The load balancers in front of the gateway: X-Forwarded-For is believed only from these, so the address limit
   * counts the browser's address behind them (empty: trust none, every request counts under its peer's address).
   */
  TRUSTED_PROXIES: proxyList(),
  /** This instance's name in /health, where several run behind a load balancer. */
  INSTANCE_ID: text(`${hostname()}:${process.pid}`),
};

export type GatewayConfig = ConfigOf<typeof gatewayConfigSchema>;

/** Checks across variables: token trust as in the services, and an idle lifetime within the absolute one. */
export function gatewayProblems(config: GatewayConfig): string[] {
  const problems = authProblems(config);
  if (config.GATEWAY_SESSION_IDLE > config.GATEWAY_SESSION_ABSOLUTE) problems.push('GATEWAY_SESSION_IDLE must not be longer than GATEWAY_SESSION_ABSOLUTE');
  if (!/^[A-Za-z0-9_-]+$/.test(config.GATEWAY_COOKIE_NAME)) problems.push('GATEWAY_COOKIE_NAME may hold only letters, digits, _ and -');
  return problems;
}

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
