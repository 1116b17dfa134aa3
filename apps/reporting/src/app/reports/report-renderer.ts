import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ReportDataService } from './report-data.service';
import { ROUND_REPORT_KEYS, ReportStore } from './report-store.service';

/**
 * Re-renders what a change affects, in the background: when a round's data version moves, every report whose
 * data changed is rendered and stored (unchanged ones are found in storage by their input hash and skipped).
 */
@Injectable()
export class ReportRenderer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReportRenderer.name);
  private readonly rendered = new Map<string, number>();
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

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
    this.wake?.();
    await this.loop;
  }

  /** New data arrived: look now rather than at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  /** Renders everything out of date; returns the number of rounds it brought up to date. */
  async renderOutdated(): Promise<number> {
    let count = 0;
    for (const { id, dataVersion } of await this.data.roundVersions()) {
      if (this.rendered.get(id) === dataVersion) continue;
      const data = await this.data.load(id);
      for (const key of ROUND_REPORT_KEYS) await this.store.get(id, key, null, data);
      for (const proposal of data.proposals) await this.store.get(id, 'faktaark', proposal.id, data);
      this.rendered.set(id, data.dataVersion);
      count += 1;
    }
    return count;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.renderOutdated();
      } catch (error) {
        this.logger.warn(`Rendering failed; retrying: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
