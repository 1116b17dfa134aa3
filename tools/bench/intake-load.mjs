// Intake under load (issues 8 and 18): committee secretariats create drafts and submit them at fixed request rates,
// and for each rate how long intake took to answer, how long its events waited in the outbox before Kafka had them,
// and how much CPU each service spent per request until the workflow and reporting services had applied its events.
import pg from 'pg';
import { ApiClient } from '../demo/api-client.mjs';
import { roundBody } from '../demo/run-budget-round.mjs';
import { loadTs } from '../infra/load-ts.mjs';
import { consumersCaughtUp } from './consumer-lag.mjs';
import { SERVICE_NAMES, SUPPORT_NAMES, cpuMsPerRequest, idleCpuMsPerSecond, serviceCpuMs, servicesIdle } from './service-cpu.mjs';
import { pacedLoad } from './paced-load.mjs';
import { latencySummary } from './statistics.mjs';
import { ratioTo } from './targets.mjs';

const FULL = { warmUp: { rate: 50, seconds: 3 }, rates: [50, 100, 200, 400], seconds: 10, connections: 40 };
// Two seconds, as the first requests to freshly started services take most of a second.
const SMOKE = { warmUp: null, rates: [20], seconds: 2, connections: 5 };
const BACKLOG_TIMEOUT_MS = 60_000;
const CATCH_UP_TIMEOUT_MS = 5 * 60_000;
// Before each rate, the services finish what the one before left them (reporting renders the bilag of a round once it
// has been quiet for 1.5 s): each uses no more than its idle CPU for this long.
const QUIET_SECONDS = 3;
// Issue 18's targets: p99 under 50 ms at up to 200 requests/s, and no errors at 400/s.
const P99_TARGET_MS = 50;
const P99_TARGET_UP_TO_RATE = 200;
const NO_ERRORS_AT_RATE = 400;

const domain = () => loadTs('libs/shared/domain/src/index.ts');

/** A copy of the Budget 2026 demo round under a name of its own, as POST /rounds takes it. */
export function benchRoundBody(label) {
  const { budget2026Round: round } = domain();
  return { ...roundBody(round), name: `${label} ${new Date().toISOString()}` };
}

/**
 * Endless valid proposals for one round: the ten demo proposals in turn, each with the next reference of its
 * committee. The references are given rather than left to intake, which would hand the same "next free" one to
 * drafts created at the same moment (409). A committee has at most 999 (B26-SU-999); with three of the ten demo
 * proposals per committee at most, that allows some 3,300 drafts per round.
 */
export function proposalInputs() {
  const { budget2026Round: round, budget2026Proposals: demo, formatProposalReference } = domain();
  const used = {};
  let count = 0;
  return () => {
    const template = demo[count++ % demo.length];
    const sequence = (used[template.committee] = (used[template.committee] ?? 0) + 1);
    return { ...template, reference: formatProposalReference(round.budgetYear, template.committee, sequence) };
  };
}

