import * as oidc from 'openid-client';
import { GatewayConfig } from '../config/gateway-config';

export interface StartedLogin {
  url: URL;
  state: string;
  codeVerifier: string;
  nonce: string;
}

export interface ProviderTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
}

/**
 * The gateway's side of OpenID Connect (openid-client): authorization code with PKCE against any provider given by
 * its issuer URL, token refresh and RP-initiated logout. The provider's metadata is discovered on first use and
 * again after a failure, so the gateway may start before its provider.
 */
export class OidcClient {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly config: GatewayConfig) {}

  private get redirectUri(): string {
    return `${this.config.GATEWAY_PUBLIC_URL.replace(/\/$/, '')}/auth/callback`;
  }

  private resourceParameter(): Record<string, string> {
    return this.config.OIDC_RESOURCE ? { resource: this.config.OIDC_RESOURCE } : {};
  }

  private discover(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.config.OIDC_ISSUER);
      // Plain http only for a provider on this machine (the development provider).
      const insecure = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {};
      this.configuration = oidc.discovery(issuer, this.config.OIDC_CLIENT_ID, this.config.OIDC_CLIENT_SECRET, undefined, insecure);
      this.configuration.catch(() => (this.configuration = undefined));
    }
    return this.configuration;
  }

  async startLogin(): Promise<StartedLogin> {
    const configuration = await this.discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...this.resourceParameter(),
    });
    return { url, state, codeVerifier, nonce };
  }

  /** Exchanges the code of the callback URL; checks state, nonce, PKCE and the ID token. */
  async finishLogin(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<ProviderTokens> {
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(
      configuration,
      callbackUrl,
      { pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true },
      this.resourceParameter(),
    );
    return toProviderTokens(tokens);
  }

  async refresh(refreshToken: string): Promise<ProviderTokens> {
    const tokens = await oidc.refreshTokenGrant(await this.discover(), refreshToken, this.resourceParameter());
    return { ...toProviderTokens(tokens), refreshToken: tokens.refresh_token ?? refreshToken };
  }

  /**
   * Where to send the browser to end the provider's session too; undefined when the provider offers no logout.
   * It names the client, not the ID token: the address passes through the page's JavaScript, and no token may.
   */
  async logoutUrl(): Promise<string | undefined> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return oidc
      .buildEndSessionUrl(configuration, {
        client_id: this.config.OIDC_CLIENT_ID,
        post_logout_redirect_uri: `${this.config.GATEWAY_PUBLIC_URL.replace(/\/$/, '')}/logget-ud`,
      })
      .toString();
  }
}

function toProviderTokens(tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): ProviderTokens {
  const expiresIn = tokens.expiresIn() ?? 300;
  return {
    accessToken: tokens.access_token,
    accessTokenExpiresAt: Date.now() + expiresIn * 1000,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
  };
}
