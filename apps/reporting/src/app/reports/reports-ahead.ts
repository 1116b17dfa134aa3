import { ROUND_REPORT_KEYS, ReportKey } from '@budgetflow/reporting/bilag';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ReportDataService } from './report-data.service';
import { reportInputHash } from './report-input';
import { ReportStore } from './report-store.service';
import { ReportTimes } from './report-times';
import { ReportWatches, WatchedReport } from './report-watches';

// The catalogue takes seconds for a large round: the background renderer makes it once the round is quiet.
const RENDERED_AHEAD: readonly ReportKey[] = [...ROUND_REPORT_KEYS.filter((key) => key !== 'katalog'), 'faktaark'];

/**
 * Renders the reports someone is watching as soon as events changed their round, instead of when the next request
 * for them comes: a reader polling the frame status after FU's decision joins the render already under way (see
 * ReportStore) instead of starting it. Only PDFs asked for lately (ReportWatches, shared by every instance), so a
 * busy intake with nobody reading costs nothing here. One pass at a time; events applied during a pass start one
 * more. It runs on the instance that applied the events: two instances may render the same report at once, and
 * ReportStore answers both with the bytes stored first.
 */
@Injectable()
export class ReportsAhead implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportsAhead.name);
  private pass: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  // Aborted at shutdown: a render under way is abandoned (it is rendered again when asked for).
  private readonly stopping = new AbortController();

  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
    private readonly watches: ReportWatches,
    private readonly times: ReportTimes,
  ) {}

  /**
   * Someone asked for this report (a round-wide one, or a fact sheet) as PDF; a failed write costs only the render
   * ahead. The catalogue is watched too, for the quiet-time renderer (ReportRenderer), but not rendered here.
   */
  async watch(report: WatchedReport): Promise<void> {
    await this.watches.watch(report).catch((error: unknown) => this.logger.warn(`Recording a watched report failed: ${String(error)}`));
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
    this.stopping.abort();
    await this.idle();
  }

  private async renderWatched(): Promise<void> {
    let watched: WatchedReport[];
    try {
      watched = await this.watches.watched();
    } catch (error) {
      this.logger.warn(`Reading the watched reports failed; they are rendered when asked for: ${String(error)}`);
      return;
    }
    for (const roundId of new Set(watched.map((report) => report.roundId))) {
      if (this.stopped) return;
      try {
        // Unchanged data costs one small query (the data version), and the watched reports already stored one more.
        const data = await this.data.load(roundId);
        const inRound = new Set(data.proposals.map((proposal) => proposal.id));
        // A fact sheet of a proposal no longer in the round's data is not rendered.
        const ofRound = watched.filter((report) => report.roundId === roundId && (report.proposalId === null || inRound.has(report.proposalId)));
        const stored = await this.times.madeAt(
          roundId,
          ofRound.map((report) => reportInputHash(report.key, data, report.proposalId)),
        );
        for (const key of RENDERED_AHEAD) {
          for (const report of ofRound.filter((item) => item.key === key)) {
            if (stored.has(reportInputHash(key, data, report.proposalId))) continue;
            if (this.stopped) return;
            await this.store.ensure(roundId, key, report.proposalId, data, 'pdf', this.stopping.signal);
          }
        }
      } catch (error) {
        this.logger.warn(
          `Rendering ahead for round ${roundId} failed; it is rendered when asked for: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
