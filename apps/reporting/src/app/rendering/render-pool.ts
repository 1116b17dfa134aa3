import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, WorkerOptions } from 'node:worker_threads';
import type { RenderAnswer, RenderRequest } from '../../render-worker';
import { RenderJob } from './render-job';

interface Pending {
  id: number;
  job: RenderJob;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
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
 */
@Injectable()
export class RenderPool implements OnApplicationShutdown {
  private readonly logger = new Logger(RenderPool.name);
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number) {}

  render(job: RenderJob): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The render pool is shut down'));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('The render pool is shut down'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => !candidate.busy) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      slot.busy = pending;
      slot.worker.postMessage({ id: pending.id, job: pending.job } satisfies RenderRequest);
    }
  }

  private spawn(): Slot {
    const { file, options } = workerEntry();
    const slot: Slot = { worker: new Worker(file, options), busy: undefined };
    slot.worker.on('message', (answer: RenderAnswer) => {
      const pending = slot.busy;
      if (!pending || pending.id !== answer.id) return;
      slot.busy = undefined;
      if ('error' in answer) pending.reject(new Error(answer.error));
      else pending.resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
      this.dispatch();
    });
    const lost = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.busy?.reject(new Error(`The render worker stopped (${reason})`));
      slot.busy = undefined;
      if (!this.closed) {
        this.logger.warn(`A render worker stopped (${reason}); a new one takes the next job`);
        this.dispatch();
      }
    };
    slot.worker.on('error', (error) => lost(error.message));
    slot.worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
