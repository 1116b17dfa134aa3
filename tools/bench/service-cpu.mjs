// CPU time the benchmark's service processes used (user + system, every thread, the render worker's too), read
// from /proc/<pid>/stat: the figure to drive on a machine shared with other work, where latencies measure its load.
// Beside them what the rest of a request costs on the same 2 cores: PostgreSQL (every postgres process of the
// server: the services' connections and its background workers), the Kafka broker, HAProxy (with several
// instances), and the load generator itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../infra/settings.mjs';
import { BENCH_RUN_DIR } from './environment.mjs';

export const SERVICE_NAMES = ['intake', 'workflow', 'reporting'];
export const SUPPORT_NAMES = ['postgres', 'kafka', 'balancer', 'load'];
const NAMES = [...SERVICE_NAMES, ...SUPPORT_NAMES];
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces: state is the first, utime the 12th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

// The pid files of a service's processes: `intake.pid` alone, or `intake-1.pid` … with several instances.
function pidsOf(name) {
  const pattern = new RegExp(`^${name}(-\\d+)?\\.pid$`);
  const files = existsSync(BENCH_RUN_DIR) ? readdirSync(BENCH_RUN_DIR).filter((file) => pattern.test(file)) : [];
  return files.map((file) => readFileSync(join(BENCH_RUN_DIR, file), 'utf8').trim());
}

// Every process of that name: postgres (a connection's process that ended meanwhile takes its time with it: the
// services' pools keep theirs open), haproxy (the load balancer, with several instances).
function pidsNamed(name) {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && commOf(entry) === name);
}

function commOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function brokerPids() {
  const file = join(root, '.infra', process.env.KAFKA_INSTANCE || 'kafka', 'broker.pid');
  return existsSync(file) ? [readFileSync(file, 'utf8').trim()] : [];
}

const sumOf = (pids) => pids.reduce((sum, pid) => sum + (existsSync(`/proc/${pid}/stat`) ? cpuMsOf(pid) : 0), 0);

/** CPU milliseconds so far of each service (summed over its instances), PostgreSQL, the broker and this process. */
export function serviceCpuMs() {
  const own = process.cpuUsage();
  return {
    ...Object.fromEntries(SERVICE_NAMES.map((name) => [name, sumOf(pidsOf(name))])),
    postgres: sumOf(pidsNamed('postgres')),
    kafka: sumOf(brokerPids()),
    balancer: sumOf(pidsNamed('haproxy')),
    load: (own.user + own.system) / 1000,
  };
}

/** Each service's CPU milliseconds per second while nothing is asked of it (its polls and heartbeats), over `ms`. */
export async function idleCpuMsPerSecond(ms = 3000) {
  const before = serviceCpuMs();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = serviceCpuMs();
  const seconds = (performance.now() - started) / 1000;
  return Object.fromEntries(NAMES.map((name) => [name, (after[name] - before[name]) / seconds]));
}

/**
 * CPU milliseconds per request of each service since `before` (a serviceCpuMs reading taken at `startedAt`, a
 * performance.now()), less its idle use over that time: at a few requests per second the idle use would dominate.
 */
export function cpuMsPerRequest(before, startedAt, requests, idle) {
  const now = serviceCpuMs();
  const seconds = (performance.now() - startedAt) / 1000;
  const perRequest = (name) => (now[name] - before[name] - idle[name] * seconds) / requests;
  const each = Object.fromEntries(NAMES.map((name) => [name, requests ? Math.round(perRequest(name) * 10) / 10 : undefined]));
  const services = requests ? Math.round(SERVICE_NAMES.reduce((sum, name) => sum + perRequest(name), 0) * 10) / 10 : undefined;
  return { ...each, services };
}

/**
 * Waits until every service has used at most `maxMsPerSecond` of CPU per second (idle, they use 70–80: polls and
 * heartbeats) for `quietSeconds` seconds in a row: their work of earlier load is done (a catalogue rendered in the
 * background stores nothing for seconds, so the database cannot tell). Returns false after `timeoutMs`.
 */
export async function servicesIdle({ maxMsPerSecond = 150, quietSeconds = 3, timeoutMs = 10 * 60_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  let quiet = 0;
  let before = serviceCpuMs();
  while (performance.now() < deadline) {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = serviceCpuMs();
    const seconds = (performance.now() - started) / 1000;
    const busy = SERVICE_NAMES.some((name) => (now[name] - before[name]) / seconds > maxMsPerSecond);
    before = now;
    quiet = busy ? 0 : quiet + 1;
    if (quiet >= quietSeconds) return true;
  }
  return false;
}
