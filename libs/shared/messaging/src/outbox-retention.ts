import { NextPoll, PollLoop } from './poll-loop';
import { TransactionalSql } from './sql-executor';

// The relay's lock is 7_420_001: one sweep at a time per database, whichever instance runs it.
const RETENTION_LOCK_KEY = 7_420_002;

export interface OutboxRetentionOptions {
  /** Published rows older than this are deleted (0: keep every row). */
  maxAgeHours: number;
  /** Rows deleted per statement: short statements, so the relay and writers never wait long. */
  batchSize?: number;
  /** Pause between two sweeps. */
  intervalMs?: number;
  /** Pause between two batches of one sweep, so a large backlog is worked off without hogging the database. */
  batchPauseMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Deletes published outbox rows older than the retention age, in batches. Only rows with published_at set are
 * touched, and rows another transaction holds are skipped (SKIP LOCKED), so the relay is never blocked by it and
 * nothing unpublished is ever lost. Several instances of a service share the table: each batch takes a
 * transaction-scoped advisory lock first, and a sweep ends when another instance's batch holds it (that instance is
 * sweeping), so one instance sweeps at a time and the lock goes with the transaction if its holder dies.
 */
export class OutboxRetention {
  private readonly loop = new PollLoop(() => this.sweepPass());
  private readonly batchSize: number;
  private readonly intervalMs: number;
  private readonly batchPauseMs: number;

  constructor(
    private readonly db: TransactionalSql,
    private readonly options: OutboxRetentionOptions,
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.intervalMs = options.intervalMs ?? 10 * 60_000;
    this.batchPauseMs = options.batchPauseMs ?? 50;
  }

  start(): void {
    if (this.options.maxAgeHours <= 0) return;
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Deletes one batch of expired rows; returns how many were deleted (0 while another instance's batch runs). */
  async deleteBatch(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.options.maxAgeHours * 3_600_000);
    return this.db.$transaction(async (tx) => {
      const [{ locked }] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK_KEY}) AS locked`);
      if (!locked) return 0;
      return tx.$executeRawUnsafe(
        `DELETE FROM outbox_event WHERE position IN (
           SELECT position FROM outbox_event
            WHERE published_at IS NOT NULL AND published_at < $1::timestamptz
            ORDER BY published_at, position LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        cutoff.toISOString(),
        this.batchSize,
      );
    });
  }

  /** Deletes every expired row, batch by batch (while `goOn` says so); returns how many were deleted. */
  async sweep(now: Date = new Date(), goOn: () => boolean = () => true): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.deleteBatch(now);
      total += deleted;
      if (deleted < this.batchSize || !goOn()) return total;
      await new Promise((resolve) => setTimeout(resolve, this.batchPauseMs));
    }
  }

  /** One pass of the loop: a sweep (ended early by stop()), then the interval, which nothing shortens but stop(). */
  private async sweepPass(): Promise<NextPoll> {
    try {
      await this.sweep(new Date(), () => this.loop.running);
    } catch (error) {
      this.options.onError?.(error);
    }
    return { ms: this.intervalMs, nudgeable: false };
  }
}
