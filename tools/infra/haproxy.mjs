// The load balancer of `npm start -- --instances=N` and the multi-instance tests: Debian's HAProxy, installed on first
// use, run in the foreground with the repository's configuration (tools/haproxy/haproxy.cfg), which takes the
// frontends' ports and each backend's instances from environment variables.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok, runMain, step, warn } from './log.mjs';
import { livePid, stopProcess } from './processes.mjs';
import { root } from './settings.mjs';

export const HAPROXY_CONFIG = join(root, 'tools', 'haproxy', 'haproxy.cfg');
/** The configuration has room for this many instances of each service. */
export const MAX_INSTANCES = 4;
// Debian puts haproxy in /usr/sbin, which is not on every user's PATH.
const defaultSearchPath = () => [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin'].filter(Boolean);

/** The haproxy executable on the search path, or undefined. */
export function findHaproxy(searchPath = defaultSearchPath()) {
  for (const directory of searchPath) {
    const candidate = join(directory, 'haproxy');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Debian's haproxy package, installed on first use (as root), as the browser tests do with Chromium; its path. */
export function ensureHaproxy(searchPath = defaultSearchPath()) {
  const found = findHaproxy(searchPath);
  if (found) return found;
  if (process.getuid?.() !== 0) fail("Several instances run behind HAProxy: install Debian's package with `sudo apt-get install haproxy`.");
  step('Installing HAProxy from Debian (apt-get install haproxy; once)');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'haproxy'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0) fail('apt-get install haproxy failed (see above).');
  }
  const installed = findHaproxy(searchPath);
  if (!installed) fail('apt-get installed haproxy, but it is not on the PATH or in /usr/sbin.');
  ok('HAProxy installed');
  return installed;
}

/**
 * The configuration's variables: where the frontends listen (the configured ports) and each backend's servers.
 * `servers` maps a service name (intake, workflow, reporting, gateway) to its instances' host:port.
 */
export function balancerEnv({ host, ports, servers, statsSocket }) {
  const env = { BALANCER_HOST: host, BALANCER_STATS_SOCKET: statsSocket };
  for (const [name, port] of Object.entries(ports)) env[`${name.toUpperCase()}_PORT`] = String(port);
  for (const [name, addresses] of Object.entries(servers)) {
    if (addresses.length > MAX_INSTANCES) fail(`At most ${MAX_INSTANCES} instances of ${name} (tools/haproxy/haproxy.cfg has room for that many).`);
    addresses.forEach((address, index) => (env[`${name.toUpperCase()}_SERVER_${index + 1}`] = address));
  }
  return env;
}

const pidFile = (runDir) => join(runDir, 'haproxy.pid');
const logFile = (runDir) => join(runDir, 'logs', 'haproxy.log');
export const statsSocketOf = (runDir) => join(runDir, 'haproxy.sock');

/** Whether something accepts connections on host:port. */
export function listening(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts HAProxy in the foreground (-db), detached, with its pid under runDir; waits until every frontend listens. */
export async function startBalancer({ host, ports, servers }, runDir) {
  const haproxy = ensureHaproxy();
  if (livePid(pidFile(runDir))) {
    ok(`The load balancer is already running (pid ${livePid(pidFile(runDir))})`);
    return;
  }
  for (const [name, port] of Object.entries(ports))
    if (await listening(host, port)) fail(`Something else listens on ${host}:${port} (${name}); stop it (npm stop) or change the port in .env.`);
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  rmSync(statsSocketOf(runDir), { force: true });
  const env = { ...process.env, ...balancerEnv({ host, ports, servers, statsSocket: statsSocketOf(runDir) }) };
  const check = spawnSync(haproxy, ['-c', '-f', HAPROXY_CONFIG], { env, encoding: 'utf8' });
  if (check.status !== 0) fail(`HAProxy refuses its configuration:\n${check.stdout}${check.stderr}`);
  const out = openSync(logFile(runDir), 'a');
  const child = spawn(haproxy, ['-db', '-f', HAPROXY_CONFIG], { cwd: root, env, detached: true, stdio: ['ignore', out, out] });
  child.unref();
  closeSync(out);
  writeFileSync(pidFile(runDir), String(child.pid));
  step(`Started the load balancer, HAProxy (pid ${child.pid}, log ${relative(root, logFile(runDir))})`);
  const deadline = Date.now() + 20_000;
  for (const [name, port] of Object.entries(ports)) {
    while (!(await listening(host, port))) {
      if (!livePid(pidFile(runDir))) fail(`HAProxy stopped during start-up; see ${relative(root, logFile(runDir))}.`);
      if (Date.now() > deadline) fail(`HAProxy did not listen on ${host}:${port} (${name}) within 20 s.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function stopBalancer(runDir) {
  const pid = livePid(pidFile(runDir));
  if (!pid) return;
  if (await stopProcess(pid, 5_000)) ok('Stopped the load balancer');
  else warn('The load balancer did not stop within 5 s and was killed');
  rmSync(pidFile(runDir), { force: true });
  rmSync(statsSocketOf(runDir), { force: true });
}

/** `show stat` on the statistics socket: one row per frontend, backend and server, by HAProxy's column names. */
export function balancerStats(socketPath) {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(socketPath, () => socket.end('show stat\n'));
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (text += chunk));
    socket.once('error', reject);
    socket.once('end', () => {
      const [header, ...lines] = text.trim().split('\n');
      const columns = header.replace(/^# /, '').split(',');
      resolve(lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value]))));
    });
  });
}

// `node tools/infra/haproxy.mjs start <run dir> '<layout as JSON>' | stop <run dir> | stats <run dir>`: the tests
// (TypeScript, under jest) run the balancer through this, the same code as npm start's.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, runDir, layout] = process.argv.slice(2);
  await runMain(async () => {
    if (command === 'start') await startBalancer(JSON.parse(layout), runDir);
    else if (command === 'stop') await stopBalancer(runDir);
    else if (command === 'stats') console.log(JSON.stringify(await balancerStats(statsSocketOf(runDir))));
    else fail('Usage: node tools/infra/haproxy.mjs start <run dir> <layout JSON> | stop <run dir> | stats <run dir>');
  });
}
