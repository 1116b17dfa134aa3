// One deployment for the multi-instance and chaos tests: the services (and optionally the gateway) as the built
// bundles, each run `instances` times, on their own databases and topic prefix; with more than one instance, the
// load balancer in front (HAProxy with tools/haproxy/haproxy.cfg, started by tools/infra/haproxy.mjs as npm start
// does) on the deployment's public ports; with the gateway, the development OpenID provider its people sign in with
// (the region's own in production: never killed). Every process is a child of the test, so that a crash fails it at once.
import { Browser, signInAtGateway } from '@budgetflow/testing';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ServiceUrls } from './budget-round-scenario';

const run = promisify(execFile);
export const root = join(__dirname, '..', '..', '..', '..', '..');
export const CHAOS_DIR = join(root, '.run', 'chaos');
export const SERVICES = ['intake', 'workflow', 'reporting'] as const;
export type Service = (typeof SERVICES)[number];
export type Process = Service | 'gateway';
/** The password of every demo user at the deployment's development provider. */
const PROVIDER_PASSWORD = 'chaos-password';

export const progress = (line: string) => {
  mkdirSync(CHAOS_DIR, { recursive: true });
  appendFileSync(join(CHAOS_DIR, 'progress.log'), `${new Date().toISOString()} ${line}\n`);
};

// A child ended by a signal has exitCode null and signalCode set: both mean it is gone.
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export interface DeploymentOptions {
  name: string;
  instances: number;
  /** Database URL of each process (the gateway's: its session tables). */
  databases: Partial<Record<Process, string>>;
  prefix: string;
  brokers: string;
  /** The first of 4 × (instances + 1) + 1 free ports: the public ones, then each instance's, then the provider's. */
  basePort: number;
  /** Whether the gateway (and the development provider) runs too (needs databases.gateway). */
  gateway: boolean;
}

/** HAProxy's counters of one server (instance) of a backend. */
export interface ServerStats {
  backend: string;
  server: string;
  status: string;
  requests: number;
}

export class Deployment {
  private readonly processes = new Map<string, ChildProcess>();
  private readonly killing = new Set<ChildProcess>();
  readonly urls: ServiceUrls;
  readonly processNames: Process[];
  /** Rejects when a process exits that nobody stopped (a crash): the test then fails at once, naming it. */
  readonly crashed: Promise<never>;
  private crash!: (error: Error) => void;
  private balancerStarted = false;

  constructor(private readonly options: DeploymentOptions) {
    this.processNames = [...SERVICES, ...(options.gateway ? (['gateway'] as const) : [])];
    this.urls = { intake: () => this.publicUrl('intake'), workflow: () => this.publicUrl('workflow'), reporting: () => this.publicUrl('reporting') };
    this.crashed = new Promise<never>((_, reject) => (this.crash = reject));
    this.crashed.catch(() => undefined);
  }

  get name(): string {
    return this.options.name;
  }

  get brokers(): string {
    return this.options.brokers;
  }

  get prefix(): string {
    return this.options.prefix;
  }

  get instances(): number {
    return this.options.instances;
  }

  private port(process: Process, instance: number): number {
    // One instance listens on the public port itself; several on theirs, behind the balancer.
    const slot = this.options.instances === 1 ? 0 : instance;
    return this.options.basePort + slot * 4 + ['intake', 'workflow', 'reporting', 'gateway'].indexOf(process);
  }

  /** The address clients use: the balancer's, or the one instance's. */
  publicUrl(process: Process): string {
    return `http://127.0.0.1:${this.port(process, 0)}`;
  }

  /** The development OpenID provider's address (its issuer), which the gateway and the services trust. */
  get issuer(): string {
    return `http://127.0.0.1:${this.options.basePort + (this.options.instances + 1) * 4}`;
  }

  /** One instance's own address (1, 2, …), past the balancer. */
  instanceUrl(process: Process, instance: number): string {
    return `http://127.0.0.1:${this.port(process, instance)}`;
  }

  private label(process: Process, instance: number): string {
    return this.options.instances === 1 ? process : `${process}-${instance}`;
  }

  private runDir(): string {
    return join(CHAOS_DIR, `${this.options.name}-balancer`);
  }

  private env(process: Process, instance: number): NodeJS.ProcessEnv {
    const { databases } = this.options;
    return {
      ...globalThis.process.env,
      INTAKE_DATABASE_URL: databases.intake,
      WORKFLOW_DATABASE_URL: databases.workflow,
      REPORTING_DATABASE_URL: databases.reporting,
      GATEWAY_DATABASE_URL: databases.gateway,
      INTAKE_PORT: String(this.port('intake', instance)),
      WORKFLOW_PORT: String(this.port('workflow', instance)),
      REPORTING_PORT: String(this.port('reporting', instance)),
      GATEWAY_PORT: String(this.port('gateway', instance)),
      // The others through the balancer, as npm start has it.
      INTAKE_URL: this.publicUrl('intake'),
      WORKFLOW_URL: this.publicUrl('workflow'),
      REPORTING_URL: this.publicUrl('reporting'),
      GATEWAY_PUBLIC_URL: this.publicUrl('gateway'),
      TRUSTED_PROXIES: '127.0.0.1',
      OIDC_ISSUER: this.issuer,
      JWT_TRUSTED_ISSUERS: this.issuer,
      // Its name in /health.
      INSTANCE_ID: `${this.options.name}-${this.label(process, instance)}`,
      KAFKA_BROKERS: this.options.brokers,
      KAFKA_TOPIC_PREFIX: this.options.prefix,
      // A killed instance's partitions go to the other one after this long, not kafkajs's 30 s.
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      KAFKA_HEARTBEAT_INTERVAL_MS: '1000',
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    };
  }

