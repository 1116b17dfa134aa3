import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { jsonColumn } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { PublicationSummary, ReadyPublication } from './publication-summary';
import { SearchEntry, SnapshotPage } from './snapshot-pages';

/** A publication as received, with its snapshot's state. */
export interface ReceivedPublication {
  readonly id: string;
  readonly roundId: string;
  readonly title: string;
  readonly date: string;
  readonly dataVersion: number;
  readonly publishedAt: Date;
  readonly status: 'pending' | 'ready' | 'failed';
  readonly reason: string | null;
  readonly readyAt: Date | null;
}

/** A stored page: what the public read endpoint answers with. */
export interface StoredPage {
  readonly contentType: string;
  readonly body: Buffer;
  readonly etag: string;
}

/** A search hit: the page, its title and a snippet with the matched words between \u0001 and \u0002. */
export interface SearchHit {
  readonly path: string;
  readonly kind: string;
  readonly title: string;
  readonly snippet: string;
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}

function received(row: {
  id: string;
  roundId: string;
  title: string;
  date: string;
  dataVersion: number;
  publishedAt: Date;
  status: string;
  reason: string | null;
  readyAt: Date | null;
}): ReceivedPublication {
  const status = row.status === 'ready' || row.status === 'failed' ? row.status : 'pending';
  return { ...row, status };
}

/** The public site's tables: the publications, their stored pages and files, and their search index. */
@Injectable()
export class PublicSiteRepository {
  constructor(private readonly db: ReportingDatabase) {}

  /** Publications whose snapshot is not built yet, oldest first. */
  async pending(): Promise<ReceivedPublication[]> {
    const rows = await this.db.publicPublication.findMany({ where: { status: 'pending' }, orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }] });
    return rows.map(received);
  }

  /** A round's publications as received, newest first. */
  async ofRound(roundId: string): Promise<ReceivedPublication[]> {
    const rows = await this.db.publicPublication.findMany({ where: { roundId }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] });
    return rows.map(received);
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.db.publicPublication.updateMany({ where: { id, status: 'pending' }, data: { status: 'failed', reason } });
  }

  /**
   * Stores a publication's snapshot and marks it ready, then rebuilds the front pages from every ready publication:
   * one transaction, so the site shows a publication whole or not at all (a build cut short is built again).
   */
  async saveSnapshot(
    id: string,
    snapshot: { pages: readonly SnapshotPage[]; search: readonly SearchEntry[]; summary: PublicationSummary },
    front: (ready: ReadyPublication[]) => SnapshotPage[],
  ): Promise<void> {
    await this.db.$transaction(
      async (tx) => {
        // Locks the publication: a second builder waits, then finds it ready.
        const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM public_publication WHERE id = ${id}::uuid FOR UPDATE`;
        if (row?.status !== 'pending') return;
        await tx.publicPage.deleteMany({ where: { publicationId: id } });
        await tx.publicSearchEntry.deleteMany({ where: { publicationId: id } });
        for (let start = 0; start < snapshot.pages.length; start += 200) {
          await tx.publicPage.createMany({
            data: snapshot.pages
              .slice(start, start + 200)
              .map((page) => ({ ...page, body: new Uint8Array(page.body), etag: etagOf(page.body), publicationId: id })),
          });
        }
        await tx.publicSearchEntry.createMany({ data: snapshot.search.map((entry) => ({ ...entry, publicationId: id })) });
        await tx.publicPublication.update({ where: { id }, data: { status: 'ready', readyAt: new Date(), summary: jsonColumn(snapshot.summary) } });
        const ready = await tx.publicPublication.findMany({ where: { status: 'ready' } });
        const pages = front(ready.map((publication) => ({ ...publication, summary: publication.summary as unknown as PublicationSummary })));
        for (const page of pages) {
          const data = { contentType: page.contentType, body: new Uint8Array(page.body), etag: etagOf(page.body), publicationId: null };
          await tx.publicPage.upsert({ where: { path: page.path }, create: { path: page.path, ...data }, update: data });
        }
      },
      { timeout: 120_000 },
    );
  }

  /**
   * What the stored pages depend on, in one indexed query: they change only when a publication becomes ready (its
   * snapshot and the front pages, in one transaction), and a ready publication stays ready, so the number of ready
   * publications and the latest moment one became so change whenever any stored page or search answer can.
   */
  async readyState(): Promise<string> {
    const ready = await this.db.publicPublication.aggregate({ where: { status: 'ready' }, _count: { _all: true }, _max: { readyAt: true } });
    return `${ready._count._all}:${ready._max.readyAt?.toISOString() ?? '-'}`;
  }

  /** The stored page or file at a path; null when there is none. */
  async page(path: string): Promise<StoredPage | null> {
    const row = await this.db.publicPage.findUnique({ where: { path }, select: { contentType: true, body: true, etag: true } });
    return row ? { contentType: row.contentType, body: Buffer.from(row.body), etag: row.etag } : null;
  }

  /** Whether a publication's snapshot is on the site. */
  async isReady(id: string): Promise<boolean> {
    return (await this.db.publicPublication.count({ where: { id, status: 'ready' } })) > 0;
  }

  /** A publication's search: its entries matching the words (Danish stemming), best first. */
  async search(publicationId: string, words: string): Promise<SearchHit[]> {
    return this.db.$queryRaw<SearchHit[]>`
      SELECT e.path, e.kind, e.title,
             ts_headline('danish', e.body, q, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=25, MinWords=8') AS snippet
        FROM public_search_entry e, websearch_to_tsquery('danish', ${words}) q
       WHERE e.publication_id = ${publicationId}::uuid AND e.document @@ q
       ORDER BY ts_rank(e.document, q) DESC, e.title
       LIMIT 50`;
  }
}
