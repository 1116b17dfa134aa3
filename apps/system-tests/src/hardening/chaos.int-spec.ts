import { createKafka, ensureTopics } from '@budgetflow/messaging';
import { PrivateBroker, flat, pdfText } from '@budgetflow/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { RoundRecord, ServiceUrls, playBudgetRound, recordOfRound } from './chaos/budget-round-scenario';

// The chaos test (issue 14): the main job's round is played through the public APIs twice, each time on fresh
// databases and topics: once undisturbed, once while the broker and each service are killed with SIGKILL at random
// moments and restarted. The bilag must read the same (apart from the «Dannet … · dataversion» line), every
// request the client saw succeed must be in them, and no event may be applied twice (the same record and the same
// data version in reporting).
//
// Size: npm test runs 4 proposals and 5 kills; CHAOS_SIZE=large all 10 proposals and 12 kills. The kills fall at
// random moments: the seed is printed, CHAOS_SEED=<seed> replays one. Progress goes to .run/chaos/progress.log, each
// service's log to .run/chaos/<calm|storm>-<service>.log.
// The services run as the built bundles (dist/apps/*, built here with nx, cached), on a private broker.
const SIZE = process.env['CHAOS_SIZE'];
const LARGE = SIZE === 'large';
const progress = (line: string) => {
  mkdirSync(join(root, '.run', 'chaos'), { recursive: true });
  appendFileSync(join(root, '.run', 'chaos', 'progress.log'), `${new Date().toISOString()} ${line}\n`);
};
const REFERENCES = LARGE
  ? ['B26-SU-01', 'B26-SU-02', 'B26-DNS-01', 'B26-DNS-02', 'B26-DNS-03', 'B26-PSU-01', 'B26-PSU-02', 'B26-PSU-03', 'B26-UAR-01', 'B26-UAR-02']
  : ['B26-SU-01', 'B26-SU-02', 'B26-DNS-03', 'B26-PSU-03'];
const KILLS = LARGE ? 12 : 5;
const SEED = Number(process.env['CHAOS_SEED'] ?? Date.now() % 100_000);
const root = join(__dirname, '..', '..', '..', '..');
const SERVICES = ['intake', 'workflow', 'reporting'] as const;
type Service = (typeof SERVICES)[number];
const DATABASE_VARIABLE = { intake: 'INTAKE_DATABASE_URL', workflow: 'WORKFLOW_DATABASE_URL', reporting: 'REPORTING_DATABASE_URL' } as const;

// A child ended by a signal has exitCode null and signalCode set: both mean it is gone.
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