  /** Starts one instance and waits until its HTTP server answers (its health may say «down» while the broker is away). */
  async start(process: Process, instance = 1): Promise<void> {
    const label = this.label(process, instance);
    await this.spawnChild(label, join(root, 'dist', 'apps', process, 'main.js'), this.env(process, instance), `${this.instanceUrl(process, instance)}/health`);
  }

  /** Runs a child (a crash fails the test) and waits until `ready` answers. */
  private async spawnChild(label: string, script: string, env: NodeJS.ProcessEnv, ready: string): Promise<void> {
    mkdirSync(CHAOS_DIR, { recursive: true });
    const log = join(CHAOS_DIR, `${this.options.name}-${label}.log`);
    const out = openSync(log, 'a');
    const child = spawn(globalThis.process.execPath, [script], { cwd: root, env, stdio: ['ignore', out, out] });
    closeSync(out);
    this.processes.set(label, child);
    child.once('exit', (code, signal) => {
      if (this.killing.has(child)) return;
      const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-10).join('\n');
      progress(`${this.name}: ${label} exited by itself (code ${code}, signal ${signal})`);
      this.crash(new Error(`${this.name}: ${label} exited by itself (code ${code}, signal ${signal}); last lines of its log:\n${tail}`));
    });
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (hasExited(child)) throw new Error(`${label} exited during start-up; see ${log}`);
      try {
        await fetch(ready, { signal: AbortSignal.timeout(2000) });
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${label} did not start within 300 s`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /** The development OpenID provider, sending people back to the gateway's public address. */
  private startProvider(): Promise<void> {
    const env = {
      ...globalThis.process.env,
      OIDC_ISSUER: this.issuer,
      GATEWAY_PUBLIC_URL: this.publicUrl('gateway'),
      DEV_IDP_PASSWORD: PROVIDER_PASSWORD,
    };
    return this.spawnChild('oidc', join(root, 'tools', 'oidc', 'dev-idp.mjs'), env, `${this.issuer}/.well-known/openid-configuration`);
  }

  /** A browser signed in as the demo user at the provider, through one gateway instance (its own port) or the balancer. */
  async signIn(username: string, gateway = this.publicUrl('gateway')): Promise<Browser> {
    const browser = new Browser();
    const landed = await signInAtGateway(browser, gateway, username, PROVIDER_PASSWORD);
    if (new URL(landed).pathname !== '/forslag') throw new Error(`${username} was not signed in at ${gateway}: the browser ended at ${landed}`);
    return browser;
  }

  /** Every instance of every process, then the balancer in front of them. */
  async startAll(): Promise<void> {
    const instances = Array.from({ length: this.options.instances }, (_, index) => index + 1);
    await Promise.all([
      ...(this.options.gateway ? [this.startProvider()] : []),
      ...this.processNames.flatMap((process) => instances.map((instance) => this.start(process, instance))),
    ]);
    if (this.options.instances > 1) await this.startBalancer();
  }

  private async startBalancer(): Promise<void> {
    const instances = Array.from({ length: this.options.instances }, (_, index) => index + 1);
    const layout = {
      host: '127.0.0.1',
      ports: Object.fromEntries(this.processNames.map((process) => [process, this.port(process, 0)])),
      servers: Object.fromEntries(this.processNames.map((process) => [process, instances.map((instance) => `127.0.0.1:${this.port(process, instance)}`)])),
    };
    await run(globalThis.process.execPath, [join(root, 'tools', 'infra', 'haproxy.mjs'), 'start', this.runDir(), JSON.stringify(layout)], { cwd: root });
    this.balancerStarted = true;
  }

  /** HAProxy's request counts per instance. */
  async balancerStats(): Promise<ServerStats[]> {
    const { stdout } = await run(globalThis.process.execPath, [join(root, 'tools', 'infra', 'haproxy.mjs'), 'stats', this.runDir()], { cwd: root });
    return (JSON.parse(stdout) as Record<string, string>[])
      .filter((row) => row['svname'] !== 'FRONTEND' && row['svname'] !== 'BACKEND')
      .map((row) => ({ backend: row['pxname'], server: row['svname'], status: row['status'], requests: Number(row['req_tot']) }));
  }

  /** Resolves when the balancer sends requests to this instance (again): its health checks passed. */
  async inRotation(process: Process, instance: number): Promise<void> {
    if (this.options.instances === 1) return;
    const server = this.label(process, instance);
    const deadline = Date.now() + 120_000;
    while ((await this.balancerStats()).find((row) => row.server === server)?.status !== 'UP') {
      if (Date.now() > deadline) throw new Error(`the balancer did not take ${server} back within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** kill -9 of one instance; resolves when it is gone. */
  async kill(process: Process, instance = 1): Promise<void> {
    const child = this.processes.get(this.label(process, instance));
    if (!child || hasExited(child)) return;
    this.killing.add(child);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stopAll(): Promise<void> {
    if (this.balancerStarted) {
      await run(globalThis.process.execPath, [join(root, 'tools', 'infra', 'haproxy.mjs'), 'stop', this.runDir()], { cwd: root });
      this.balancerStarted = false;
    }
    await Promise.all(
      [...this.processes.values()].map(async (child) => {
        if (hasExited(child)) return;
        this.killing.add(child);
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        // The timer is cleared when the child exits first: a pending one kept jest's worker alive after the file
        // («A worker process has failed to exit gracefully»).
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
        clearTimeout(timer);
        if (!hasExited(child)) {
          child.kill('SIGKILL');
          await exited;
        }
      }),
    );
  }
}
