import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { Injectable } from '@nestjs/common';
import { ReportKey } from '@budgetflow/reporting/bilag';

// How long a report counts as watched after it was last asked for.
export const WATCH_MS = 10 * 60_000;
// A watch is written at most this often per report and instance: a reader polling every few seconds costs no write.
const REFRESH_MS = 60_000;
// Bounds the memory of the last writes; when reached, the next request of each report writes again.
const MAX_REMEMBERED = 10_000;

/** A report someone asked for lately: a round-wide report (proposalId null) or one proposal's fact sheet. */
export interface WatchedReport {
  roundId: string;
  key: ReportKey;
  proposalId: string | null;
}

/**
 * The reports people asked for lately, in the database (report_watch), so every instance of the service renders
 * ahead what the readers of any instance watch.
 */
@Injectable()
export class ReportWatches {
  // When this instance last wrote each watch (performance.now()).
  private readonly written = new Map<string, number>();

  constructor(private readonly db: ReportingDatabase) {}

  /** Someone asked for this report as PDF. */
  async watch({ roundId, key, proposalId }: WatchedReport): Promise<void> {
    const name = `${roundId} ${key} ${proposalId ?? ''}`;
    const now = performance.now();
    const last = this.written.get(name);
    if (last !== undefined && now - last < REFRESH_MS) return;
    if (this.written.size >= MAX_REMEMBERED) this.written.clear();
    this.written.set(name, now);
    await this.db.$executeRaw`
      INSERT INTO report_watch (round_id, report, proposal_id, watched_at) VALUES (${roundId}::uuid, ${key}, ${proposalId ?? ''}, now())
      ON CONFLICT (round_id, report, proposal_id) DO UPDATE SET watched_at = now()`;
  }

  /** The reports asked for in the last WATCH_MS, by any instance; older watches are deleted. */
  async watched(): Promise<WatchedReport[]> {
    const cutoff = new Date(Date.now() - WATCH_MS);
    await this.db.reportWatch.deleteMany({ where: { watchedAt: { lt: cutoff } } });
    const rows = await this.db.reportWatch.findMany({ select: { roundId: true, report: true, proposalId: true } });
    return rows.map((row) => ({ roundId: row.roundId, key: row.report as ReportKey, proposalId: row.proposalId === '' ? null : row.proposalId }));
  }
}
