import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { PublicPageCache } from './public-page-cache';

// Reporting's public pages, played by a small local server: the page's text and ETag can change, and an answer can
// be held back to show who waits for it.
class Upstream {
  text = 'udgave 1';
  asked: { path: string; ifNoneMatch: string | undefined }[] = [];
  private held: (() => void)[] = [];
  holding = false;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.asked.push({ path: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] as string | undefined });
      const answer = () => {
        const etag = `"${this.text}"`;
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, { etag }).end();
          return;
        }
        response.writeHead(200, { etag, 'content-type': 'text/html; charset=utf-8' }).end(this.text);
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

  beforeAll(async () => {
    url = await upstream.start();
  });
  afterAll(() => upstream.stop());
  beforeEach(() => {
    upstream.text = 'udgave 1';
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
});
