// The three Budgetflow services, and the web stack (the development OpenID provider and the gateway with the web
// application), as background processes: built bundles, pid files and logs under .run/.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Starts each service that is not already running, then waits until every /health answers 200. */
export async function startServices(settings, runDir = defaultRunDir) {
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  for (const service of SERVICES) {
    const pid = runningPid(service.name, runDir);
    if (pid) {
      ok(`${service.name} is already running (pid ${pid})`);
      continue;
    }
    if (await health(service, settings))
      fail(`Something else answers on ${serviceUrl(service, settings)}; set ${service.portVariable} in .env to a free port.`);
    const out = openSync(logFile(service.name, runDir), 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist', 'apps', service.name, 'main.js')], {
      cwd: root,
      // withServiceUrls: where the services answer (intake forwards a committee's withdrawal to the workflow).
      env: { ...process.env, ...withServiceUrls(settings), ...DEVELOPMENT_TOKENS },
      detached: true,
      stdio: ['ignore', out, out],
    });
    child.unref();
    closeSync(out);
    writeFileSync(pidFile(service.name, runDir), String(child.pid));
    step(`Started ${service.name} (pid ${child.pid}, log ${shown(logFile(service.name, runDir))})`);
  }
  for (const service of SERVICES) await waitUntilHealthy(service, settings, runDir);
}

async function waitUntilHealthy(service, settings, runDir, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await health(service, settings);
    if (last?.status === 200) return last;
    const pid = runningPid(service.name, runDir);
    if (!pid) fail(`${service.name} stopped during start-up. Last lines of ${shown(logFile(service.name, runDir))}:\n${logTail(service.name, runDir)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  fail(
    `${service.name} did not become healthy within ${timeoutMs / 1000} s (last answer: ${JSON.stringify(last?.body)}). See ${shown(logFile(service.name, runDir))}.`,
  );
}

/** Stops the services started by npm start (SIGTERM; they finish their work and close connections). */
export async function stopServices(runDir = defaultRunDir) {
  for (const service of SERVICES) {
    const pid = runningPid(service.name, runDir);
    if (!pid) continue;
    if (await stopProcess(pid, 15_000)) ok(`Stopped ${service.name}`);
    else warn(`${service.name} did not stop within 15 s and was killed`);
    rmSync(pidFile(service.name, runDir), { force: true });
  }
}

/** The web stack: the development OpenID provider (only when OIDC_ISSUER is on this machine) and the gateway. */
export const WEB_PROCESSES = [
  {
    name: 'dev-idp',
    script: join('tools', 'oidc', 'dev-idp.mjs'),
    ready: (settings) => `${settings.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
  },
  { name: 'gateway', script: join('dist', 'apps', 'gateway', 'main.js'), ready: (settings) => `${settings.GATEWAY_PUBLIC_URL.replace(/\/$/, '')}/health` },
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

/** Starts the provider (when it is the development one) and the gateway, each unless already running; waits until both answer. */
export async function startWeb(settings, runDir = defaultRunDir) {
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const env = { ...process.env, ...withServiceUrls(settings) };
  const wanted = WEB_PROCESSES.filter((candidate) => candidate.name !== 'dev-idp' || usesDevelopmentProvider(settings));
  for (const web of wanted) {
    const pid = runningPid(web.name, runDir);
    if (pid) {
      ok(`${web.name} is already running (pid ${pid})`);
      continue;
    }
    if (await answers(web.ready(settings))) fail(`Something else answers at ${web.ready(settings)}; stop it or change the address in .env.`);
    const out = openSync(logFile(web.name, runDir), 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', join(root, web.script)], { cwd: root, env, detached: true, stdio: ['ignore', out, out] });
    child.unref();
    closeSync(out);
    writeFileSync(pidFile(web.name, runDir), String(child.pid));
    step(`Started ${web.name} (pid ${child.pid}, log ${shown(logFile(web.name, runDir))})`);
    const deadline = Date.now() + 60_000;
    while (!(await answers(web.ready(settings)))) {
      if (!runningPid(web.name, runDir))
        fail(`${web.name} stopped during start-up. Last lines of ${shown(logFile(web.name, runDir))}:\n${logTail(web.name, runDir)}`);
      if (Date.now() > deadline) fail(`${web.name} did not answer at ${web.ready(settings)} within 60 s. See ${shown(logFile(web.name, runDir))}.`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

export async function stopWeb(runDir = defaultRunDir) {
  for (const web of [...WEB_PROCESSES].reverse()) {
    const pid = runningPid(web.name, runDir);
    if (!pid) continue;
    if (await stopProcess(pid, 10_000)) ok(`Stopped ${web.name}`);
    else warn(`${web.name} did not stop within 10 s and was killed`);
    rmSync(pidFile(web.name, runDir), { force: true });
  }
}
