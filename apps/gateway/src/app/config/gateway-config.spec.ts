import { ConfigError, loadConfig } from '@budgetflow/platform';
import { gatewayConfigSchema, gatewayProblems } from './gateway-config';

const valid = {
  GATEWAY_PORT: '3100',
  GATEWAY_PUBLIC_URL: 'https://budget.region.dk',
  GATEWAY_DATABASE_URL: 'postgresql://u@h/db',
  INTAKE_URL: 'http://intake:3101',
  WORKFLOW_URL: 'http://workflow:3102',
  REPORTING_URL: 'http://reporting:3103',
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
  JWT_TRUSTED_ISSUERS: 'https://login.microsoftonline.com/tenant/v2.0',
};

describe('the gateway configuration', () => {
  it('reads lifetimes as durations, with defaults', () => {
    const config = loadConfig(gatewayConfigSchema, { ...valid, GATEWAY_SESSION_IDLE: '15m' }, gatewayProblems);
    expect({ idle: config.GATEWAY_SESSION_IDLE, absolute: config.GATEWAY_SESSION_ABSOLUTE }).toEqual({ idle: 15 * 60_000, absolute: 10 * 3_600_000 });
  });

  it('names every problem at once', () => {
    const attempt = () =>
      loadConfig(gatewayConfigSchema, { ...valid, GATEWAY_SESSION_IDLE: 'soon', OIDC_ISSUER: 'ftp://x', OIDC_CLIENT_ID: '' }, gatewayProblems);
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'GATEWAY_SESSION_IDLE must be a duration such as 30m, 10h or 20s, got "soon"',
        'OIDC_ISSUER must be a http: or https: URL, got "ftp://x"',
        'OIDC_CLIENT_ID is required',
      ]);
    }
  });

  it('refuses an idle lifetime beyond the absolute one, and trusting no issuer', () => {
    expect(() => loadConfig(gatewayConfigSchema, { ...valid, GATEWAY_SESSION_IDLE: '11h' }, gatewayProblems)).toThrow(
      'GATEWAY_SESSION_IDLE must not be longer than GATEWAY_SESSION_ABSOLUTE',
    );
    expect(() => loadConfig(gatewayConfigSchema, { ...valid, JWT_TRUSTED_ISSUERS: '' }, gatewayProblems)).toThrow('JWT_TRUSTED_ISSUERS');
  });

  it('reads TRUSTED_PROXIES as addresses, CIDR ranges or proxy-addr names, none by default, and names a bad one', () => {
    expect(loadConfig(gatewayConfigSchema, valid, gatewayProblems).TRUSTED_PROXIES).toEqual([]);
    const proxies = '10.0.0.5, 10.1.0.0/16,fd00::/8,loopback';
    expect(loadConfig(gatewayConfigSchema, { ...valid, TRUSTED_PROXIES: proxies }, gatewayProblems).TRUSTED_PROXIES).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['10.0.0.300', '10.0.0.0/33', 'balancer.local', '10.0.0.0/8/1'])
      expect(() => loadConfig(gatewayConfigSchema, { ...valid, TRUSTED_PROXIES: bad }, gatewayProblems)).toThrow(`got "${bad}"`);
  });
});
