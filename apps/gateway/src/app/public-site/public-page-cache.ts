import { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A public page as the gateway keeps it: reporting's answer (200 or 404), when it was last confirmed, and under which site version. */
export interface CachedPage {
  readonly status: number;
  readonly contentType: string;
  readonly etag: string | null;
  readonly cacheControl: string | null;
  readonly body: Buffer;
  confirmedAt: number;
  /** The site's version known when the page was asked for (null before one was known). */
  siteVersion: string | null;
}

export interface PublicPageCacheOptions {
  /** Reporting's base URL; its public pages answer at /public/<path>, the site's version at /public-version. */
  readonly upstream: string;
  /** How often the site's version is asked for; a page not vouched for by it is confirmed by itself after this long. */
  readonly revalidateMs: number;
  /** At most this many pages are kept (the least recently used go first). */
  readonly maxEntries?: number;
  /** A page larger than this is passed on but not kept. */
  readonly maxBytes?: number;
  readonly now?: () => number;
}

/**
 * The public site's pages in the gateway's memory, by path and query. Every `revalidateMs` one request asks reporting
 * for the site's version (GET /public-version by its ETag: 304 while nothing public changed); while it is the one a
 * page was fetched under and was confirmed within twice that (one late answer allowed), the page is served from
 * memory without asking for it, however long it has not been read. Otherwise (the version changed, or reporting does
 * not answer it) a page is confirmed by itself with its ETag (304: kept): within `revalidateMs` of its last
 * confirmation it is served as it is; younger than twice that, served at once and confirmed in the background;
 * older, the request waits for the confirmation, and so do the requests for the same page meanwhile. A page is
 * thus at most 2 × `revalidateMs` behind a new publication, and a visitor waits for reporting only for a page never
 * seen or, once the site has changed, one not read for twice `revalidateMs`. When reporting does not answer, the
 * page kept is served as it is (the published material does not change under it). 0 confirms every request's page
 * before answering. Nothing here is per visitor.
 */
export class PublicPageCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly pages = new Map<string, CachedPage>();
  private readonly asking = new Map<string, Promise<CachedPage>>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  // The site's version as last answered, and when the request that confirmed it was sent.
  private siteVersion: string | null = null;
  private siteConfirmedAt = -Infinity;
  private polling: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = new AbortController();

  constructor(private readonly options: PublicPageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** Asks for the site's version now and every `revalidateMs` (not with 0); the timer does not keep the process alive. */
  start(): void {
    if (this.options.revalidateMs <= 0 || this.timer) return;
    this.stopped = new AbortController();
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.revalidateMs);
    this.timer.unref();
  }

  /** Stops asking, and drops a question under way. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopped.abort();
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  /** Asks reporting for the site's version, one question at a time; an unchanged version confirms every page fetched under it. */
  poll(): Promise<void> {
    this.polling ??= this.askVersion().finally(() => (this.polling = null));
    return this.polling;
  }

  private async askVersion(): Promise<void> {
    const sentAt = this.now();
    let answer: CachedPage;
    try {
      answer = await this.ask('/public-version', this.siteVersion, this.stopped.signal);
    } catch {
      // Not answered: the pages go on being served as kept, and confirmed by themselves once their time is up.
      return;
    }
    if (answer.status === 304 && this.siteVersion !== null) this.siteConfirmedAt = sentAt;
    else if (answer.status === 200 && answer.etag) {
      this.siteVersion = answer.etag;
      this.siteConfirmedAt = sentAt;
    }
  }

  /** The page at `pathAndQuery` (relative to the site, e.g. "/udgivelser/…/bilag/katalog"). */
  async get(pathAndQuery: string): Promise<CachedPage> {
    const kept = this.pages.get(pathAndQuery);
    if (kept && this.vouchedFor(kept)) return this.used(pathAndQuery, kept);
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

  /**
   * Whether the site's version confirms the page: it is the version the page was fetched under, confirmed within
   * twice `revalidateMs`. The page counts as confirmed then too, so that once the version changes a page read lately
   * is served at once while it is confirmed by itself (the rules below), not waited for.
   */
  private vouchedFor(page: CachedPage): boolean {
    if (page.siteVersion === null || page.siteVersion !== this.siteVersion) return false;
    if (this.now() - this.siteConfirmedAt >= 2 * this.options.revalidateMs) return false;
    page.confirmedAt = Math.max(page.confirmedAt, this.siteConfirmedAt);
    return true;
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
    // The version before the question: a publication made ready meanwhile then changes it, and the page is asked again.
    const siteVersion = this.siteVersion;
    let answer: CachedPage;
    try {
      answer = await this.ask(`/public${pathAndQuery}`, kept?.etag ?? null);
    } catch (error) {
      if (kept) return kept;
      throw error;
    }
    answer.siteVersion = siteVersion;
    if (answer.status === 304 && kept) {
      kept.confirmedAt = this.now();
      kept.siteVersion = siteVersion;
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

  private ask(path: string, etag: string | null, signal?: AbortSignal): Promise<CachedPage> {
    const url = new URL(`${this.options.upstream.replace(/\/$/, '')}${path}`);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const upstream = send(
        url,
        { method: 'GET', headers: { accept: 'text/html, */*', ...(etag ? { 'if-none-match': etag } : {}) }, timeout: 30_000, signal },
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
              siteVersion: null,
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
