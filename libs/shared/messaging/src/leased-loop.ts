import { Lease } from './lease';
import { PollLoop } from './poll-loop';

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
  private readonly loop: PollLoop;

  constructor(lease: Lease, pass: () => Promise<unknown>, options: LeasedLoopOptions) {
    this.loop = new PollLoop(
      async () => {
        try {
          // No pass begins after stop() (it may come while the lease is being taken).
          if ((await lease.hold()) && this.loop.running) await pass();
        } catch (error) {
          options.onError?.(error);
        }
        return { ms: options.pollMs };
      },
      () => lease.release().catch((error: unknown) => options.onError?.(error)),
    );
  }

  /** Whether the loop goes on: a long pass checks it between its steps. */
  get running(): boolean {
    return this.loop.running;
  }

  /** Aborted by stop(): a pass hands it to work it can abandon (a render in a worker) rather than wait for. */
  get signal(): AbortSignal {
    return this.loop.signal;
  }

  start(): void {
    this.loop.start();
  }

  /** Ends the loop after the step under way and releases the lease. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** New work arrived: look now rather than at the next poll (also when it arrives during a pass). */
  nudge(): void {
    this.loop.nudge();
  }
}
