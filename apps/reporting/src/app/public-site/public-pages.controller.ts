import { ApiProblems, ProblemException, Public, uuidParam } from '@budgetflow/platform';
import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { frontPages } from './front-pages';
import { PublicationSummary } from './publication-summary';
import { PublicSiteRepository } from './public-site.repository';
import { isFrontPage } from './public-paths';
import { MAX_SEARCH_CHARACTERS, searchPage } from './search-page';
import { SITE_STYLESHEET } from './site-stylesheet';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';

const FRONT_PAGE_CACHE = 'public, max-age=60';
const SNAPSHOT_CACHE = 'public, max-age=3600';
const SEARCH_CACHE = 'public, max-age=60';
const STYLESHEET = Buffer.from(SITE_STYLESHEET, 'utf8');
const EMPTY_SITE = frontPages([]).find((page) => page.path === '')?.body ?? Buffer.from('');

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}

// The pages answered from this code, not stored (the stylesheet, the empty site, the search page): a deployment that
// changes them changes the site's version too.
const CODE_PAGES = etagOf(
  Buffer.concat([
    STYLESHEET,
    EMPTY_SITE,
    Buffer.from(searchPage({ id: '', title: '', summary: { region: '', roundName: '', bilag: [], committees: [] } }, 'x', [])),
  ]),
);

function send(response: Response, ifNoneMatch: string | undefined, page: { contentType: string; body: Buffer; etag?: string }, cache: string): void {
  const etag = page.etag ?? etagOf(page.body);
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', cache);
  if (
    ifNoneMatch
      ?.split(',')
      .map((tag) => tag.trim())
      .includes(etag)
  ) {
    response.status(304).end();
    return;
  }
  response.status(200).type(page.contentType);
  response.end(page.body);
}

function notFound(path: string): ProblemException {
  return ProblemException.notFound(`Siden «${path.slice(0, 80)}» på det offentlige websted`, 'resource.not_found');
}

class PublicationStatusView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Bilagenes dataversion' }) dataVersion!: number;
  @ApiProperty({
    enum: ['pending', 'ready', 'failed'],
    enumName: 'PublicationStatus',
    description: 'pending: dannes; ready: på webstedet; failed: kunne ikke dannes (se reason)',
  })
  status!: 'pending' | 'ready' | 'failed';
  @ApiProperty({ nullable: true, type: String, description: 'Hvorfor udgivelsen ikke kunne dannes' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Adressen på det offentlige websted, når den er klar' }) href!: string | null;
}

/**
 * The public site's pages as stored: read without a token (everything here is published), one lookup each, with
 * ETag and Cache-Control. The gateway serves them under /offentligt. Anything not in a ready publication is 404.
 * The site's version (public-version) tells the gateway when any of them may have changed.
 */
@ApiTags('Offentligt websted')
@Controller()
export class PublicPagesController {
  constructor(
    private readonly site: PublicSiteRepository,
    private readonly db: ReportingDatabase,
  ) {}

  @Get('rounds/:roundId/publications')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Rundens udgivelser på det offentlige websted: om hver er dannet, og hvor den ligger' })
  @ApiOkResponse({ type: [PublicationStatusView] })
  @ApiProblems(400, 401)
  async publications(@Param('roundId', uuidParam('roundId')) roundId: string): Promise<PublicationStatusView[]> {
    return (await this.site.ofRound(roundId)).map((publication) => ({
      id: publication.id,
      title: publication.title,
      dataVersion: publication.dataVersion,
      status: publication.status,
      reason: publication.reason,
      href: publication.status === 'ready' ? `/offentligt/udgivelser/${publication.id}` : null,
    }));
  }

  /**
   * The public site's version: one short answer that changes whenever any public page can (a publication made ready,
   * a deployment that changes the pages answered from code), as its ETag, so an unchanged site is a 304. The gateway
   * asks it every PUBLIC_SITE_REVALIDATE_SECONDS instead of confirming each page it keeps. Outside /public/, so it
   * is no page's path.
   */
  @Public()
  @Get('public-version')
  @ApiExcludeEndpoint()
  async version(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() response: Response): Promise<void> {
    const version = etagOf(Buffer.from(`${await this.site.readyState()}:${CODE_PAGES}`));
    const body = Buffer.from(JSON.stringify({ version: version.slice(1, -1) }));
    send(response, ifNoneMatch, { contentType: 'application/json; charset=utf-8', body, etag: version }, 'no-cache');
  }

  @Public()
  @Get('public/udgivelser/:publicationId/soeg')
  @ApiExcludeEndpoint()
  async search(
    @Param('publicationId') publicationId: string,
    @Query('q') q: unknown,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const words = typeof q === 'string' ? q.slice(0, MAX_SEARCH_CHARACTERS) : '';
    if (!/^[0-9a-f-]{36}$/.test(publicationId)) throw notFound(`udgivelser/${publicationId}/soeg`);
    const publication = await this.db.publicPublication.findFirst({ where: { id: publicationId, status: 'ready' } });
    if (!publication) throw notFound(`udgivelser/${publicationId}/soeg`);
    const hits = words.trim() === '' ? [] : await this.site.search(publicationId, words);
    const summary = publication.summary as unknown as PublicationSummary;
    send(
      response,
      ifNoneMatch,
      { contentType: 'text/html; charset=utf-8', body: Buffer.from(searchPage({ ...publication, summary }, words, hits)) },
      SEARCH_CACHE,
    );
  }

  @Public()
  @Get(['public', 'public/*path'])
  @ApiExcludeEndpoint()
  async page(@Req() request: Request, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() response: Response): Promise<void> {
    // The path as sent (not decoded), the key it is stored under.
    const path = request.path.replace(/^\/public\/?/, '').replace(/\/$/, '');
    if (path === 'offentligt.css') return send(response, ifNoneMatch, { contentType: 'text/css; charset=utf-8', body: STYLESHEET }, SNAPSHOT_CACHE);
    const page = await this.site.page(path);
    if (page) return send(response, ifNoneMatch, page, isFrontPage(path) ? FRONT_PAGE_CACHE : SNAPSHOT_CACHE);
    // Before anything is published the site's front page says so.
    if (path === '') return send(response, ifNoneMatch, { contentType: 'text/html; charset=utf-8', body: EMPTY_SITE }, FRONT_PAGE_CACHE);
    throw notFound(path);
  }
}
