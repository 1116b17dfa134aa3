// One pdfmake measurement of the PDF benchmark, made as the reporting service makes the catalogue: the data is read
// in this process and handed to the service's built render worker (dist/apps/reporting/render-worker.js), a worker
// thread in this process, so the peak counts both. No TypeScript loader: the service does not run one either.
// The worker gets the heap cap the service's render pool would give it (render-heap-limit.ts), if any.
//   node tools/bench/pdf/render-in-worker.mjs <data.json> <out.pdf> [heap limit MB] [--untagged]
// Prints one JSON line: the render time (job sent to PDF bytes back), the resident memory before it and the peak.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { root } from '../../infra/settings.mjs';

const untagged = process.argv.includes('--untagged');
const [dataFile, out, heapLimitMb] = process.argv.slice(2).filter((argument) => argument !== '--untagged');
if (!dataFile || !out) throw new Error('Usage: render-in-worker.mjs <data.json> <out.pdf> [heap limit MB]');

const bilag = JSON.parse(readFileSync(dataFile, 'utf8'));
// JSON has no dates: the one date of the bilag data is its generation time.
bilag.generatedAt = new Date(bilag.generatedAt);
const resourceLimits = heapLimitMb ? { maxOldGenerationSizeMb: Number(heapLimitMb) } : undefined;
const worker = new Worker(join(root, 'dist', 'apps', 'reporting', 'render-worker.js'), { resourceLimits });
await new Promise((resolve, reject) => {
  worker.once('online', resolve);
  worker.once('error', reject);
});
const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
const answer = await new Promise((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
  worker.postMessage({ id: 1, job: { key: 'katalog', format: 'pdf', bilag, proposalId: null, tagged: !untagged } });
});
const renderMs = performance.now() - started;
if ('error' in answer) throw new Error(answer.error);
writeFileSync(out, answer.bytes);
await worker.terminate();
console.log(
  JSON.stringify({ renderMs, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, heapLimitMb: resourceLimits?.maxOldGenerationSizeMb ?? null }),
);
