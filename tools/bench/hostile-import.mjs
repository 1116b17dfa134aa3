// The import under hostile spreadsheets (issue 25): each file is uploaded to the running intake service as a
// committee; the figures are the answer's time and code, the intake process's peak memory during the upload, and
// /health's latency, probed one request after the other while the upload runs. Numbers only: nothing asserted here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApiClient } from '../demo/api-client.mjs';
import { root } from '../infra/settings.mjs';
import { BENCH_RUN_DIR } from './environment.mjs';
import { benchRoundBody } from './intake-load.mjs';
import { sampleTreeMemory } from './process-tree-memory.mjs';
import { latencySummary } from './statistics.mjs';

const PROBE_PAUSE_MS = 5;

function hostileFiles(smoke, directory) {
  const made = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(root, 'tools', 'bench', 'import', 'hostile-files.ts'), smoke ? 'smoke' : 'full', directory],
    {
      env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (made.status !== 0) throw new Error(`hostile-files.ts failed: ${made.stderr}`);
  return JSON.parse(made.stdout.trim().split('\n').pop());
}

export async function run({ smoke, urls, token }) {
  const office = new ApiClient(urls.intake, await token('budget_office'));
  const committee = await token('committee_secretariat', 'SU');
  const { id: roundId } = await office.post('/rounds', benchRoundBody('Benchmark hostile import'));
  const directory = mkdtempSync(join(tmpdir(), 'bf-hostile-'));
  const intakePid = Number(readFileSync(join(BENCH_RUN_DIR, 'intake.pid'), 'utf8').trim());
  const rows = [];
  const problems = [];
  const figures = [];
  try {
    for (const file of hostileFiles(smoke, directory)) {
      const bytes = readFileSync(file.file);
      const memory = sampleTreeMemory(intakePid, 10);
      const health = [];
      const started = performance.now();
      let answer;
      const upload = fetch(`${urls.intake}/rounds/${roundId}/proposals/import`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${committee}`, 'Content-Type': file.type },
        body: bytes,
      }).then(async (response) => {
        const body = await response.json().catch(() => ({}));
        answer = { status: response.status, code: body.code, ms: performance.now() - started };
      });
      do {
        const t0 = performance.now();
        const up = await fetch(`${urls.intake}/health`);
        await up.arrayBuffer();
        health.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
      } while (answer === undefined);
      await upload;
      const peakMb = Math.round(memory.stop());
      const summary = latencySummary(health);
      if (answer.code !== file.expected) problems.push(`${file.name}: answered ${answer.status} ${answer.code}, not ${file.expected}`);
      figures.push({
        file: file.name,
        bytes: file.bytes,
        status: answer.status,
        code: answer.code,
        answerMs: Math.round(answer.ms),
        peakMb,
        healthMs: summary,
      });
      rows.push([file.name, Math.round(file.bytes / 1024), `${answer.status} ${answer.code}`, Math.round(answer.ms), peakMb, summary.count, summary.p99]);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return {
    title: 'The import under hostile spreadsheets (intake)',
    columns: ['file', 'KB', 'answer', 'answer ms', 'intake peak MB', '/health probes', '/health p99 ms'],
    rows,
    notes: [
      'Issue 25: each refused before exceljs parses it (the zip directory, inflation capped at 50 MB, rows, cells and columns counted first).',
      'Peak MB: resident memory of the intake process, sampled every 10 ms during the upload; /health probed one after the other until the answer came.',
    ],
    problems,
    figures,
  };
}
