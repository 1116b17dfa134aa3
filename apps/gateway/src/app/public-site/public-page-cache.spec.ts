import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { PublicPageCache } from './public-page-cache';

// Reporting's public pages and the site's version, played by a small local server: the page's text and ETag and the
// version can change, a page's answer (as it was when asked) can be held back to show who waits for it, and the
// version can go unanswered.
class Upstream {
  text = 'udgave 1';
  version = 'v1';
  answersVersion = true;
  asked: { path: string; ifNoneMatch: string | undefined }[] = [];
  private held: (() => void)[] = [];
  holding = false;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.asked.push({ path: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] as string | undefined });
      if (request.url === '/public-version') {
        const etag = `"${this.version}"`;
        if (!this.answersVersion) response.writeHead(503).end();
        else if (request.headers['if-none-match'] === etag) response.writeHead(304, { etag }).end();
        else response.writeHead(200, { etag, 'content-type': 'application/json' }).end(JSON.stringify({ version: this.version }));
        return;
      }
      const text = this.text;
      const answer = () => {
        const etag = `"${text}"`;
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, { etag }).end();
          return;
        }
        response.writeHead(200, { etag, 'content-type': 'text/html; charset=utf-8' }).end(text);
      };
      if (this.holding) this.held.push(answer);
      else answer();
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('PublicPageCache', () => {
  const upstream = new Upstream();
  let url: string;
  let clock: number;
  const cache = () => new PublicPageCache({ upstream: url, revalidateMs: 5000, now: () => clock });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const pagesAsked = () => upstream.asked.filter((ask) => ask.path !== '/public-version');
  const versionsAsked = () => upstream.asked.filter((ask) => ask.path === '/public-version');
  // The poller's rhythm on the test's clock: `times` intervals, the version asked at the end of each.
  const pollFor = async (pages: PublicPageCache, times: number) => {
    for (let i = 0; i < times; i++) {
      clock += 5000;
      await pages.poll();
    }
  };

  beforeAll(async () => {
    url = await upstream.start();
  });
  afterAll(() => upstream.stop());
  beforeEach(() => {
    upstream.text = 'udgave 1';
    upstream.version = 'v1';
    upstream.answersVersion = true;
    upstream.asked = [];
    clock = 1_000_000;
  });

  it('serves a fresh page from memory without asking reporting again', async () => {
    const pages = cache();
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 1');
    clock += 4999;
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 1');
    expect(upstream.asked).toEqual([{ path: '/public/runder/a', ifNoneMatch: undefined }]);
  });

  it('serves a page stale while it is confirmed in the background, then the new edition', async () => {
    const pages = cache();
    await pages.get('/runder/a');
    upstream.text = 'udgave 2';
    upstream.holding = true;
    clock += 6000;
    // Reporting has not answered, yet the visitor gets the kept page at once.
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 1');
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 1');
    await settle();
    expect(upstream.asked.map((ask) => ask.ifNoneMatch)).toEqual([undefined, '"udgave 1"']);
    upstream.release();
    await settle();
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
  });

  it('keeps a page confirmed by 304 and counts its freshness from then', async () => {
    const pages = cache();
    const first = await pages.get('/runder/a');
    clock += 6000;
    await pages.get('/runder/a');
    await settle();
    expect(upstream.asked).toHaveLength(2);
    clock += 4000;
    expect(await pages.get('/runder/a')).toBe(first);
    expect(upstream.asked).toHaveLength(2);
  });

  it('makes a request wait for reporting when the page kept is older than twice the revalidation time', async () => {
    const pages = cache();
    await pages.get('/runder/a');
    upstream.text = 'udgave 2';
    clock += 10_000;
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
  });

  it('asks reporting once for concurrent first requests of a page', async () => {
    const pages = cache();
    upstream.holding = true;
    const answers = Promise.all([pages.get('/x'), pages.get('/x'), pages.get('/x')]);
    await settle();
    upstream.release();
    expect((await answers).map((page) => page.body.toString())).toEqual(['udgave 1', 'udgave 1', 'udgave 1']);
    expect(upstream.asked).toHaveLength(1);
  });

  it('always confirms first when the revalidation time is 0', async () => {
    const pages = new PublicPageCache({ upstream: url, revalidateMs: 0, now: () => clock });
    await pages.get('/runder/a');
    upstream.text = 'udgave 2';
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
  });

  it('serves a page under an unchanged site version without asking for it, however long it was not read', async () => {
    const pages = cache();
    await pages.poll();
    const first = await pages.get('/runder/a');
    await pollFor(pages, 24);
    expect(await pages.get('/runder/a')).toBe(first);
    expect(pagesAsked()).toEqual([{ path: '/public/runder/a', ifNoneMatch: undefined }]);
    // One question per interval, for the whole site: 304 while nothing changed.
    expect(versionsAsked()).toHaveLength(25);
    expect(
      versionsAsked()
        .slice(1)
        .every((ask) => ask.ifNoneMatch === '"v1"'),
    ).toBe(true);
  });

  it('still serves a page at once when the version’s answer is an interval late', async () => {
    const pages = cache();
    await pages.poll();
    await pages.get('/runder/a');
    clock += 9999;
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 1');
    await settle();
    expect(pagesAsked()).toHaveLength(1);
  });

  it('confirms a page read lately by itself once the site version changes: served at once, the new edition next', async () => {
    const pages = cache();
    await pages.poll();
    await pages.get('/runder/a');
    await pollFor(pages, 3);
    await pages.get('/runder/a');
    upstream.text = 'udgave 2';
    upstream.version = 'v2';
    await pollFor(pages, 1);
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 1');
    await settle();
    expect(pagesAsked().map((ask) => ask.ifNoneMatch)).toEqual([undefined, '"udgave 1"']);
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
    // Confirmed under the new version, it is vouched for by it again.
    await pollFor(pages, 10);
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
    expect(pagesAsked()).toHaveLength(2);
  });

  it('makes a visitor wait for a page not read for long once the site version changed', async () => {
    const pages = cache();
    await pages.poll();
    await pages.get('/runder/a');
    await pollFor(pages, 20);
    upstream.text = 'udgave 2';
    upstream.version = 'v2';
    await pollFor(pages, 1);
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
  });

  it('does not let a page asked for before a change count as confirmed by the new version', async () => {
    const pages = cache();
    await pages.poll();
    upstream.holding = true;
    const asked = pages.get('/runder/b');
    await settle();
    // A publication is made ready while reporting's answer (the old edition) is on its way.
    upstream.text = 'udgave 2';
    upstream.version = 'v2';
    await pollFor(pages, 1);
    upstream.release();
    expect((await asked).body.toString()).toBe('udgave 1');
    await pollFor(pages, 1);
    expect((await pages.get('/runder/b')).body.toString()).toBe('udgave 1');
    await settle();
    expect((await pages.get('/runder/b')).body.toString()).toBe('udgave 2');
  });

  it('confirms pages by themselves, as without the version, when reporting does not answer it', async () => {
    const pages = cache();
    await pages.poll();
    await pages.get('/runder/a');
    upstream.answersVersion = false;
    upstream.text = 'udgave 2';
    await pollFor(pages, 2);
    expect((await pages.get('/runder/a')).body.toString()).toBe('udgave 2');
    expect(pagesAsked().map((ask) => ask.ifNoneMatch)).toEqual([undefined, '"udgave 1"']);
  });

  it('asks for the version from start to stop, and never with 0', async () => {
    const never = new PublicPageCache({ upstream: url, revalidateMs: 0 });
    never.start();
    const pages = new PublicPageCache({ upstream: url, revalidateMs: 10 });
    pages.start();
    while (versionsAsked().length < 3) await settle();
    pages.stop();
    await settle();
    const asked = versionsAsked().length;
    await settle();
    expect(versionsAsked()).toHaveLength(asked);
  });
});
