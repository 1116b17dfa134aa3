import { PollPause } from './poll-pause';

/** The pause a pass asks for before the next one. */
export interface NextPoll {
  ms: number;
  /** A nudge ends it early (the default); a back-off after a failure is not nudgeable: only stop() ends it. */
  nudgeable?: boolean;
  /** A nudge ends it this much later (0: at once), so that nudges close together make one pass. */
  lingerMs?: number;
}

/**
 * The shell of a background loop (the outbox relay, the outbox retention, a LeasedLoop): runs a pass, waits the
 * pause the pass asks for (none: the next pass starts at once) or until nudged, and so on until stopped. stop() ends
 * the pause under way, or the pass under way at its next check of `running`, and then `finish` runs. A pass deals
 * with its own failures: it must not throw.
 */
export class PollLoop {
  private active = false;
  private loop: Promise<void> | undefined;
  private readonly pause = new PollPause();
  private aborter = new AbortController();

  constructor(
    private readonly pass: () => Promise<NextPoll | undefined>,
    private readonly finish: () => Promise<void> = async () => undefined,
  ) {}

  /** Whether the loop goes on: a long pass checks it between its steps. */
  get running(): boolean {
    return this.active;
  }

  /** stop() was called after start(): the pass under way is the last. */
  get stopping(): boolean {
    return !this.active && this.loop !== undefined;
  }

  /** Aborted by stop(): a pass hands it to work it can abandon (a render in a worker) rather than wait for. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    if (this.aborter.signal.aborted) this.aborter = new AbortController();
    this.loop = this.run();
  }

  /** Ends the loop after the pass under way (at once during a pause), and after `finish`. */
  async stop(): Promise<void> {
    this.active = false;
    this.aborter.abort();
    this.pause.interrupt();
    await this.loop;
  }

  /** New work arrived: the next pass starts now rather than after a nudgeable pause (also when it comes during a pass). */
  nudge(): void {
    this.pause.nudge();
  }

  private async run(): Promise<void> {
    while (this.active) {
      const next = await this.pass();
      // A stop() during the pass found no pause to interrupt: checked here, so it does not wait a whole pause.
      if (next && this.active) await this.pause.wait(next.ms, { nudgeable: next.nudgeable ?? true, lingerMs: next.lingerMs ?? 0 });
    }
    await this.finish();
  }
}
