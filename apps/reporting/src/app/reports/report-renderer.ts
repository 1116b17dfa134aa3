import { PollPause } from '@budgetflow/messaging';
import { availableRoundReportKeys } from '@budgetflow/reporting/bilag';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ReportDataService } from './report-data.service';
import { ReportStore } from './report-store.service';

/**
 * Re-renders what a change affects, in the background: when a round's data version moves, every report whose
 * data changed is rendered and stored (unchanged ones are found in storage by their input hash and skipped).
 * It waits until the round has been quiet for a moment: rendering runs in the render workers (a 100-proposal
 * catalogue takes a second), so re-rendering everything after each of FU's decisions would queue the reports people
 * ask for behind renders that are out of date at once.
 */
// How long a round must go without changes before its reports are rendered ahead of being asked for.
const QUIET_MS = 1500;
// How often it looks when not nudged; a nudge (new data) makes it look at once.
const POLL_MS = 1000;

@Injectable()
export class ReportRenderer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportRenderer.name);
  private readonly rendered = new Map<string, number>();
  /** The data version last seen per round, and since when (performance.now()). */
  private readonly seen = new Map<string, { dataVersion: number; since: number }>();
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly pause = new PollPause();

  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  // Before the database closes (see the data-access clients).
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.pause.interrupt();
    await this.loop;
  }

  /** New data arrived: look now rather than at the next poll (also when it arrives during a pass). */
  nudge(): void {
    this.pause.nudge();
  }

  /** Renders everything out of date in rounds quiet for `quietMs`; returns the number of rounds it brought up to date. */
  async renderOutdated(quietMs = QUIET_MS): Promise<number> {
    let count = 0;
    const now = performance.now();
    for (const { id, dataVersion } of await this.data.roundVersions()) {
      if (this.rendered.get(id) === dataVersion) continue;
      if (now - this.changedAt(id, dataVersion, now) < quietMs) continue;
      const data = await this.data.load(id);
      // Changed since it was seen quiet (an event just arrived): not quiet any more, so not now.
      if (data.dataVersion !== dataVersion) continue;
      for (const key of availableRoundReportKeys(data)) await this.store.ensure(id, key, null, data);
      for (const proposal of data.proposals) {
        // A round of a thousand fact sheets takes minutes: a shutdown must not wait for the rest of the pass.
        if (!this.running) return count;
        await this.store.ensure(id, 'faktaark', proposal.id, data);
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

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.renderOutdated();
      } catch (error) {
        this.logger.warn(`Rendering failed; retrying: ${error instanceof Error ? error.message : String(error)}`);
      }
      await this.pause.wait(POLL_MS);
    }
  }
}
