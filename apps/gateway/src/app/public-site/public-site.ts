import express, { NextFunction, Request, Response } from 'express';
import { Logger } from '@nestjs/common';
import { resolve } from 'node:path';
import { PublicPageCache } from './public-page-cache';
import { notFoundPage, unavailablePage } from './public-error-pages';

/** Where the public site is served: the published material, read without signing in. */
export const PUBLIC_SITE_PATH = '/offentligt';

/**
 * How long a browser or a proxy may keep «Siden findes ikke». Briefly: an address is missing for a few seconds while
 * its publication is being built (the budget office sends the link at once), and a visitor who reloads then should
 * get the page, not a minute of the kept 404. Ten seconds still lets a shared cache absorb a burst of visits to a
 * mistyped link; behind it the gateway keeps the answer in memory too (PublicPageCache), so a 404 costs no more.
 */
export const NOT_FOUND_CACHE = 'public, max-age=10';

export interface PublicSiteOptions {
  /** Reporting's pages in memory (a provider of the gateway's module, which starts and stops its questions). */
  readonly cache: PublicPageCache;
  /** The dkfds package's dist folder: its stylesheet, fonts and icons. */
  readonly dkfdsRoot: string;
}

/**
 * /offentligt: the public site, without a session. Its pages are reporting's stored snapshot, kept in the gateway's
 * memory while the site's version, asked every PUBLIC_SITE_REVALIDATE_SECONDS, is unchanged (PublicPageCache), so a
 * visit costs a memory lookup here and does not wait for reporting while the page is being read. The answer carries
 * reporting's ETag and Cache-Control, and a browser's If-None-Match gets 304. DKFDS's stylesheet, fonts and icons
 * come from the package.
 */
export function publicSite(options: PublicSiteOptions) {
  const logger = new Logger('PublicSite');
  const { cache } = options;
  const dkfds = express.static(resolve(options.dkfdsRoot), { index: false, maxAge: '1d', fallthrough: false });
  const handler = async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (request.path.startsWith('/dkfds/')) {
      request.url = request.url.slice('/dkfds'.length);
      return dkfds(request, response, next);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.status(405).setHeader('Allow', 'GET, HEAD').type('text/plain; charset=utf-8').send('Kun GET og HEAD.');
      return;
    }
    // The site's address without its trailing slash, as its pages link to it.
    const path = request.path === '/' ? '' : request.path.replace(/\/$/, '');
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    let page;
    try {
      page = await cache.get(`${path}${query}`);
    } catch (error) {
      logger.warn(`The public page ${request.originalUrl} could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
      response.status(503).setHeader('Retry-After', '10').setHeader('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(unavailablePage());
      return;
    }
    if (page.status === 404) {
      response.status(404).setHeader('Cache-Control', NOT_FOUND_CACHE).type('text/html; charset=utf-8').send(notFoundPage());
      return;
    }
    if (page.status !== 200) {
      response.status(503).setHeader('Retry-After', '10').setHeader('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(unavailablePage());
      return;
    }
    if (page.etag) response.setHeader('ETag', page.etag);
    if (page.cacheControl) response.setHeader('Cache-Control', page.cacheControl);
    const sent = request.headers['if-none-match'];
    if (page.etag && sent?.split(',').some((tag) => tag.trim() === page.etag)) {
      response.status(304).end();
      return;
    }
    response.status(200).setHeader('Content-Type', page.contentType);
    response.end(request.method === 'HEAD' ? undefined : page.body);
  };
  return { handler, cache };
}
