// The public site under a press day (issue 31): a published round's pages through the gateway at 100, 200 and 400
// requests/s (p50, p99, errors), and the staff's intake row (create and submit a proposal) at 50 requests/s alone and
// again while the public pages take 200/s. Numbers only: nothing is asserted about time.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, waitFor } from '../demo/api-client.mjs';
import { step } from '../infra/log.mjs';
import { runBin } from '../infra/run.mjs';
import { root } from '../infra/settings.mjs';
import { submittedRound } from './bench-round.mjs';
import { servicesIdle } from './service-cpu.mjs';
import { BENCH_RUN_DIR } from './environment.mjs';
import { benchRoundBody, createAndSubmitRequests, proposalInputs } from './intake-load.mjs';
import { pacedLoad } from './paced-load.mjs';
import { latencySummary } from './statistics.mjs';
import { ratioTo } from './targets.mjs';

const FULL = { size: 30, publicRates: [100, 200, 400], intakeRate: 50, mixedPublicRate: 200, seconds: 10, connections: 40, warmUpSeconds: 3 };
const SMOKE = { size: 3, publicRates: [20], intakeRate: 10, mixedPublicRate: 20, seconds: 2, connections: 5, warmUpSeconds: 0 };
// Issue 31's targets: public p99 < 50 ms at 200 requests/s; the staff's p99 at most 1.2× what it is alone.
const PUBLIC_P99_TARGET_MS = 50;
const STAFF_RATIO_TARGET = 1.2;

