import { AdvisoryLease, DATABASE_URL, LeasedLoop } from '@budgetflow/messaging';
import { BilagData, XLSX_MEDIA_TYPE, availableRoundReportKeys, catalogueProposals } from '@budgetflow/reporting/bilag';
import { ProblemException } from '@budgetflow/platform';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ReportDataService, RoundData } from '../reports/report-data.service';
import { ReportStore } from '../reports/report-store.service';
import { frontPages } from './front-pages';
import { PublicSiteRepository, ReceivedPublication } from './public-site.repository';
import { publicPaths } from './public-paths';
import { snapshotPages } from './snapshot-pages';

// How often it looks for publications waiting for their data when not nudged; also how soon a free lease is taken.
const POLL_MS = 1000;

/**
 * Builds each publication's snapshot once the read model has its data version: the round's reports rendered (or
 * found stored) as PDF and XLSX, their HTML from the same document model, a page per committee and proposal, and
 * the search index, stored in one transaction. A publication whose round has moved past its data version before the
 * snapshot was made fails with the reason (the budget office publishes again). Pending ones survive a restart. With
 * several instances, one builds (the lease "reporting.publication-builder"); storing a snapshot is idempotent (the
 * publication's row is locked and must still be pending), so a holder that lost its lease mid-build changes nothing.
 */
@Injectable()
export class PublicationBuilder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PublicationBuilder.name);
  private readonly loop: LeasedLoop;

  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
    private readonly site: PublicSiteRepository,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.loop = new LeasedLoop(new AdvisoryLease(databaseUrl, 'reporting.publication-builder'), () => this.buildPending(), {
      pollMs: POLL_MS,
      onError: (error) => this.logger.warn(`Building a publication failed; retrying: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** An event arrived (a publication, or data it waits for): look now. */
  nudge(): void {
    this.loop.nudge();
  }

  /** Builds every publication whose data version the read model has reached; returns how many it built. */
  async buildPending(): Promise<number> {
    let built = 0;
    for (const publication of await this.site.pending()) {
      if (!this.loop.running) break;
      const data = await this.roundData(publication.roundId);
      // Not yet there (the round, or events the publication's version counts): wait for them.
      if (!data || data.dataVersion < publication.dataVersion) continue;
      if (data.dataVersion > publication.dataVersion) {
        await this.site.fail(
          publication.id,
          `Rundens data er ændret efter dataversion ${publication.dataVersion} (nu ${data.dataVersion}), før udgivelsen kunne dannes; udgiv igen med den aktuelle dataversion.`,
        );
        continue;
      }
      await this.build(publication, data);
      built += 1;
    }
    return built;
  }

  private async roundData(roundId: string): Promise<RoundData | null> {
    try {
      return await this.data.load(roundId);
    } catch (error) {
      if (error instanceof ProblemException && error.getStatus() === 404) return null;
      throw error;
    }
  }

  private async build(publication: ReceivedPublication, data: RoundData): Promise<void> {
    const started = performance.now();
    const { id, roundId } = publication;
    // The pages carry the publication's time; the PDFs and workbooks are the stored renders of the same data.
    const bilag: BilagData = { ...data, dataVersion: String(data.dataVersion), generatedAt: publication.publishedAt };
    const reports = availableRoundReportKeys(data);
    const proposals = catalogueProposals(bilag);
    const files = new Map<string, { contentType: string; body: Buffer }>();
    for (const key of reports) {
      const pdf = await this.store.ensure(roundId, key, null, data, 'pdf', this.loop.signal);
      files.set(publicPaths.bilagFile(id, key, 'pdf'), { contentType: 'application/pdf', body: await pdf.pdf() });
      const xlsx = await this.store.ensure(roundId, key, null, data, 'xlsx', this.loop.signal);
      files.set(publicPaths.bilagFile(id, key, 'xlsx'), { contentType: XLSX_MEDIA_TYPE, body: await xlsx.pdf() });
    }
    for (const proposal of proposals) {
      const pdf = await this.store.ensure(roundId, 'faktaark', proposal.id, data, 'pdf', this.loop.signal);
      files.set(publicPaths.factSheet(id, proposal.id), { contentType: 'application/pdf', body: await pdf.pdf() });
    }
    const snapshot = snapshotPages({ publication, data: bilag, reports, proposals, files });
    await this.site.saveSnapshot(id, snapshot, frontPages);
    this.logger.log(
      `Publication ${id} of round ${roundId} is on the public site: ${snapshot.pages.length} pages in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
