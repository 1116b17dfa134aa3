import { Lease } from './lease';
import { PollPause } from './poll-pause';

export interface LeasedLoopOptions {
  /** Pause between two passes when not nudged; also how soon a free lease is taken. */
  pollMs: number;
  /** A pass or the lease failed; the loop goes on at the next poll. */
  onError?: (error: unknown) => void;
}

/**
 * A background loop whose passes run on one instance at a time: before each pass it holds the lease (see
 * AdvisoryLease), and only the holder works. A nudge (new data) starts the next pass at once; stop() ends the pass
 * under way at its next check of `running` and gives the lease up. The work itself must be idempotent: a holder that
 * lost its lease in the middle of a pass (its connection broke while it was paused) finishes that pass.
 */
export class LeasedLoop {
  private active = false;
  private loop: Promise<void> | undefined;
  private stopping = new AbortController();
  private readonly pause = new PollPause();

  constructor(
    private readonly lease: Lease,
    private readonly pass: () => Promise<unknown>,
    private readonly options: LeasedLoopOptions,
  ) {}

  /** Whether the loop goes on: a long pass checks it between its steps. */
  get running(): boolean {
    return this.active;
  }

  /** Aborted by stop(): a pass hands it to work it can abandon (a render in a worker) rather than wait for. */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
    this.loop = this.run();
  }

  /** Ends the loop after the step under way and releases the lease. */
  async stop(): Promise<void> {
    this.active = false;
    this.stopping.abort();
    this.pause.interrupt();
    await this.loop;
  }

  /** New work arrived: look now rather than at the next poll (also when it arrives during a pass). */
  nudge(): void {
    this.pause.nudge();
  }

  private async run(): Promise<void> {
    while (this.active) {
      try {
        // No pass begins after stop() (it may come while the lease is being taken).
        if ((await this.lease.hold()) && this.active) await this.pass();
      } catch (error) {
        this.options.onError?.(error);
      }
      // A stop() during the pass found no pause to interrupt: checked here, so it does not wait a whole poll.
      if (this.active) await this.pause.wait(this.options.pollMs);
    }
    await this.lease.release().catch((error: unknown) => this.options.onError?.(error));
  }
}
