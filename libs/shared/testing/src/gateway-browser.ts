/** A browser's cookie store for one host (cookies ignore ports) and redirects followed by hand. */
export class Browser {
  readonly cookies = new Map<string, string>();

  /** The Cookie header this browser sends. */
  get cookie(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: this.cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (attributes.some((attribute) => /max-age=0$/i.test(attribute.trim())) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects (GET) until a page answers; returns it and where it is. `to` may send a redirect elsewhere
   * (the same path at another address).
   */
  async follow(url: string, init: RequestInit = {}, to: (location: URL) => URL = (location) => location): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.fetch(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops += 1) {
      current = to(new URL(response.headers.get('location') as string, current)).toString();
      response = await this.fetch(current);
    }
    return { response, url: current };
  }
}

/**
 * Signs in at the gateway with the development OpenID provider's login form (tools/oidc/dev-idp.mjs); returns where
 * the browser ends up. The provider's redirect back (to the gateway's public address) is delivered to `gateway`
 * itself, so that the session is opened by that instance even when several share a public address.
 */
export async function signInAtGateway(browser: Browser, gateway: string, username: string, password: string, returnTo = '/forslag'): Promise<string> {
  const login = await browser.follow(`${gateway}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (!/\/interaction\/[^/]+$/.test(new URL(login.url).pathname))
    throw new Error(`The sign-in did not reach the provider's login page: ${login.url} (${login.response.status})`);
  const form = new URLSearchParams({ username, password });
  const toGateway = (location: URL) => (location.pathname === '/auth/callback' ? new URL(`${location.pathname}${location.search}`, gateway) : location);
  const done = await browser.follow(
    `${login.url}/login`,
    { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    toGateway,
  );
  return done.url;
}
