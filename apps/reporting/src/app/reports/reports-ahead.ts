import { ROUND_REPORT_KEYS, ReportKey } from '@budgetflow/reporting/bilag';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ReportDataService } from './report-data.service';
import { ReportStore } from './report-store.service';

// How long a report counts as watched after it was last asked for.
const WATCH_MS = 10 * 60_000;
// The catalogue takes seconds for a large round: the background renderer makes it once the round is quiet.
const RENDERED_AHEAD: readonly ReportKey[] = ROUND_REPORT_KEYS.filter((key) => key !== 'katalog');

/**
 * Renders the round's reports that someone is watching as soon as events changed the round, instead of when the
 * next request for them comes: a reader polling the frame status after FU's decision joins the render already under
 * way (see ReportStore) instead of starting it. Only PDFs asked for in the last WATCH_MS, so a busy intake with
 * nobody reading costs nothing here. One pass at a time; events applied during a pass start one more.
 */
@Injectable()
export class ReportsAhead implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportsAhead.name);
  /** Per round, when each report was last asked for (performance.now()). */
  private readonly watched = new Map<string, Map<ReportKey, number>>();
  private pass: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
  ) {}

  /** Someone asked for this round report as PDF. */
  watch(roundId: string, key: ReportKey): void {
    if (!RENDERED_AHEAD.includes(key)) return;
    const keys = this.watched.get(roundId) ?? new Map<ReportKey, number>();
    keys.set(key, performance.now());
    this.watched.set(roundId, keys);
  }

  /** Events were applied: renders the watched reports whose data changed. */
  changed(): void {
    if (this.stopped) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    this.pass = this.renderWatched().finally(() => {
      this.pass = undefined;
      if (this.again) {
        this.again = false;
        this.changed();
      }
    });
  }

  /** Resolves when no pass is under way (and none is due). */
  async idle(): Promise<void> {
    while (this.pass) await this.pass;
  }

  // Before the database closes (see the data-access clients).
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private async renderWatched(): Promise<void> {
    const now = performance.now();
    for (const [roundId, keys] of this.watched) {
      for (const [key, askedAt] of keys) if (now - askedAt > WATCH_MS) keys.delete(key);
      if (keys.size === 0) {
        this.watched.delete(roundId);
        continue;
      }
      try {
        // Unchanged data costs one small query (the data version); unchanged reports one lookup each.
        const data = await this.data.load(roundId);
        for (const key of RENDERED_AHEAD) if (keys.has(key)) await this.store.ensure(roundId, key, null, data);
      } catch (error) {
        this.logger.warn(
          `Rendering ahead for round ${roundId} failed; it is rendered when asked for: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