export async function run({ smoke, urls, token, settings, instances = 1 }) {
  const plan = smoke ? SMOKE : FULL;
  const committees = domain().budget2026Round.committees.filter((committee) => committee.kind === 'fagudvalg');
  const office = new ApiClient(urls.intake, await token('budget_office'));
  const auth = {};
  for (const { code } of committees) auth[code] = `Bearer ${await token('committee_secretariat', code)}`;
  const db = new pg.Client({ connectionString: settings.INTAKE_DATABASE_URL });
  await db.connect();
  const problems = [];
  const levels = [];
  const reportingDb = new pg.Client({ connectionString: settings.REPORTING_DATABASE_URL });
  await reportingDb.connect();
  const target = { url: urls.intake, office, auth, db, reportingDb, problems, topicPrefix: settings.KAFKA_TOPIC_PREFIX || '' };
  try {
    // Before any load: nothing of this run's is rendered yet, so this is the services' own idle use.
    target.idleCpu = await idleCpuMsPerSecond();
    if (plan.warmUp) await level(target, { ...plan.warmUp, connections: plan.connections, label: 'warm-up' });
    for (const rate of plan.rates) {
      if (!smoke && !(await servicesIdle({ quietSeconds: QUIET_SECONDS })))
        problems.push(`${rate} req/s: the services were still busy with the rate before when this one started`);
      levels.push(await level(target, { rate, seconds: plan.seconds, connections: plan.connections, label: `${rate} req/s` }));
    }
  } finally {
    await db.end();
    await reportingDb.end();
  }
  for (const result of levels) {
    // A 4xx means the benchmark sent something intake rightly refused: its figures would measure the wrong thing.
    const refused = Object.entries(result.statusCodes).filter(([status]) => status.startsWith('4'));
    if (refused.length)
      problems.push(`${result.offeredRate} req/s: intake refused requests (${refused.map(([status, count]) => `${count}× ${status}`).join(', ')})`);
    if (!result.statusCodes['201'] || !result.statusCodes['200'])
      problems.push(`${result.offeredRate} req/s: no proposal was both created (201) and submitted (200)`);
    if (smoke && result.errors > 0)
      problems.push(
        `${result.offeredRate} req/s: ${result.errors} request errors (non-2xx ${result.non2xx}, socket errors ${result.socketErrors}, timeouts ${result.timeouts})`,
      );
  }
  return {
    title: `Intake under load: create and submit proposals, ${plan.seconds} s per rate, ${plan.connections} connections${instances > 1 ? `, ${instances} instances of each service behind the load balancer (CPU: all instances together)` : ''} (ms)`,
    columns: [
      'offered',
      'achieved/s',
      'requests',
      'p50',
      'p95',
      'p99',
      'p99 target',
      'ratio',
      'max',
      'errors',
      'target',
      ...SERVICE_NAMES.map((name) => `${name} CPU/req`),
      'services',
      ...SUPPORT_NAMES,
      'outbox p50',
      'p95',
      'p99',
      'max',
    ],
    rows: levels.map((result) => [
      `${result.offeredRate}/s`,
      result.achievedRate,
      result.requests,
      result.latencyMs.p50,
      result.latencyMs.p95,
      result.latencyMs.p99,
      result.offeredRate <= P99_TARGET_UP_TO_RATE ? `< ${P99_TARGET_MS}` : '–',
      result.offeredRate <= P99_TARGET_UP_TO_RATE ? ratioTo(result.latencyMs.p99, P99_TARGET_MS) : '–',
      result.latencyMs.max,
      result.errors,
      result.offeredRate <= NO_ERRORS_AT_RATE ? `0 (${result.errors === 0 ? 'met' : 'missed'})` : '–',
      ...SERVICE_NAMES.map((name) => result.cpuMsPerRequest[name]),
      result.cpuMsPerRequest.services,
      ...SUPPORT_NAMES.map((name) => result.cpuMsPerRequest[name]),
      result.outboxLagMs.p50,
      result.outboxLagMs.p95,
      result.outboxLagMs.p99,
      result.outboxLagMs.max,
    ]),
    notes: [
      `Targets (issue 18): p99 < ${P99_TARGET_MS} ms at ${P99_TARGET_UP_TO_RATE} req/s (shown for every rate up to it); no errors at ${NO_ERRORS_AT_RATE} req/s. Ratio: figure / target (below 1 meets it).`,
      'CPU/req: CPU milliseconds (user + system, all threads, from /proc/<pid>/stat) each service spent from the start of the load until both consumers',
      `  had applied every event, less its idle use (measured for 3 s before the load: ${[...SERVICE_NAMES, ...SUPPORT_NAMES].map((name) => `${name} ${Math.round(target.idleCpu[name])}`).join(', ')} ms/s), divided by the requests answered.`,
      '  services: the three together (issue 32: at most 10 ms). Beside them, the same for PostgreSQL (every postgres process), the Kafka broker, the load',
      '  balancer (every haproxy process; 0 with one instance) and the load generator (this process): what else a request costs on the same cores.',
      `  2 cores at ${P99_TARGET_UP_TO_RATE} req/s leave 10 ms per request for all three services, PostgreSQL, Kafka and the load.`,
      ...levels
        .filter((result) => result.bilagStored > 0)
        .map((result) => `${result.offeredRate}/s: reporting rendered ${result.bilagStored} bilag in the window (its CPU/req includes them).`),
      'The requests alternate POST /rounds/{id}/proposals and POST /proposals/{id}/submit (of a draft created before); one fresh round per rate.',
      ...(smoke
        ? []
        : [
            `Each rate starts once every service has used at most 150 ms of CPU per second for ${QUIET_SECONDS} s: reporting renders the bilag of a round quiet for`,
            "  1.5 s, so the round of the rate before is rendered first instead of in the next rate's window (a catalogue of 1,000 proposals takes seconds of a core).",
          ]),
      `Requests evenly spaced at the offered rate (tools/bench/paced-load.mjs), at most ${plan.connections} in flight; latency from when each was due, so a wait for a free connection counts.`,
      "Outbox lag: published_at - created_at of the round's outbox rows. Both are now(), the start of their transactions: it runs from the start of the",
      "  request's transaction to the start of the relay transaction that sent the event (the Kafka send comes after it).",
      ...(plan.warmUp ? [`Warm-up (not reported): ${plan.warmUp.seconds} s at ${plan.warmUp.rate} req/s.`] : []),
      ...levels.filter((result) => result.non2xx > 0).map((result) => `${result.offeredRate}/s status codes: ${JSON.stringify(result.statusCodes)}`),
    ],
    problems,
    figures: { ...plan, levels },
  };
}

