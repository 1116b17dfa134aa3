import { ReportingEvent } from '@budgetflow/contracts';
import { OutboxRelay, appendEvent } from '@budgetflow/messaging';
import { proposalNotFound } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { BilagData } from '@budgetflow/reporting/bilag';
import { Injectable } from '@nestjs/common';
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

/** Serves a report from storage when its data is unchanged; renders, stores and announces it otherwise. */
@Injectable()
export class ReportStore {
  constructor(
    private readonly db: ReportingDatabase,
    private readonly data: ReportDataService,
    private readonly relay: OutboxRelay,
    private readonly pool: RenderPool,
  ) {}

  /** The report in its current version, rendered and stored first when its data changed. */
  async ensure(roundId: string, key: StoredKey, proposalId: string | null, loaded?: RoundData, format: ReportFormat = 'pdf'): Promise<StoredReport> {
    const data = loaded ?? (await this.data.load(roundId));
    if (proposalId !== null && !data.proposals.some((proposal) => proposal.id === proposalId)) {
      throw proposalNotFound(proposalId, ' i runden');
    }
    const inputHash = reportInputHash(key, data, proposalId, format);
    const etag = `"${inputHash.slice(0, 32)}"`;
    const report = storedName(key, format);
    const where = { roundId_report_proposalId_inputHash: { roundId, report, proposalId: proposalId ?? '', inputHash } };
    // Only the data version: reading the PDF through the driver costs more than rendering a small one.
    const stored = await this.db.storedReport.findUnique({ where, select: { dataVersion: true } });
    if (stored) {
      const pdf = async () => Buffer.from((await this.db.storedReport.findUniqueOrThrow({ where, select: { pdf: true } })).pdf);
      return { etag, dataVersion: stored.dataVersion, pdf };
    }

    // The worker gets what the report shows (as hashed above), not a whole round for each fact sheet.
    const bilag: BilagData = { ...shownData(key, data, proposalId), dataVersion: String(data.dataVersion), generatedAt: new Date() };
    // Stored like the PDF, so a repeated request gets the same bytes (with the same generation time) as its ETag.
    const pdf = await this.pool.render({ key, format, bilag, proposalId });
    await this.db.$transaction(async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO stored_report (round_id, report, proposal_id, input_hash, data_version, pdf)
        VALUES (${roundId}::uuid, ${report}, ${proposalId ?? ''}, ${inputHash}, ${data.dataVersion}, ${pdf})
        ON CONFLICT DO NOTHING`;
      // Another request may have rendered the same input meanwhile: only the first one is announced. Only PDFs are
      // announced: the spreadsheets are rendered when asked for, from the same data.
      if (inserted === 0 || format !== 'pdf' || key === 'eksport') return;
      const round = await tx.reportRound.update({ where: { id: roundId }, data: { eventCount: { increment: 1 } } });
      const payload = { roundId, report: key, proposalId, etag, dataVersion: data.dataVersion };
      const context = { actor: { id: 'reporting', role: 'service' }, correlationId: roundId, causationId: null };
      await appendEvent(tx, ReportingEvent.ReportGenerated, { id: roundId, sequence: round.eventCount }, payload, context);
    });
    this.relay.nudge();
    return { etag, dataVersion: data.dataVersion, pdf: async () => pdf };
  }
}
