import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, WorkerOptions } from 'node:worker_threads';
import type { RenderAnswer, RenderRequest } from '../../render-worker';
import { renderHeapLimitMb } from './render-heap-limit';
import { RenderJob } from './render-job';

/** Where a job runs: a lasting worker of the pool, or a worker of its own (capped or not) that ends with the job. */
interface Placement {
  ownWorker: boolean;
  heapLimitMb: number | undefined;
}

interface Pending {
  id: number;
  job: RenderJob;
  placement: Placement;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ownWorker: boolean;
  busy: Pending | undefined;
}

/** Where the worker's code is: next to the bundle (dist/apps/reporting), or the TypeScript source under test. */
function workerEntry(): { file: string; options: WorkerOptions } {
  const bundled = join(__dirname, 'render-worker.js');
  if (existsSync(bundled)) return { file: bundled, options: {} };
  // The tests run the sources: the worker compiles them as it loads them, with the workspace's path mapping.
  const root = join(__dirname, '..', '..', '..', '..', '..');
  return {
    file: join(__dirname, '..', '..', 'render-worker.ts'),
    options: { execArgv: ['--require', '@swc-node/register'], env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') } },
  };
}

/**
 * Renders in worker threads, so that the service's event loop stays free while a large catalogue is laid out
 * (seconds of synchronous work): health checks, 304 answers and stored reports are served meanwhile. Jobs wait in
 * one queue and go to the first free worker; a worker that dies fails only its own job and is replaced.
 * A big catalogue gets a worker of its own with a heap cap sized by its round (render-heap-limit.ts), which ends
 * with the job and so gives its memory back; if the job outgrows the cap, it is rendered once more without one.
 * At most `size` workers run at once, the catalogue's own included.
 */
@Injectable()
export class RenderPool implements OnApplicationShutdown {
  private readonly logger = new Logger(RenderPool.name);
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly heapLimitMb: (job: RenderJob) => number | undefined = renderHeapLimitMb,
  ) {}

  /**
   * Renders the job. A render in the background passes its loop's `signal`: when the loop stops (the service shuts
   * down), the job leaves the queue, or its worker is ended, at once instead of after the seconds a catalogue takes.
   */
  render(job: RenderJob, signal?: AbortSignal): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The render pool is shut down'));
    if (signal?.aborted) return Promise.reject(new Error('The render was abandoned'));
    const heapLimitMb = this.heapLimitMb(job);
    return new Promise<Buffer>((resolve, reject) => {
      const abandon = () => this.abandon(pending);
      const settled = () => signal?.removeEventListener('abort', abandon);
      const pending: Pending = {
        id: this.nextId++,
        job,
        placement: { ownWorker: heapLimitMb !== undefined, heapLimitMb },
        resolve: (bytes) => (settled(), resolve(bytes)),
        reject: (error) => (settled(), reject(error)),
      };
      signal?.addEventListener('abort', abandon, { once: true });
      this.queue.push(pending);
      this.dispatch();
    });
  }

  // Out of the queue, or its worker ended (the next job starts another).
  private abandon(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = this.slots.find((candidate) => candidate.busy === pending);
    if (slot) {
      slot.busy = undefined;
      this.retire(slot);
    }
    if (queued >= 0 || slot) pending.reject(new Error('The render was abandoned'));
    this.dispatch();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('The render pool is shut down'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const pending = this.queue[0] as Pending;
      const slot = this.slotFor(pending.placement);
      if (!slot) return;
      this.queue.shift();
      slot.busy = pending;
      slot.worker.postMessage({ id: pending.id, job: pending.job } satisfies RenderRequest);
    }
  }

  /** A free worker for the placement, started if need be; undefined while every place is taken. */
  private slotFor({ ownWorker, heapLimitMb }: Placement): Slot | undefined {
    if (!ownWorker) {
      return this.slots.find((slot) => !slot.ownWorker && !slot.busy) ?? (this.slots.length < this.size ? this.spawn(false) : undefined);
    }
    if (this.slots.length >= this.size) {
      // A job of its own takes the place of an idle lasting worker.
      const idle = this.slots.find((slot) => !slot.ownWorker && !slot.busy);
      if (!idle) return undefined;
      this.retire(idle);
    }
    return this.spawn(true, heapLimitMb);
  }

  private retire(slot: Slot): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
  }

  private spawn(ownWorker: boolean, heapLimitMb?: number): Slot {
    const { file, options } = workerEntry();
    const resourceLimits = heapLimitMb === undefined ? undefined : { maxOldGenerationSizeMb: heapLimitMb };
    const slot: Slot = { worker: new Worker(file, { ...options, resourceLimits }), ownWorker, busy: undefined };
    slot.worker.on('message', (answer: RenderAnswer) => {
      const pending = slot.busy;
      if (!pending || pending.id !== answer.id) return;
      slot.busy = undefined;
      if (slot.ownWorker) this.retire(slot);
      if ('error' in answer) pending.reject(new Error(answer.error));
      else pending.resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
      this.dispatch();
    });
    const lost = (reason: string, outOfMemory: boolean) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      const pending = slot.busy;
      slot.busy = undefined;
      if (pending && outOfMemory && pending.placement.heapLimitMb !== undefined && !this.closed) {
        this.logger.warn(`Rendering ${pending.job.key} outgrew its heap cap of ${pending.placement.heapLimitMb} MB; rendering it again without a cap`);
        this.queue.unshift({ ...pending, placement: { ownWorker: true, heapLimitMb: undefined } });
      } else {
        pending?.reject(new Error(`The render worker stopped (${reason})`));
        if (!this.closed) this.logger.warn(`A render worker stopped (${reason}); a new one takes the next job`);
      }
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', (error: Error & { code?: string }) => lost(error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    slot.worker.on('exit', (code) => lost(`exit code ${code}`, false));
    this.slots.push(slot);
    return slot;
  }
}
