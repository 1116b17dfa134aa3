// CPU time the benchmark's service processes used (user + system, every thread, the render worker's too), read
// from /proc/<pid>/stat: the figure to drive on a machine shared with other work, where latencies measure its load.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_RUN_DIR } from './environment.mjs';

export const SERVICE_NAMES = ['intake', 'workflow', 'reporting'];
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

/** Each service's CPU milliseconds so far, summed over its instances. */
export function serviceCpuMs() {
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, pidsOf(name).reduce((sum, pid) => sum + cpuMsOf(pid), 0)]));
}

/** Each service's CPU milliseconds per second while nothing is asked of it (its polls and heartbeats), over `ms`. */
export async function idleCpuMsPerSecond(ms = 3000) {
  const before = serviceCpuMs();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = serviceCpuMs();
  const seconds = (performance.now() - started) / 1000;
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, (after[name] - before[name]) / seconds]));
}

/**
 * CPU milliseconds per request of each service since `before` (a serviceCpuMs reading taken at `startedAt`, a
 * performance.now()), less its idle use over that time: at a few requests per second the idle use would dominate.
 */
export function cpuMsPerRequest(before, startedAt, requests, idle) {
  const now = serviceCpuMs();
  const seconds = (performance.now() - startedAt) / 1000;
  const perRequest = (name) => (now[name] - before[name] - idle[name] * seconds) / requests;
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, requests ? Math.round(perRequest(name) * 10) / 10 : undefined]));
}
