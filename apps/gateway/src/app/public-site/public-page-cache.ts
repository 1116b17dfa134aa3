import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A public page as the gateway keeps it: reporting's answer (200 or 404) and when it was last confirmed. */
export interface CachedPage {
  readonly status: number;
  readonly contentType: string;
  readonly etag: string | null;
  readonly cacheControl: string | null;
  readonly body: Buffer;
  confirmedAt: number;
}

export interface PublicPageCacheOptions {
  /** Reporting's base URL; its public pages answer at /public/<path>. */
  readonly upstream: string;
  /** How long a page is served from memory before it is confirmed with reporting again (a conditional request). */
  readonly revalidateMs: number;
  /** At most this many pages are kept (the least recently used go first). */
  readonly maxEntries?: number;
  /** A page larger than this is passed on but not kept. */
  readonly maxBytes?: number;
  readonly now?: () => number;
}

/**
 * The public site's pages in the gateway's memory, by path and query. A page is served from memory while it is
 * fresh. After `revalidateMs` it is confirmed with reporting by its ETag (304: kept, one lookup there): while it is
 * younger than twice that, the kept page is served at once and confirmed in the background (so a visitor never
 * waits for reporting on a press day); older, the request waits for the confirmation, and so do the requests for
 * the same page meanwhile. A page is thus at most 2 × `revalidateMs` behind a new publication. When reporting does
 * not answer, the page kept is served as it is (the published material does not change under it). Nothing here is
 * per visitor.
 */
export class PublicPageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly asking = new Map<string, Promise<CachedPage>>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(private readonly options: PublicPageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** The page at `pathAndQuery` (relative to the site, e.g. "/udgivelser/…/bilag/katalog"). */
  async get(pathAndQuery: string): Promise<CachedPage> {
    const kept = this.pages.get(pathAndQuery);
    const age = kept ? this.now() - kept.confirmedAt : Infinity;
    if (kept && age < this.options.revalidateMs) return this.used(pathAndQuery, kept);
    const asked = this.confirm(pathAndQuery, kept);
    if (kept && age < 2 * this.options.revalidateMs) {
      // Served stale while it is confirmed; a failed confirmation keeps the page (see fetch), so nothing to catch.
      asked.catch(() => undefined);
      return this.used(pathAndQuery, kept);
    }
    return asked;
  }

  /** One confirmation per page at a time: requests meanwhile share it. */
  private confirm(pathAndQuery: string, kept: CachedPage | undefined): Promise<CachedPage> {
    const pending = this.asking.get(pathAndQuery);
    if (pending) return pending;
    const asked = this.fetch(pathAndQuery, kept).finally(() => this.asking.delete(pathAndQuery));
    this.asking.set(pathAndQuery, asked);
    return asked;
  }

  // Most recently used last, so the oldest is the first to go.
  private used(pathAndQuery: string, kept: CachedPage): CachedPage {
    this.pages.delete(pathAndQuery);
    this.pages.set(pathAndQuery, kept);
    return kept;
  }

  /** How many pages are kept (for the tests and the benchmark). */
  get size(): number {
    return this.pages.size;
  }

  private async fetch(pathAndQuery: string, kept: CachedPage | undefined): Promise<CachedPage> {
    let answer: CachedPage;
    try {
      answer = await this.ask(pathAndQuery, kept?.etag ?? null);
    } catch (error) {
      if (kept) return kept;
      throw error;
    }
    if (answer.status === 304 && kept) {
      kept.confirmedAt = this.now();
      return kept;
    }
    if (answer.status >= 500 && kept) return kept;
    if ((answer.status === 200 || answer.status === 404) && answer.body.length <= this.maxBytes) {
      this.pages.delete(pathAndQuery);
      this.pages.set(pathAndQuery, answer);
      while (this.pages.size > this.maxEntries) this.pages.delete(this.pages.keys().next().value as string);
    }
    return answer;
  }

  private ask(pathAndQuery: string, etag: string | null): Promise<CachedPage> {
    const url = new URL(`${this.options.upstream.replace(/\/$/, '')}/public${pathAndQuery}`);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const upstream = send(
        url,
        { method: 'GET', headers: { accept: 'text/html, */*', ...(etag ? { 'if-none-match': etag } : {}) }, timeout: 30_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 502,
              contentType: String(response.headers['content-type'] ?? 'application/octet-stream'),
              etag: typeof response.headers.etag === 'string' ? response.headers.etag : null,
              cacheControl: typeof response.headers['cache-control'] === 'string' ? response.headers['cache-control'] : null,
              body: Buffer.concat(chunks),
              confirmedAt: this.now(),
            }),
          );
        },
      );
      upstream.on('timeout', () => upstream.destroy(new Error('reporting did not answer within 30 s')));
      upstream.on('error', reject);
      upstream.end();
    });
  }
}
