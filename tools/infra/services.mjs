// The three Budgetflow services, and the web stack (the development OpenID provider and the gateway with the web
// application), as background processes: built bundles, pid files and logs under .run/. With several instances
// (npm start -- --instances=N), each service and the gateway run N times on ports of their own and the load balancer
// (tools/infra/haproxy.mjs) listens on the configured ports, so every address stays the same.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_INSTANCES, startBalancer, stopBalancer } from './haproxy.mjs';
import { fail, ok, step, warn } from './log.mjs';
import { livePid, stopProcess } from './processes.mjs';
import { runBin } from './run.mjs';
import { root } from './settings.mjs';

/** The three services: their port variable, and where their Prisma schema lives and which variable holds their database URL. */
export const SERVICES = [
  { name: 'intake', portVariable: 'INTAKE_PORT', urlVariable: 'INTAKE_DATABASE_URL', directory: 'libs/intake/data-access' },
  { name: 'workflow', portVariable: 'WORKFLOW_PORT', urlVariable: 'WORKFLOW_DATABASE_URL', directory: 'libs/workflow/data-access' },
  { name: 'reporting', portVariable: 'REPORTING_PORT', urlVariable: 'REPORTING_DATABASE_URL', directory: 'libs/reporting/data-access' },
];

// The local services accept development tokens (HS256, JWT_SECRET) besides the provider's: the demo round, the
// tests and the benchmarks sign their own. Switched on here explicitly; a deployment leaves JWT_DEV_TOKENS off.
const DEVELOPMENT_TOKENS = { JWT_DEV_TOKENS: 'true' };

// Where npm start keeps pid files and logs; the benchmark runs its own set of services under another folder.
const defaultRunDir = join(root, '.run');
const pidFile = (name, runDir) => join(runDir, `${name}.pid`);
const logFile = (name, runDir) => join(runDir, 'logs', `${name}.log`);
const shown = (file) => file.slice(root.length + 1);
export const serviceUrl = (service, settings) => `http://${settings.HTTP_HOST ?? '127.0.0.1'}:${settings[service.portVariable]}`;

const runningPid = (name, runDir) => livePid(pidFile(name, runDir));

/** The number of instances asked for: INSTANCES, or --instances=N on the command line; 1 to MAX_INSTANCES. */
export function instanceCount(settings, args = process.argv.slice(2)) {
  const asked = args.find((arg) => arg.startsWith('--instances='))?.slice('--instances='.length) ?? settings.INSTANCES ?? '1';
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTANCES)
    fail(`INSTANCES (or --instances) must be a whole number from 1 to ${MAX_INSTANCES}, not «${asked}».`);
  return count;
}

/** Where instance `index` (1, 2, …) of a service listens when several run: 1000 above the configured port per instance (3101: 4101, 5101). */
export const instancePort = (port, index) => Number(port) + 1000 * index;

/**
 * The processes of one service (or the gateway): its own name and the configured port when one runs; name-1 … name-N
 * on ports of their own when several run behind the balancer. `settings` of each: the configured ones with its port.
 */
export function instancesOf(name, portVariable, settings, instances) {
  if (instances === 1) return [{ name, settings }];
  return Array.from({ length: instances }, (_, offset) => ({
    name: `${name}-${offset + 1}`,
    settings: { ...settings, [portVariable]: String(instancePort(settings[portVariable], offset + 1)) },
  }));
}

/** The names of a process's pid files under runDir: `name` and `name-1` … (whatever npm start started). */
function startedNames(name, runDir) {
  if (!existsSync(runDir)) return [];
  const pattern = new RegExp(`^${name}(-\\d+)?\\.pid$`);
  return readdirSync(runDir)
    .filter((file) => pattern.test(file))
    .map((file) => file.slice(0, -'.pid'.length));
}

/** GET /health of a service: { status: number, body } or undefined when nothing answers. */
export async function health(service, settings) {
  try {
    const response = await fetch(`${serviceUrl(service, settings)}/health`, { signal: AbortSignal.timeout(3000) });
    return { status: response.status, body: await response.json() };
  } catch {
    return undefined;
  }
}

export function buildServices() {
  step('Building the services (nx build; cached when nothing changed)');
  const status = runBin('nx', ['run-many', '-t', 'build', '-p', ...SERVICES.map((service) => service.name), '--outputStyle=dynamic-legacy']);
  if (status !== 0) fail('Building the services failed (see above).');
}

