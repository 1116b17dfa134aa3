import { LogoutView, SessionView } from '@budgetflow/contracts';
import { InvalidTokenError } from '@budgetflow/platform';
import { Controller, Get, HttpCode, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { GATEWAY_CONFIG, GatewayConfig } from '../config/gateway-config';
import { readCookies, serializeCookie } from '../session/cookies';
import { SessionService } from '../session/session.service';
import { SessionStore } from '../session/session-store';
import { OidcClient } from './oidc-client';
import { sessionView } from './session.view';

/** Only a path of this application: never another site (no open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?!\/)[^\\\s]*$/.test(value) && !value.startsWith('/auth/') ? value : '/';
}

/** Sign-in (authorization code with PKCE), the current session, and sign-out everywhere. */
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('SignIn');

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly oidc: OidcClient,
    private readonly store: SessionStore,
    private readonly sessions: SessionService,
  ) {}

  private get loginCookieName(): string {
    return `${this.config.GATEWAY_COOKIE_NAME}_login`;
  }

  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const started = await this.oidc.startLogin();
      await this.store.saveLogin(started.state, {
        codeVerifier: started.codeVerifier,
        nonce: started.nonce,
        returnTo: safeReturnPath(request.query['returnTo']),
      });
      // Binds the callback to this browser: a code sent to someone else's browser finds no matching cookie.
      response.setHeader(
        'Set-Cookie',
        serializeCookie(this.loginCookieName, started.state, { maxAgeSeconds: 600, secure: this.sessions.secureCookies, path: '/auth' }),
      );
      response.redirect(302, started.url.toString());
    } catch (error) {
      this.logger.error(`The identity provider at ${this.config.OIDC_ISSUER} could not be reached: ${error instanceof Error ? error.message : error}`);
      response.redirect(302, '/fejl?aarsag=udbyder');
    }
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const clearLogin = serializeCookie(this.loginCookieName, '', { maxAgeSeconds: 0, secure: this.sessions.secureCookies, path: '/auth' });
    const fail = (reason: string) => {
      response.setHeader('Set-Cookie', clearLogin);
      response.redirect(302, `/fejl?aarsag=${reason}`);
    };
    const state = typeof request.query['state'] === 'string' ? request.query['state'] : '';
    if (request.query['error']) return fail(request.query['error'] === 'access_denied' ? 'afbrudt' : 'login');
    if (!state || readCookies(request).get(this.loginCookieName) !== state) return fail('login');
    const pending = await this.store.takeLogin(state);
    if (!pending) return fail('login');
    try {
      const callbackUrl = new URL(request.originalUrl, this.config.GATEWAY_PUBLIC_URL);
      const tokens = await this.oidc.finishLogin(callbackUrl, { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
      const { session, cookie } = await this.sessions.open(tokens);
      this.logger.log(`Signed in: ${session.data.user.id} as ${session.data.user.actor.role}`);
      response.setHeader('Set-Cookie', [clearLogin, cookie]);
      response.redirect(302, pending.returnTo);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        this.logger.warn(`Sign-in refused: ${error.message}`);
        return fail('ingen-rolle');
      }
      this.logger.error(`Sign-in failed: ${error instanceof Error ? error.message : error}`);
      return fail('login');
    }
  }

  /**
   * Who is signed in (no tokens: those stay here), the CSRF token for the page, and when the session ends. Loading a
   * page counts as activity; the page's own checks in the background (X-Session-Check: background) do not.
   */
  @Get('session')
  async session(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    response.setHeader('Cache-Control', 'no-store');
    const session = await this.sessions.current(request);
    return sessionView(request.headers['x-session-check'] === 'background' ? session : await this.store.touch(session));
  }

  /** Signs out everywhere: every session of the person here, then the provider's session (the browser goes there). */
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LogoutView> {
    const session = await this.sessions.current(request);
    this.sessions.checkCsrf(request, session);
    const providerLogout = await this.sessions.signOutEverywhere(session);
    response.setHeader('Set-Cookie', this.sessions.clearedCookie());
    response.setHeader('Cache-Control', 'no-store');
    return { logoutUrl: providerLogout ?? '/logget-ud' };
  }
}