class Dice {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (Math.imul(this.state ^ (this.state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return this.state / 4294967296;
  }
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
}

/** One environment: its databases (copies), topic prefix, ports; the three services as child processes. */
class Stack {
  private readonly processes = new Map<Service, ChildProcess>();
  private readonly killing = new Set<ChildProcess>();
  readonly urls: ServiceUrls;
  /** Rejects when a service exits that nobody killed (a crash): the test then fails at once, naming it. */
  readonly crashed: Promise<never>;
  private crash!: (error: Error) => void;

  constructor(
    readonly name: string,
    private readonly databases: Record<Service, string>,
    private readonly prefix: string,
    private readonly ports: Record<Service, number>,
    private readonly brokers: string,
  ) {
    const url = (service: Service) => () => `http://127.0.0.1:${this.ports[service]}`;
    this.urls = { intake: url('intake'), workflow: url('workflow'), reporting: url('reporting') };
    this.crashed = new Promise<never>((_, reject) => (this.crash = reject));
    this.crashed.catch(() => undefined);
  }

  private logOf(service: Service): string {
    return join(root, '.run', 'chaos', `${this.name}-${service}.log`);
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      INTAKE_DATABASE_URL: this.databases.intake,
      WORKFLOW_DATABASE_URL: this.databases.workflow,
      REPORTING_DATABASE_URL: this.databases.reporting,
      INTAKE_PORT: String(this.ports.intake),
      WORKFLOW_PORT: String(this.ports.workflow),
      REPORTING_PORT: String(this.ports.reporting),
      WORKFLOW_URL: `http://127.0.0.1:${this.ports.workflow}`,
      KAFKA_BROKERS: this.brokers,
      KAFKA_TOPIC_PREFIX: this.prefix,
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    };
  }

  async start(service: Service): Promise<void> {
    const logs = join(root, '.run', 'chaos');
    mkdirSync(logs, { recursive: true });
    const out = openSync(this.logOf(service), 'a');
    const child = spawn(process.execPath, [join(root, 'dist', 'apps', service, 'main.js')], { cwd: root, env: this.env(), stdio: ['ignore', out, out] });
    closeSync(out);
    this.processes.set(service, child);
    child.once('exit', (code, signal) => {
      if (this.killing.has(child)) return;
      const tail = readFileSync(this.logOf(service), 'utf8').trim().split('\n').slice(-10).join('\n');
      progress(`${this.name}: ${service} exited by itself (code ${code}, signal ${signal})`);
      this.crash(new Error(`${this.name}: ${service} exited by itself (code ${code}, signal ${signal}); last lines of its log:\n${tail}`));
    });
    // Up when its HTTP server answers (its health may say «down» while the broker is away); slow on a loaded machine.
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (hasExited(child)) throw new Error(`${service} exited during start-up; see .run/chaos/${this.name}-${service}.log`);
      try {
        await fetch(`${this.urls[service]()}/health`, { signal: AbortSignal.timeout(2000) });
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${service} did not start within 300 s`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  async startAll(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.start(service)));
  }

  async kill(service: Service): Promise<void> {
    const child = this.processes.get(service);
    if (!child || hasExited(child)) return;
    this.killing.add(child);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stopAll(): Promise<void> {
    for (const [service, child] of this.processes) {
      if (hasExited(child)) continue;
      this.killing.add(child);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (!hasExited(child)) await this.kill(service);
    }
  }
}

async function admin<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The services' bundles of the code under test (nx build; cached when nothing changed). */
function buildBundles(): void {
  execFileSync(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '-p', ...SERVICES, '--outputStyle=static'], {
    cwd: root,
    stdio: 'ignore',
    timeout: 600_000,
  });
}

const textOf = async (pdf: Buffer) => flat(await pdfText(pdf));

describe('chaos: the round survives kill -9 of the broker and every service', () => {
  const broker = new PrivateBroker('chaos', 19292);
  const brokerPid = () => Number(readFileSync(join(root, '.infra', 'test-chaos', 'broker.pid'), 'utf8'));
  const extraDatabases: { url: string; name: string }[] = [];
  const stacks: Stack[] = [];
  const basePort = 23_000 + (process.pid % 2000) * 3;

  /** Fresh copies of this file's (still empty) databases, and topics with their own prefix on the private broker. */
  const newStack = async (name: string, offset: number): Promise<Stack> => {
    const databases = {} as Record<Service, string>;
    for (const service of SERVICES) {
      const template = new URL(process.env[DATABASE_VARIABLE[service]] as string);
      const copy = `${template.pathname.slice(1)}_${name}`;
      // Left over by an interrupted run, if any.
      await admin(template.toString(), (client) => client.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`));
      await admin(template.toString(), (client) => client.query(`CREATE DATABASE "${copy}" TEMPLATE "${template.pathname.slice(1)}"`));
      const url = new URL(template);
      url.pathname = `/${copy}`;
      databases[service] = url.toString();
      extraDatabases.push({ url: template.toString(), name: copy });
    }
    const prefix = `${process.env['KAFKA_TOPIC_PREFIX']}${name}.`;
    await ensureTopics(createKafka({ brokers: [broker.brokers], clientId: 'chaos-setup', topicPrefix: prefix }), prefix);
    const ports = { intake: basePort + offset, workflow: basePort + offset + 1, reporting: basePort + offset + 2 };
    const stack = new Stack(name, databases, prefix, ports, broker.brokers);
    stacks.push(stack);
    return stack;
  };

  beforeAll(async () => {
    buildBundles();
    broker.reset();
    await broker.start();
  }, 900_000);
  afterAll(async () => {
    for (const stack of stacks) await stack.stopAll();
    await broker.stop().catch(() => undefined);
    for (const { url, name } of extraDatabases) await admin(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }, 120_000);

  it(
    `ends with the same bilag and record as an undisturbed run (${REFERENCES.length} proposals, ${KILLS} kills)`,
    async () => {
      const started = Date.now();
      // The undisturbed run.
      const calm = await newStack('calm', 0);
      await calm.startAll();
      progress('calm: services up');
      const calmOutcome = await Promise.race([playBudgetRound(calm.urls, REFERENCES, 'calm'), calm.crashed]);
      progress('calm: round played');
      const expected: RoundRecord = await Promise.race([recordOfRound(calm.urls, calmOutcome, textOf), calm.crashed]);
      progress('calm: bilag read');
      await calm.stopAll();
      progress('calm: stopped');
      const calmSeconds = (Date.now() - started) / 1000;

      // The same round while things die.
      const stormy = await newStack('storm', 10);
      await stormy.startAll();
      const dice = new Dice(SEED);
      const targets = ['broker', ...SERVICES] as const;
      const order: (typeof targets)[number][] = [...targets].sort(() => dice.next() - 0.5);
      while (order.length < KILLS) order.push(targets[dice.between(0, targets.length - 1)]);
      const kills: string[] = [];
      let playing = true;
      const monkey = (async () => {
        for (const target of order) {
          // Random moments: mostly while the round is played; the rest right after it, while events are in flight.
          await new Promise((resolve) => setTimeout(resolve, dice.between(playing ? 1500 : 200, playing ? 7000 : 1500)));
          const at = ((Date.now() - started) / 1000).toFixed(1);
          if (target === 'broker') {
            process.kill(brokerPid(), 'SIGKILL');
            await new Promise((resolve) => setTimeout(resolve, dice.between(200, 3000)));
            await broker.start();
          } else {
            await stormy.kill(target);
            await new Promise((resolve) => setTimeout(resolve, dice.between(100, 2000)));
            await stormy.start(target);
          }
          kills.push(`${target}@${at}s`);
          progress(`storm: killed and restarted ${target} at ${at} s`);
        }
      })();
      const stormOutcome = await Promise.race([playBudgetRound(stormy.urls, REFERENCES, 'storm'), stormy.crashed]).finally(() => (playing = false));
      progress('storm: round played');
      await Promise.race([monkey, stormy.crashed]);
      progress('storm: every kill done');
      const actual = await Promise.race([recordOfRound(stormy.urls, stormOutcome, textOf), stormy.crashed]);
      process.stdout.write(
        `chaos: ${REFERENCES.length} proposals, ${kills.length} kills (seed ${SEED}: ${kills.join(', ')}); ${stormOutcome.successes.length} successful requests; undisturbed run ${calmSeconds.toFixed(0)} s, whole test ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );

      expect(kills.length).toBeGreaterThanOrEqual(5);
      expect(new Set(kills.map((kill) => kill.split('@')[0]))).toEqual(new Set(targets));
      // Every bilag reads the same, and so does every proposal's record (a twice-applied event would add a line).
      expect(actual.bilag).toEqual(expected.bilag);
      expect(actual.proposals).toEqual(expected.proposals);
      expect(actual.dataVersion).toBe(expected.dataVersion);
      // What the client saw succeed is in them: every proposal it created, and its final state as the workflow decided.
      expect(Object.keys(stormOutcome.ids).sort()).toEqual([...REFERENCES].sort());
      for (const reference of REFERENCES) expect(actual.bilag['katalog']).toContain(reference);
      expect(stormOutcome.successes.filter((success) => success.method === 'POST').length).toBeGreaterThan(REFERENCES.length * 2);
    },
    LARGE ? 3_600_000 : 1_500_000,
  );
});