function logTail(name, runDir) {
  return existsSync(logFile(name, runDir)) ? readFileSync(logFile(name, runDir), 'utf8').trim().split('\n').slice(-15).join('\n') : '(no log)';
}

/** Starts each service (each of its instances) that is not already running, then waits until every /health answers 200. */
export async function startServices(settings, runDir = defaultRunDir, instances = 1) {
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const started = [];
  for (const service of SERVICES) {
    for (const instance of instancesOf(service.name, service.portVariable, settings, instances)) {
      started.push({ service, instance });
      const pid = runningPid(instance.name, runDir);
      if (pid) {
        ok(`${instance.name} is already running (pid ${pid})`);
        continue;
      }
      if (await health(service, instance.settings))
        fail(`Something else answers on ${serviceUrl(service, instance.settings)}; set ${service.portVariable} in .env to a free port.`);
      const out = openSync(logFile(instance.name, runDir), 'a');
      const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist', 'apps', service.name, 'main.js')], {
        cwd: root,
        // withServiceUrls: where the services answer (intake forwards a committee's withdrawal to the workflow), the
        // balancer when several instances run; the instance's own port after it.
        env: {
          ...process.env,
          ...withServiceUrls(settings),
          ...DEVELOPMENT_TOKENS,
          [service.portVariable]: instance.settings[service.portVariable],
          // Its name in /health.
          ...(instances > 1 ? { INSTANCE_ID: instance.name } : {}),
        },
        detached: true,
        stdio: ['ignore', out, out],
      });
      child.unref();
      closeSync(out);
      writeFileSync(pidFile(instance.name, runDir), String(child.pid));
      step(`Started ${instance.name} (pid ${child.pid}, log ${shown(logFile(instance.name, runDir))})`);
    }
  }
  for (const { service, instance } of started) await waitUntilHealthy(service, instance, runDir);
}

async function waitUntilHealthy(service, instance, runDir, timeoutMs = 60_000) {
  const { name, settings } = instance;
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await health(service, settings);
    if (last?.status === 200) return last;
    const pid = runningPid(name, runDir);
    if (!pid) fail(`${name} stopped during start-up. Last lines of ${shown(logFile(name, runDir))}:\n${logTail(name, runDir)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  fail(`${name} did not become healthy within ${timeoutMs / 1000} s (last answer: ${JSON.stringify(last?.body)}). See ${shown(logFile(name, runDir))}.`);
}

/** Stops the services started by npm start, every instance of them (SIGTERM; they finish their work and close connections). */
export async function stopServices(runDir = defaultRunDir) {
  for (const service of SERVICES) await stopNamed(service.name, runDir, 15_000);
}

async function stopNamed(name, runDir, timeoutMs) {
  for (const instance of startedNames(name, runDir)) {
    const pid = runningPid(instance, runDir);
    if (pid) {
      if (await stopProcess(pid, timeoutMs)) ok(`Stopped ${instance}`);
      else warn(`${instance} did not stop within ${timeoutMs / 1000} s and was killed`);
    }
    rmSync(pidFile(instance, runDir), { force: true });
  }
}

/** The web stack: the development OpenID provider (only when OIDC_ISSUER is on this machine) and the gateway. */
export const WEB_PROCESSES = [
  {
    name: 'dev-idp',
    script: join('tools', 'oidc', 'dev-idp.mjs'),
    ready: (settings) => `${settings.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
  },
  {
    name: 'gateway',
    script: join('dist', 'apps', 'gateway', 'main.js'),
    ready: (settings) => `${settings.GATEWAY_PUBLIC_URL.replace(/\/$/, '')}/health`,
    // Several gateways run behind the balancer, each asked on its own port.
    portVariable: 'GATEWAY_PORT',
    instanceReady: (settings) => `http://${settings.HTTP_HOST ?? '127.0.0.1'}:${settings.GATEWAY_PORT}/health`,
  },
];

/** Whether OIDC_ISSUER names the development provider (an address on this machine) rather than a real one. */
export const usesDevelopmentProvider = (settings) => ['127.0.0.1', 'localhost'].includes(new URL(settings.OIDC_ISSUER).hostname);

/** Where the three services answer (INTAKE_URL, WORKFLOW_URL, REPORTING_URL), from the ports unless set: for the gateway, and for a service that calls another. */
export function withServiceUrls(settings) {
  return {
    ...settings,
    INTAKE_URL: settings.INTAKE_URL || serviceUrl(SERVICES[0], settings),
    WORKFLOW_URL: settings.WORKFLOW_URL || serviceUrl(SERVICES[1], settings),
    REPORTING_URL: settings.REPORTING_URL || serviceUrl(SERVICES[2], settings),
  };
}

export function buildWeb() {
  step('Building the web application and the gateway (nx build; cached when nothing changed)');
  const status = runBin('nx', ['run-many', '-t', 'build', '-p', 'web', 'gateway', '--outputStyle=dynamic-legacy']);
  if (status !== 0) fail('Building the web application failed (see above).');
}

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).ok;
  } catch {
    return false;
  }
}