/** The gateway, built and started with the benchmark's settings (port 100 above the configured one), for /offentligt. */
async function startGateway(settings, urls) {
  step('Building and starting the gateway for the public site');
  if (runBin('nx', ['run', 'gateway:build', '--outputStyle=dynamic-legacy']) !== 0) throw new Error('building the gateway failed');
  const { ensureGatewayDatabase, suffixedDatabaseUrl } = await import('../infra/postgres.mjs');
  await ensureGatewayDatabase({ suffix: '_bench' });
  const port = String(Number(settings.GATEWAY_PORT) + 100);
  const address = `http://${settings.HTTP_HOST}:${port}`;
  mkdirSync(join(BENCH_RUN_DIR, 'logs'), { recursive: true });
  const out = openSync(join(BENCH_RUN_DIR, 'logs', 'gateway.log'), 'a');
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', 'gateway', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      ...settings,
      GATEWAY_PORT: port,
      GATEWAY_PUBLIC_URL: address,
      GATEWAY_DATABASE_URL: suffixedDatabaseUrl(settings.GATEWAY_DATABASE_URL, '_bench'),
      INTAKE_URL: urls.intake,
      WORKFLOW_URL: urls.workflow,
      REPORTING_URL: urls.reporting,
      RATE_LIMIT_PER_ADDRESS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  await waitFor('the gateway to answer', async () => ((await fetch(`${address}/health`).catch(() => undefined))?.ok ? true : undefined), 60_000);
  return { address, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')))) };
}

/** Publishes the round at the data version reporting shows and waits for its pages; returns the public paths to read. */
async function publishedPaths({ urls, token }, roundId) {
  const office = new ApiClient(urls.workflow, await token('budget_office'));
  const reader = new ApiClient(urls.reporting, await token('reader'));
  const settledList = await waitFor('reporting to show the round', async () => {
    const list = await reader.get(`/rounds/${roundId}/reports`).catch(() => undefined);
    return list && list.proposals.length > 0 ? list : undefined;
  });
  await waitFor('the workflow to know the round', () => office.get(`/rounds/${roundId}/publications`).catch(() => undefined));
  const publication = await office.post(`/rounds/${roundId}/publications`, { title: 'Benchmark', date: '2025-05-19', dataVersion: settledList.dataVersion });
  await waitFor(
    'the public pages to be built',
    async () => ((await reader.get(`/rounds/${roundId}/publications`)).find((status) => status.id === publication.id)?.status === 'ready' ? true : undefined),
    180_000,
  );
  const base = `/offentligt/udgivelser/${publication.id}`;
  const list = await reader.get(`/rounds/${roundId}/reports`);
  return [
    '/offentligt',
    `/offentligt/runder/${roundId}`,
    base,
    ...list.reports.filter((report) => report.notYetAvailable === null).map((report) => `${base}/bilag/${report.key}`),
    ...list.proposals.map((proposal) => `${base}/forslag/${proposal.id}`),
  ];
}

function summary(result) {
  return {
    requests: result.latencies.length,
    achievedRate: Math.round((result.latencies.length / result.duration) * 10) / 10,
    latencyMs: latencySummary(result.latencies),
    errors: result.non2xx + result.errors,
    // What the errors were: the status codes, and the requests without an answer (socket errors and timeouts).
    statusCodes: result.statusCodes,
    unanswered: result.errors,
  };
}

/** The public pages at a rate, each connection reading the pages in turn. */
function publicLoad(address, paths, rate, seconds, connections) {
  let next = 0;
  const nextRequest = () => ({ method: 'GET', path: paths[next++ % paths.length], headers: {} });
  return pacedLoad({ url: address, rate, seconds, connections, nextRequest }).then(summary);
}

/** The staff's intake row: committees create and submit proposals in a fresh round, at a rate. */
async function intakeLoad({ urls, token }, rate, seconds, connections) {
  const office = new ApiClient(urls.intake, await token('budget_office'));
  const { id: roundId, round } = await office.post('/rounds', benchRoundBody('Benchmark offentligt intake'));
  const auth = {};
  for (const { code, kind } of round.committees) if (kind === 'fagudvalg') auth[code] = `Bearer ${await token('committee_secretariat', code)}`;
  const requests = createAndSubmitRequests(roundId, auth, proposalInputs());
  return summary(await pacedLoad({ url: urls.intake, rate, seconds, connections, ...requests }));
}

export async function run({ smoke, settings, urls, token }) {
  const plan = smoke ? SMOKE : FULL;
  const problems = [];
  const { roundId } = await submittedRound({ urls, token, size: plan.size, label: 'Benchmark offentligt' });
  const paths = await publishedPaths({ urls, token }, roundId);
  const gateway = await startGateway(settings, urls);
  // The rows measure the public site and the staff, not renders left over from earlier benchmarks or the publication.
  if (!smoke && !(await servicesIdle())) problems.push('the services were still busy with earlier work when the rows started');
  const rows = [];
  const notesOfErrors = [];
  const figures = { paths: paths.length, levels: [] };
  try {
    if (plan.warmUpSeconds) await publicLoad(gateway.address, paths, 100, plan.warmUpSeconds, plan.connections);
    for (const rate of plan.publicRates) {
      const result = await publicLoad(gateway.address, paths, rate, plan.seconds, plan.connections);
      figures.levels.push({ what: 'public', rate, ...result });
      rows.push([
        `public pages ${rate}/s`,
        result.achievedRate,
        result.requests,
        result.latencyMs.p50,
        result.latencyMs.p99,
        result.errors,
        rate === 200 ? ratioTo(result.latencyMs.p99, PUBLIC_P99_TARGET_MS) : '–',
      ]);
    }
    const alone = await intakeLoad({ urls, token }, plan.intakeRate, plan.seconds, plan.connections);
    rows.push([`intake ${plan.intakeRate}/s alone`, alone.achievedRate, alone.requests, alone.latencyMs.p50, alone.latencyMs.p99, alone.errors, '–']);
    // From the same state as alone: the round of the row before rendered first.
    if (!smoke && !(await servicesIdle())) problems.push('the services were still busy with the row before when the mixed row started');
    const [mixedIntake, mixedPublic] = await Promise.all([
      intakeLoad({ urls, token }, plan.intakeRate, plan.seconds, plan.connections),
      publicLoad(gateway.address, paths, plan.mixedPublicRate, plan.seconds, plan.connections),
    ]);
    const ratio = alone.latencyMs.p99 ? Math.round((mixedIntake.latencyMs.p99 / alone.latencyMs.p99) * 100) / 100 : '–';
    rows.push([
      `intake ${plan.intakeRate}/s with public ${plan.mixedPublicRate}/s`,
      mixedIntake.achievedRate,
      mixedIntake.requests,
      mixedIntake.latencyMs.p50,
      mixedIntake.latencyMs.p99,
      mixedIntake.errors,
      `${ratio}× alone (target ≤ ${STAFF_RATIO_TARGET})`,
    ]);
    rows.push([
      `  public ${plan.mixedPublicRate}/s meanwhile`,
      mixedPublic.achievedRate,
      mixedPublic.requests,
      mixedPublic.latencyMs.p50,
      mixedPublic.latencyMs.p99,
      mixedPublic.errors,
      '–',
    ]);
    figures.levels.push({ what: 'intake alone', ...alone }, { what: 'intake mixed', ...mixedIntake }, { what: 'public mixed', ...mixedPublic });
    for (const level of figures.levels)
      if (level.errors > 0) {
        const what = `${level.what}: ${level.errors} errors (status codes ${JSON.stringify(level.statusCodes)}, ${level.unanswered} unanswered)`;
        if (smoke) problems.push(what);
        else notesOfErrors.push(what);
      }
  } finally {
    await gateway.stop();
  }
  return {
    title: `The public site through the gateway (${paths.length} pages of a round of ${plan.size} proposals) and the staff's intake row, ${plan.seconds} s each (ms)`,
    columns: ['load', 'achieved/s', 'requests', 'p50', 'p99', 'errors', 'target'],
    rows,
    notes: [
      `Targets (issue 31): public p99 < ${PUBLIC_P99_TARGET_MS} ms at 200 req/s (ratio: p99 / target, below 1 meets it); the staff's p99 at most ${STAFF_RATIO_TARGET}× alone.`,
      'The rows start once every service has used at most 150 ms of CPU per second for 3 s (earlier renders done).',
      'Public pages: the front pages, every bilag as HTML and every proposal page of one publication, in turn, through the gateway (memory, kept while the version of the site, asked every PUBLIC_SITE_REVALIDATE_SECONDS, is unchanged).',
      'Intake row: committees create and submit proposals (POST /rounds/{id}/proposals, POST /proposals/{id}/submit) straight at intake, as in the intake benchmark.',
      `Requests evenly spaced at the rate (tools/bench/paced-load.mjs), at most ${plan.connections} in flight; latency from when each was due.`,
      ...notesOfErrors,
    ],
    problems,
    figures,
  };
}
