import { AdvisoryLease, DATABASE_URL, LeasedLoop } from '@budgetflow/messaging';
import { availableRoundReportKeys } from '@budgetflow/reporting/bilag';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ReportDataService } from './report-data.service';
import { reportInputHash } from './report-input';
import { ReportStore } from './report-store.service';
import { ReportTimes } from './report-times';
import { ReportWatches } from './report-watches';

/**
 * Re-renders what a change affects, in the background: when a round's data version moves, the reports someone
 * watches (asked for as PDF in the last ten minutes, by any instance: ReportWatches), round-wide and fact sheets, are
 * rendered and stored if their data changed (unchanged ones are found in storage by their input hash and skipped).
 * The others are rendered when asked for: a round filling with a thousand proposals nobody reads yet would cost
 * minutes of a core per change (its catalogue alone). It waits until the round has been quiet for a moment:
 * rendering runs in the render workers (a 100-proposal catalogue takes seconds), so re-rendering after each of FU's
 * decisions would queue the reports people ask for behind renders that are out of date at once. With several
 * instances, one renders (the lease "reporting.report-renderer"); another takes over within a poll when it dies.
 */
// How long a round must go without changes before its reports are rendered ahead of being asked for.
const QUIET_MS = 1500;
// How often it looks when not nudged; a nudge (new data) makes it look at once. Also how soon a free lease is taken.
const POLL_MS = 1000;

@Injectable()
export class ReportRenderer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportRenderer.name);
  // The data version this instance brought each round up to (a cache: a new holder of the lease looks each round up once).
  private readonly rendered = new Map<string, number>();
  /** The data version last seen per round, and since when (performance.now()). */
  private readonly seen = new Map<string, { dataVersion: number; since: number }>();
  private readonly loop: LeasedLoop;

  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
    private readonly watches: ReportWatches,
    private readonly times: ReportTimes,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.loop = new LeasedLoop(new AdvisoryLease(databaseUrl, 'reporting.report-renderer'), () => this.renderOutdated(), {
      pollMs: POLL_MS,
      onError: (error) => this.logger.warn(`Rendering failed; retrying: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  // Before the database closes (see the data-access clients).
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** New data arrived: look now rather than at the next poll (also when it arrives during a pass). */
  nudge(): void {
    this.loop.nudge();
  }

  /** Renders the watched reports out of date in rounds quiet for `quietMs`; returns the number of rounds it brought up to date. */
  async renderOutdated(quietMs = QUIET_MS): Promise<number> {
    let count = 0;
    const now = performance.now();
    const versions = await this.data.roundVersions();
    const outdated = versions.filter(({ id, dataVersion }) => this.rendered.get(id) !== dataVersion);
    const watched = outdated.length > 0 ? await this.watches.watched() : [];
    for (const { id, dataVersion } of outdated) {
      if (now - this.changedAt(id, dataVersion, now) < quietMs) continue;
      const ofRound = watched.filter((report) => report.roundId === id);
      // Nobody reads it: nothing to render ahead (a request renders what it asks for).
      if (ofRound.length === 0) {
        this.rendered.set(id, dataVersion);
        continue;
      }
      const data = await this.data.load(id);
      // Changed since it was seen quiet (an event just arrived): not quiet any more, so not now.
      if (data.dataVersion !== dataVersion) continue;
      // The watched round-wide reports that can be made now, in the registry's order.
      const roundWide = availableRoundReportKeys(data).filter((key) => ofRound.some((report) => report.key === key && report.proposalId === null));
      for (const key of roundWide) {
        // A shutdown must not wait for the rest of the pass, nor for a catalogue under way (abandoned by the signal).
        if (!this.loop.running) return count;
        await this.store.ensure(id, key, null, data, 'pdf', this.loop.signal);
      }
      // The watched fact sheets not stored yet (looked up at once: a round may have a thousand).
      const sheets = new Set(ofRound.flatMap((report) => (report.key === 'faktaark' ? [report.proposalId] : [])));
      const ofProposals = data.proposals.filter((proposal) => sheets.has(proposal.id));
      const stored = await this.times.madeAt(
        id,
        ofProposals.map((proposal) => reportInputHash('faktaark', data, proposal.id)),
      );
      for (const proposal of ofProposals) {
        if (!this.loop.running) return count;
        if (!stored.has(reportInputHash('faktaark', data, proposal.id))) await this.store.ensure(id, 'faktaark', proposal.id, data, 'pdf', this.loop.signal);
      }
      this.rendered.set(id, data.dataVersion);
      count += 1;
    }
    return count;
  }

  /** When this renderer first saw the round at its current data version. */
  private changedAt(roundId: string, dataVersion: number, now: number): number {
    const seen = this.seen.get(roundId);
    if (seen?.dataVersion === dataVersion) return seen.since;
    this.seen.set(roundId, { dataVersion, since: now });
    return now;
  }
}
