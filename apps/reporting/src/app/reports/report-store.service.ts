import { ReportingEvent } from '@budgetflow/contracts';
import { OutboxRelay, appendEvent } from '@budgetflow/messaging';
import { proposalNotFound } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { BilagData } from '@budgetflow/reporting/bilag';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ReportDataService, RoundData } from './report-data.service';
import { RenderPool } from '../rendering/render-pool';
import { StoredKey } from '../rendering/render-job';
import { ReportFormat, reportInputHash, shownData } from './report-input';

/** A report as stored: its ETag and data version; the bytes are read only when someone asks for them. */
export interface StoredReport {
  etag: string;
  dataVersion: number;
  /** The stored bytes (a PDF, or the workbook or CSV of the same data). */
  pdf(): Promise<Buffer>;
}

// The row key of a stored report: PDFs under the report's key as before, other formats with their extension.
function storedName(key: StoredKey, format: ReportFormat): string {
  return format === 'pdf' ? key : `${key}.${format}`;
}

/**
 * Serves a report from storage when its data is unchanged; renders it otherwise, and stores and announces it (one
 * transaction) before its bytes are handed out (its ETag at once, so a 304 waits for nothing). Until it is stored,
 * the rendered report is kept here, so every request for the same input gets the same bytes and nothing renders it
 * twice in this instance. Another instance may render the same input at the same time (with another generation
 * time, or data version): the first to store it wins, and the other answers with the stored bytes, so every
 * instance gives the same bytes under one ETag and only the stored report is announced.
 */
@Injectable()
export class ReportStore implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportStore.name);
  // By row key: the report being looked up, rendered or stored, from the first request for its input until stored.
  private readonly pending = new Map<string, Promise<StoredReport>>();
  // Stores under way, by round.
  private readonly storing = new Map<Promise<void>, string>();

  constructor(
    private readonly db: ReportingDatabase,
    private readonly data: ReportDataService,
    private readonly relay: OutboxRelay,
    private readonly pool: RenderPool,
  ) {}

  /**
   * The report in its current version, rendered first when its data changed (stored in the background). Work in the
   * background passes its `signal`: aborted, a render it started is abandoned (with any request that joined it).
   */
  async ensure(
    roundId: string,
    key: StoredKey,
    proposalId: string | null,
    loaded?: RoundData,
    format: ReportFormat = 'pdf',
    signal?: AbortSignal,
  ): Promise<StoredReport> {
    const data = loaded ?? (await this.data.load(roundId));
    if (proposalId !== null && !data.proposals.some((proposal) => proposal.id === proposalId)) {
      throw proposalNotFound(proposalId, ' i runden');
    }
    const inputHash = reportInputHash(key, data, proposalId, format);
    const rowKey = `${roundId} ${storedName(key, format)} ${proposalId ?? ''} ${inputHash}`;
    const known = this.pending.get(rowKey);
    if (known) return known;
    const report = this.findOrRender(roundId, key, proposalId, data, format, inputHash, () => this.pending.delete(rowKey), signal);
    this.pending.set(rowKey, report);
    // A failed render is not kept: the next request tries again.
    report.catch(() => this.pending.delete(rowKey));
    return report;
  }

  /** Resolves when every report of the round rendered so far is stored (or its store failed). */
  async stored(roundId: string): Promise<void> {
    await Promise.all([...this.storing].flatMap(([storing, round]) => (round === roundId ? [storing] : [])));
  }

  // Before the database closes: a report rendered but not yet stored is stored first.
  async beforeApplicationShutdown(): Promise<void> {
    while (this.storing.size > 0) await Promise.all([...this.storing.keys()]);
  }

  private async findOrRender(
    roundId: string,
    key: StoredKey,
    proposalId: string | null,
    data: RoundData,
    format: ReportFormat,
    inputHash: string,
    settled: () => void,
    signal: AbortSignal | undefined,
  ): Promise<StoredReport> {
    const etag = `"${inputHash.slice(0, 32)}"`;
    const report = storedName(key, format);
    const where = { roundId_report_proposalId_inputHash: { roundId, report, proposalId: proposalId ?? '', inputHash } };
    // Only the data version: reading the PDF through the driver costs more than rendering a small one.
    const found = await this.db.storedReport.findUnique({ where, select: { dataVersion: true } });
    if (found) {
      settled();
      const pdf = async () => Buffer.from((await this.db.storedReport.findUniqueOrThrow({ where, select: { pdf: true } })).pdf);
      return { etag, dataVersion: found.dataVersion, pdf };
    }

    // The worker gets what the report shows (as hashed above), not a whole round for each fact sheet.
    const bilag: BilagData = { ...shownData(key, data, proposalId), dataVersion: String(data.dataVersion), generatedAt: new Date() };
    // Stored like the PDF, so a repeated request gets the same bytes (with the same generation time) as its ETag.
    const rendered = await this.pool.render({ key, format, bilag, proposalId }, signal);
    const stored = this.store(roundId, key, proposalId, data.dataVersion, format, inputHash, etag, rendered).catch((error: unknown) => {
      this.logger.warn(`Storing ${report} of round ${roundId} failed; it is rendered again when asked for: ${String(error)}`);
      return rendered;
    });
    const storing = stored.then(() => {
      settled();
      this.storing.delete(storing);
    });
    this.storing.set(storing, roundId);
    return { etag, dataVersion: data.dataVersion, pdf: () => stored };
  }

  // The report and its announcement in one transaction: both or neither. Returns the bytes stored under its key:
  // these, or those another instance stored first.
  private async store(
    roundId: string,
    key: StoredKey,
    proposalId: string | null,
    dataVersion: number,
    format: ReportFormat,
    inputHash: string,
    etag: string,
    pdf: Buffer,
  ): Promise<Buffer> {
    const report = storedName(key, format);
    const first = await this.db.$transaction(async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO stored_report (round_id, report, proposal_id, input_hash, data_version, pdf)
        VALUES (${roundId}::uuid, ${report}, ${proposalId ?? ''}, ${inputHash}, ${dataVersion}, ${pdf})
        ON CONFLICT DO NOTHING`;
      // Another instance may have rendered the same input meanwhile: only the first one is announced. Only PDFs are
      // announced: the spreadsheets are rendered when asked for, from the same data.
      if (inserted === 0 || format !== 'pdf' || key === 'eksport') return inserted > 0;
      const round = await tx.reportRound.update({ where: { id: roundId }, data: { eventCount: { increment: 1 } } });
      const payload = { roundId, report: key, proposalId, etag, dataVersion };
      const context = { actor: { id: 'reporting', role: 'service' }, correlationId: roundId, causationId: null };
      await appendEvent(tx, ReportingEvent.ReportGenerated, { id: roundId, sequence: round.eventCount }, payload, context);
      return true;
    });
    if (!first) {
      const where = { roundId_report_proposalId_inputHash: { roundId, report, proposalId: proposalId ?? '', inputHash } };
      return Buffer.from((await this.db.storedReport.findUniqueOrThrow({ where, select: { pdf: true } })).pdf);
    }
    this.relay.nudge();
    return pdf;
  }
}
