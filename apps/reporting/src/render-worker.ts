// The entry of a render worker thread (see app/rendering/render-pool.ts): renders the jobs it is sent, one at a
// time, and answers each with the file's bytes or the error's message.
import { parentPort } from 'node:worker_threads';
import { RenderJob, renderJob } from './app/rendering/render-job';

export interface RenderRequest {
  id: number;
  job: RenderJob;
}

export type RenderAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

if (!parentPort) throw new Error('render-worker runs as a worker thread only');
const port = parentPort;

port.on('message', async ({ id, job }: RenderRequest) => {
  try {
    // A copy in its own memory, so that it can be transferred rather than copied once more.
    const bytes = new Uint8Array(await renderJob(job));
    port.postMessage({ id, bytes } satisfies RenderAnswer, [bytes.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies RenderAnswer);
  }
});