/** One rate: a fresh round, the load, then waiting for the outbox to empty and reading its lag. */
async function level({ url, office, auth, db, reportingDb, problems, topicPrefix, idleCpu }, { rate, seconds, connections, label }) {
  const { id: roundId } = await office.post('/rounds', benchRoundBody(`Benchmark intake ${label}`));
  const [{ position: before }] = (await db.query('SELECT coalesce(max(position), 0)::text AS position FROM outbox_event')).rows;
  const next = proposalInputs();
  const cpuBefore = serviceCpuMs();
  const cpuStarted = performance.now();
  const windowStarted = new Date();
  const result = await pacedLoad({ url, rate, seconds, connections, ...createAndSubmitRequests(roundId, auth, next) });
  const { latencies } = result;
  const loadEnded = Date.now();
  const drained = await outboxDrained(db, before, roundId);
  if (!drained) problems.push(`${label}: the outbox still had unpublished events of the round ${BACKLOG_TIMEOUT_MS / 1000} s after the load`);
  if (!(await consumersCaughtUp(topicPrefix, CATCH_UP_TIMEOUT_MS)))
    problems.push(`${label}: the consumers had not applied every event ${CATCH_UP_TIMEOUT_MS / 1000} s after the outbox drained`);
  const cpu = cpuMsPerRequest(cpuBefore, cpuStarted, latencies.length, idleCpu);
  // The background renderer may render an earlier level's round in this window: its CPU counts as reporting's.
  const [{ stored }] = (await reportingDb.query('SELECT count(*)::int AS stored FROM stored_report WHERE created_at >= $1', [windowStarted])).rows;
  const lags = (
    await db.query(
      `SELECT extract(epoch FROM published_at - created_at) * 1000 AS lag FROM outbox_event
       WHERE position > $1 AND envelope->'payload'->'proposal'->>'roundId' = $2 AND published_at IS NOT NULL`,
      [before, roundId],
    )
  ).rows.map((row) => Number(row.lag));
  const socketErrors = result.errors - result.timeouts;
  return {
    offeredRate: rate,
    seconds: result.duration,
    achievedRate: Math.round((latencies.length / result.duration) * 10) / 10,
    requests: latencies.length,
    latencyMs: latencySummary(latencies),
    errors: result.non2xx + result.errors,
    non2xx: result.non2xx,
    socketErrors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodes,
    events: lags.length,
    outboxLagMs: { ...latencySummary(lags), min: lags.length ? Math.round(Math.min(...lags) * 10) / 10 : undefined },
    outboxDrainMs: drained ? Date.now() - loadEnded : null,
    cpuMsPerRequest: cpu,
    idleCpuMsPerSecond: Object.fromEntries(Object.entries(idleCpu).map(([name, ms]) => [name, Math.round(ms * 10) / 10])),
    bilagStored: stored,
  };
}

function json(authorization) {
  return { 'content-type': 'application/json', authorization };
}

/** Waits until every event of the round written after `before` is on Kafka; false on timeout. */
async function outboxDrained(db, before, roundId) {
  const deadline = Date.now() + BACKLOG_TIMEOUT_MS;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS waiting FROM outbox_event
       WHERE position > $1 AND published_at IS NULL AND envelope->'payload'->'proposal'->>'roundId' = $2`,
      [before, roundId],
    );
    if (rows[0].waiting === 0) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The intake row's two requests as the paced load sends them, in turn: create the next proposal as its committee,
 * then submit the oldest draft created and not yet submitted (a create instead while none has been answered yet).
 * `auth` maps a committee code to its Authorization header; `next` gives the next proposal's input.
 */
export function createAndSubmitRequests(roundId, auth, next) {
  const drafts = [];
  let submitTurn = false;
  return {
    nextRequest: () => {
      submitTurn = !submitTurn;
      const draft = submitTurn ? drafts.shift() : undefined;
      if (draft) {
        const body = JSON.stringify({ version: draft.version });
        return { method: 'POST', path: `/proposals/${draft.id}/submit`, headers: json(auth[draft.committee]), body };
      }
      const input = next();
      return { method: 'POST', path: `/rounds/${roundId}/proposals`, headers: json(auth[input.committee]), body: JSON.stringify(input) };
    },
    onAnswer: (request, status, body) => {
      if (status !== 201) return;
      const proposal = JSON.parse(body);
      drafts.push({ id: proposal.id, version: proposal.version, committee: proposal.committee });
    },
  };
}