/** Starts the provider (when it is the development one) and the gateway (each instance), each unless already running; waits until they answer. */
export async function startWeb(settings, runDir = defaultRunDir, instances = 1) {
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const wanted = WEB_PROCESSES.filter((candidate) => candidate.name !== 'dev-idp' || usesDevelopmentProvider(settings));
  for (const web of wanted) {
    const several = web.portVariable && instances > 1;
    for (const instance of several ? instancesOf(web.name, web.portVariable, settings, instances) : [{ name: web.name, settings }]) {
      const ready = several ? web.instanceReady(instance.settings) : web.ready(settings);
      // Behind the balancer the gateway takes the browser's address from X-Forwarded-For (TRUSTED_PROXIES).
      const env = {
        ...process.env,
        ...withServiceUrls(settings),
        ...(several
          ? { [web.portVariable]: instance.settings[web.portVariable], TRUSTED_PROXIES: settings.HTTP_HOST || '127.0.0.1', INSTANCE_ID: instance.name }
          : {}),
      };
      const pid = runningPid(instance.name, runDir);
      if (pid) {
        ok(`${instance.name} is already running (pid ${pid})`);
        continue;
      }
      if (await answers(ready)) fail(`Something else answers at ${ready}; stop it or change the address in .env.`);
      const out = openSync(logFile(instance.name, runDir), 'a');
      const child = spawn(process.execPath, ['--enable-source-maps', join(root, web.script)], { cwd: root, env, detached: true, stdio: ['ignore', out, out] });
      child.unref();
      closeSync(out);
      writeFileSync(pidFile(instance.name, runDir), String(child.pid));
      step(`Started ${instance.name} (pid ${child.pid}, log ${shown(logFile(instance.name, runDir))})`);
      const deadline = Date.now() + 60_000;
      while (!(await answers(ready))) {
        if (!runningPid(instance.name, runDir))
          fail(`${instance.name} stopped during start-up. Last lines of ${shown(logFile(instance.name, runDir))}:\n${logTail(instance.name, runDir)}`);
        if (Date.now() > deadline) fail(`${instance.name} did not answer at ${ready} within 60 s. See ${shown(logFile(instance.name, runDir))}.`);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  }
}

export async function stopWeb(runDir = defaultRunDir) {
  for (const web of [...WEB_PROCESSES].reverse()) await stopNamed(web.name, runDir, 10_000);
}

/** The balancer's layout: it listens on the configured ports and sends each service's requests to its instances. */
export function balancerLayout(settings, instances) {
  const host = settings.HTTP_HOST || '127.0.0.1';
  const processes = [...SERVICES, { name: 'gateway', portVariable: 'GATEWAY_PORT' }];
  return {
    host,
    ports: Object.fromEntries(processes.map(({ name, portVariable }) => [name, settings[portVariable]])),
    servers: Object.fromEntries(
      processes.map(({ name, portVariable }) => [
        name,
        instancesOf(name, portVariable, settings, instances).map((instance) => `${host}:${instance.settings[portVariable]}`),
      ]),
    ),
  };
}

/** Everything npm start runs: the services and the web stack, and with several instances the balancer in front of them. */
export async function startDeployment(settings, instances = 1, runDir = defaultRunDir) {
  await startServices(settings, runDir, instances);
  await startWeb(settings, runDir, instances);
  if (instances > 1) await startBalancer(balancerLayout(settings, instances), runDir);
}

/** Stops what startDeployment started, the balancer first (no request reaches an instance that is stopping). */
export async function stopDeployment(runDir = defaultRunDir) {
  await stopBalancer(runDir);
  await stopWeb(runDir);
  await stopServices(runDir);
}
