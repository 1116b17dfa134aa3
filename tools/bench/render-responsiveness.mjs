// Whether the reporting service stays responsive while it renders a large catalogue (issue 18): right after a
// change to a round of `size` submitted proposals its catalogue is asked for, and until it arrives /health and a
// 304 request of a stored fact sheet are sent one after the other; their latencies are the figures.
import { performance } from 'node:perf_hooks';
import { waitFor } from '../demo/api-client.mjs';
import { settle, submittedRound } from './bench-round.mjs';
import { servicesIdle } from './service-cpu.mjs';
import { latencySummary } from './statistics.mjs';

const FULL = { proposals: 1000 };
const SMOKE = { proposals: 5 };
const CATCH_UP_TIMEOUT_MS = 15 * 60_000;
const QUIET_SECONDS = 5;
const PROBE_PAUSE_MS = 10;

export async function run({ smoke, urls, token }) {
  const { proposals: size } = smoke ? SMOKE : FULL;
  const { roundId, submitted, office, reader } = await submittedRound({ urls, token, size, label: 'Benchmark render responsiveness' });
  const shown = async (check) => {
    const { proposals } = await reader.get(`/rounds/${roundId}/reports`).catch(() => ({ proposals: [] }));
    return proposals.length === size && check(proposals) ? true : undefined;
  };
  await waitFor('the reporting service to show every submitted proposal', () => shown(() => true), CATCH_UP_TIMEOUT_MS);
  if (!smoke && !(await servicesIdle({ quietSeconds: QUIET_SECONDS, timeoutMs: CATCH_UP_TIMEOUT_MS })))
    throw new Error(`The services were still busy ${CATCH_UP_TIMEOUT_MS / 60_000} minutes after the round was set up`);
  // The reports and the fact sheet the probe asks for, stored (the background renderer has stored the rest).
  const [changed, unchanged] = submitted;
  await settle(reader, roundId, unchanged.id);

  // The change: the budget office returns the first proposal, which changes the catalogue (it shows each state).
  await office.workflow.post(`/proposals/${changed.id}/return`, { remark: 'Benchmark: sendt tilbage.', version: changed.version });
  await waitFor(
    'the reporting service to show the return',
    () => shown((proposals) => proposals.some((proposal) => proposal.id === changed.id && proposal.state === 'returned')),
    CATCH_UP_TIMEOUT_MS,
  );
  const { factSheets } = await reader.get(`/rounds/${roundId}/reports`);
  const sheet = factSheets.find((candidate) => candidate.href.includes(unchanged.id));

  const get = (path, headers = {}) => fetch(`${reader.baseUrl}${path}`, { headers: { Authorization: `Bearer ${reader.token}`, ...headers } });
  const started = performance.now();
  let catalogueMs;
  const catalogue = get(`/rounds/${roundId}/reports/katalog`).then(async (response) => {
    const bytes = await response.arrayBuffer();
    if (response.status !== 200 || bytes.byteLength === 0) throw new Error(`GET katalog answered ${response.status}`);
    catalogueMs = performance.now() - started;
  });
  const health = [];
  const notModified = [];
  const problems = [];
  do {
    const t0 = performance.now();
    const up = await get('/health');
    await up.arrayBuffer();
    health.push(performance.now() - t0);
    const t1 = performance.now();
    const cached = await get(sheet.href, { 'If-None-Match': sheet.etag });
    await cached.arrayBuffer();
    notModified.push(performance.now() - t1);
    if (up.status !== 200) problems.push(`/health answered ${up.status}`);
    if (cached.status !== 304) problems.push(`the stored fact sheet answered ${cached.status}, not 304`);
    await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
  } while (catalogueMs === undefined && !problems.length);
  await catalogue;

  const figures = { proposals: size, catalogueMs: Math.round(catalogueMs), healthMs: latencySummary(health), notModifiedMs: latencySummary(notModified) };
  const row = (label, summary) => [label, summary.count, summary.p50, summary.p95, summary.p99, summary.max];
  return {
    title: `The reporting service while it renders the catalogue of ${size} proposals (ms)`,
    columns: ['request', 'count', 'p50', 'p95', 'p99', 'max'],
    rows: [row('GET /health', figures.healthMs), row('GET faktaark, If-None-Match (304)', figures.notModifiedMs)],
    notes: [
      'Target (issue 18): p99 of both < 100 ms while the catalogue of 1,000 proposals renders.',
      `The catalogue, asked for right after the budget office returned a proposal, arrived after ${(catalogueMs / 1000).toFixed(1)} s (loading, rendering in a worker thread, storing).`,
      `Probes one after the other, ${PROBE_PAUSE_MS} ms apart, from the catalogue request until it arrived; the 304 request loads the round to check the ETag.`,
    ],
    problems: problems.slice(0, 5),
    figures,
  };
}
