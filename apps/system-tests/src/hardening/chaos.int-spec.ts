import { createKafka, ensureTopics } from '@budgetflow/messaging';
import { PrivateBroker, flat, pdfText, proposalRequest, roundRequest, tokenFor } from '@budgetflow/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AssignerProtocol } from 'kafkajs';
import { Client } from 'pg';
import { RoundRecord, playBudgetRound, recordOfRound } from './chaos/budget-round-scenario';
import { CHAOS_DIR, Deployment, Process, SERVICES, Service, progress, root } from './chaos/deployment';
import { ResilientApi, Success } from './chaos/resilient-api';

// Several instances and chaos (issues 14 and 32), on one deployment setup: the main job's round is played through
// the public APIs three times, each on fresh databases and topics:
//  1. calm: one instance of each service, undisturbed: the reference;
//  2. two of each service and of the gateway behind HAProxy (tools/haproxy/haproxy.cfg), undisturbed: the same record
//     and bilag, every instance served requests (HAProxy's counts) and holds partitions of its consumer group, a
//     committee's withdrawal races the budget office's scheduling with the two requests sent to different instances,
//     and a person signed in at one gateway instance is signed in at the other too, until signing out there;
//  3. storm: two of each and of the gateway behind HAProxy, while the broker and one instance of each service and of
//     the gateway are killed with SIGKILL at random moments and restarted: the same record and bilag as the calm run,
//     and a person signed in at the gateway reads through its balancer all along.
// The bilag must read the same (apart from the «Dannet … · dataversion» line), every request the client saw succeed
// must be in them, and no event may be applied twice (the same record and the same data version in reporting).
//
// Size: npm test runs 4 proposals and 5 kills; CHAOS_SIZE=large all 10 proposals and 12 kills. The kills fall at
// random moments: the seed is printed, CHAOS_SEED=<seed> replays one. Progress goes to .run/chaos/progress.log, each
// process's log to .run/chaos/<calm|several|storm>-<process>.log.
// The services run as the built bundles (dist/apps/*, built here with nx, cached), on a private broker.
const LARGE = process.env['CHAOS_SIZE'] === 'large';
const REFERENCES = LARGE
  ? ['B26-SU-01', 'B26-SU-02', 'B26-DNS-01', 'B26-DNS-02', 'B26-DNS-03', 'B26-PSU-01', 'B26-PSU-02', 'B26-PSU-03', 'B26-UAR-01', 'B26-UAR-02']
  : ['B26-SU-01', 'B26-SU-02', 'B26-DNS-03', 'B26-PSU-03'];
const KILLS = LARGE ? 12 : 5;
const RACES = 16;
const SEED = Number(process.env['CHAOS_SEED'] ?? Date.now() % 100_000);
const DATABASE_VARIABLE = {
  intake: 'INTAKE_DATABASE_URL',
  workflow: 'WORKFLOW_DATABASE_URL',
  reporting: 'REPORTING_DATABASE_URL',
  gateway: 'GATEWAY_DATABASE_URL',
} as const;

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

/** The services' and the gateway's bundles of the code under test (nx build; cached when nothing changed). */
function buildBundles(): void {
  execFileSync(join(root, 'node_modules', '.bin', 'nx'), ['run-many', '-t', 'build', '-p', ...SERVICES, 'gateway', '--outputStyle=static'], {
    cwd: root,
    stdio: 'ignore',
    timeout: 600_000,
  });
}

const textOf = async (pdf: Buffer) => flat(await pdfText(pdf));
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);

describe('several instances behind a load balancer, and chaos: the round ends the same', () => {
  const broker = new PrivateBroker('chaos', 19292);
  const brokerPid = () => Number(readFileSync(join(root, '.infra', 'test-chaos', 'broker.pid'), 'utf8'));
  const extraDatabases: { url: string; name: string }[] = [];
  const deployments: Deployment[] = [];
  // Three deployments of 40 ports each, below Linux's ephemeral range (32768 and up): a port there can be the local end
  // of any outgoing connection (to PostgreSQL, the broker), and a service listening on it failed with EADDRINUSE.
  const basePort = 20_000 + (process.pid % 100) * 120;
  const started = Date.now();
  let expected: RoundRecord;
  let calmSeconds = 0;

  /** Fresh copies of this file's (still empty) databases, and topics with their own prefix on the private broker. */
  const newDeployment = async (name: string, offset: number, instances: number, gateway = false): Promise<Deployment> => {
    const databases: Partial<Record<Process, string>> = {};
    for (const process of [...SERVICES, ...(gateway ? (['gateway'] as const) : [])]) {
      const template = new URL(globalThis.process.env[DATABASE_VARIABLE[process]] as string);
      const copy = `${template.pathname.slice(1)}_${name}`;
      // Left over by an interrupted run, if any.
      await admin(template.toString(), (client) => client.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`));
      await admin(template.toString(), (client) => client.query(`CREATE DATABASE "${copy}" TEMPLATE "${template.pathname.slice(1)}"`));
      const url = new URL(template);
      url.pathname = `/${copy}`;
      databases[process] = url.toString();
      extraDatabases.push({ url: template.toString(), name: copy });
    }
    const prefix = `${process.env['KAFKA_TOPIC_PREFIX']}${name}.`;
    await ensureTopics(createKafka({ brokers: [broker.brokers], clientId: 'chaos-setup', topicPrefix: prefix }), prefix);
    const deployment = new Deployment({ name, instances, databases, prefix, brokers: broker.brokers, basePort: basePort + offset, gateway });
    deployments.push(deployment);
    return deployment;
  };

  beforeAll(async () => {
    buildBundles();
    // The gateway's web application: a page of its own (the browser tests build and test the real one).
    mkdirSync(join(CHAOS_DIR, 'web'), { recursive: true });
    writeFileSync(join(CHAOS_DIR, 'web', 'index.html'), '<!doctype html><title>Budgetflow</title>');
    process.env['GATEWAY_WEB_ROOT'] = join(CHAOS_DIR, 'web');
    broker.reset();
    await broker.start();
    // The undisturbed run on one instance of each: what the others must end with.
    const calm = await newDeployment('calm', 0, 1);
    await calm.startAll();
    progress('calm: services up');
    const outcome = await Promise.race([playBudgetRound(calm.urls, REFERENCES, 'calm'), calm.crashed]);
    expected = await Promise.race([recordOfRound(calm.urls, outcome, textOf), calm.crashed]);
    await calm.stopAll();
    calmSeconds = (Date.now() - started) / 1000;
    progress(`calm: done in ${calmSeconds.toFixed(0)} s`);
  }, 900_000);
  afterAll(async () => {
    for (const deployment of deployments) await deployment.stopAll();
    await broker.stop().catch(() => undefined);
    for (const { url, name } of extraDatabases) await admin(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    process.stdout.write(`several instances and chaos: the whole file took ${seconds(started)} s (the calm run ${calmSeconds.toFixed(0)} s)\n`);
  }, 120_000);

  it(`two of each behind HAProxy: the same record, every instance at work, and the withdrawal race across instances (${RACES} races)`, async () => {
    const begun = Date.now();
    const several = await newDeployment('several', 40, 2, true);
    await several.startAll();
    progress('several: up');
    const outcome = await Promise.race([playBudgetRound(several.urls, REFERENCES, 'several'), several.crashed]);
    const actual = await Promise.race([recordOfRound(several.urls, outcome, textOf), several.crashed]);
    progress('several: round played and read');

    // The gateway through the balancer: its health and a public page, from each instance in turn.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await fetch(`${several.publicUrl('gateway')}/health`)).status).toBe(200);
      const page = await fetch(`${several.publicUrl('gateway')}/offentligt`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    }
    // A session started on gateway instance 1 works on instance 2 and through the balancer (sessions live in
    // PostgreSQL), and signing out on instance 2 ends it on instance 1 too. The cookie is sent as it was: signing out
    // clears it in the browser, and the server must refuse it by itself.
    const gateway = (instance: number) => several.instanceUrl('gateway', instance);
    const { cookie } = await several.signIn('koncernoekonomi', gateway(1));
    const call = (base: string, path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
      fetch(`${base}${path}`, { ...init, headers: { ...init.headers, cookie } });
    expect((await call(gateway(2), '/api/intake/rounds')).status).toBe(200);
    expect((await call(several.publicUrl('gateway'), '/api/intake/rounds')).status).toBe(200);
    const { csrfToken } = await (await call(gateway(2), '/auth/session')).json();
    expect((await call(gateway(2), '/auth/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } })).status).toBe(200);
    const afterwards = await call(gateway(1), '/api/intake/rounds');
    expect({ status: afterwards.status, code: (await afterwards.json()).code }).toEqual({ status: 401, code: 'session.expired' });
    progress('several: a session across the gateway instances');
    const races = await Promise.race([withdrawalRace(several), several.crashed]);
    progress('several: races run');

    // Every instance served requests (HAProxy's counts) and holds partitions of its service's consumer group.
    const stats = await several.balancerStats();
    const groups = await consumerGroups(several, ['intake', 'workflow', 'reporting']);
    // And each says so itself: the events it consumed, by its own /health (asked straight, not through the balancer).
    const consumed: Record<string, number> = {};
    for (const service of SERVICES)
      for (const instance of [1, 2]) {
        const health = (await (await fetch(`${several.instanceUrl(service, instance)}/health`)).json()) as { consumedEvents: number };
        consumed[`${service}-${instance}`] = health.consumedEvents;
      }
    const withdrawn = races.filter((race) => race.state === 'withdrawn').length;
    process.stdout.write(
      `several instances: ${stats.map((server) => `${server.server} ${server.requests}`).join(', ')} requests; partitions per member: ${JSON.stringify(groups)}; events consumed: ${JSON.stringify(consumed)}; races: ${withdrawn} of ${RACES} withdrawn; ${seconds(begun)} s\n`,
    );

    expect(actual.bilag).toEqual(expected.bilag);
    expect(actual.proposals).toEqual(expected.proposals);
    expect(actual.dataVersion).toBe(expected.dataVersion);
    expect(stats.map((server) => server.server).sort()).toEqual(
      ['gateway-1', 'gateway-2', 'intake-1', 'intake-2', 'reporting-1', 'reporting-2', 'workflow-1', 'workflow-2'].sort(),
    );
    for (const server of stats) expect({ server: server.server, served: server.requests > 0 }).toEqual({ server: server.server, served: true });
    for (const service of SERVICES) {
      expect(groups[service]).toHaveLength(2);
      for (const partitions of groups[service]) expect({ service, holds: partitions > 0 }).toEqual({ service, holds: true });
    }
    for (const [instance, count] of Object.entries(consumed)) expect({ instance, consumed: count > 0 }).toEqual({ instance, consumed: true });
    // Exactly one side of each race won, and the workflow and both histories show the winner (intake and reporting show
    // its state: withdrawalRace waits for that, and fails when they never do).
    for (const race of races) expect(race).toEqual({ ...race, outcome: race.withdrawal === 200 ? [200, 409] : [201, 409] });
    expect(withdrawn).toBeGreaterThan(0);
    expect(withdrawn).toBeLessThan(RACES);
    for (const race of races) {
      const winner = race.state === 'withdrawn' ? 'withdraw' : 'schedule_for_fu';
      expect(race).toEqual({
        ...race,
        state: race.withdrawal === 200 ? 'withdrawn' : 'on_fu_agenda',
        intakeHistory: ['create', 'submit', winner],
        workflowHistory: ['create', 'submit', winner],
      });
    }
    await several.stopAll();
  }, 900_000);

  it(`survives kill -9 of the broker and of one instance of each service and of the gateway at random moments (${REFERENCES.length} proposals, ${KILLS} kills)`, async () => {
    const begun = Date.now();
    const stormy = await newDeployment('storm', 80, 2, true);
    await stormy.startAll();
    // Signed in at gateway instance 1, the first gateway instance the monkey kills: the session must outlive it.
    const person = await stormy.signIn('koncernoekonomi', stormy.instanceUrl('gateway', 1));
    const dice = new Dice(SEED);
    const targets = ['broker', ...SERVICES, 'gateway'] as const;
    const order: (typeof targets)[number][] = [...targets].sort(() => dice.next() - 0.5);
    while (order.length < KILLS) order.push(targets[dice.between(0, targets.length - 1)]);
    const kills: string[] = [];
    const killedAt = new Map<string, number>();
    let playing = true;
    // A restart runs while the next kill falls (another target, as a rule): a kill never waits for a slow start-up.
    // One instance of a service is down at a time (the other one carries on): a service's restart is awaited before
    // any of its instances is killed again.
    const restarting = new Map<string, Promise<void>>();
    const restart = (target: string, label: string, downMs: number, start: () => Promise<void>) => {
      const done = new Promise((resolve) => setTimeout(resolve, downMs)).then(start);
      restarting.set(target, done);
      const back = done.then(() => progress(`storm: ${label} is back`));
      // A failed restart fails the test where the monkey is awaited, not as an unhandled rejection before that.
      back.catch(() => undefined);
      return back;
    };
    const monkey = (async () => {
      const restarts: Promise<void>[] = [];
      for (const target of order) {
        // Random moments: mostly while the round is played; the rest right after it, while events are in flight.
        await new Promise((resolve) => setTimeout(resolve, dice.between(playing ? 500 : 200, playing ? 3000 : 1500)));
        const instance = target === 'broker' ? 0 : target === 'gateway' && !killedAt.has('gateway-1') ? 1 : dice.between(1, 2);
        const label = target === 'broker' ? 'broker' : `${target}-${instance}`;
        await restarting.get(target);
        const at = seconds(begun);
        if (target === 'broker') {
          process.kill(brokerPid(), 'SIGKILL');
          restarts.push(restart(target, label, dice.between(200, 3000), () => broker.start()));
        } else {
          await stormy.kill(target, instance);
          // Back when the balancer has it in its rotation again, so that the other instance may be killed next.
          restarts.push(restart(target, label, dice.between(100, 2000), () => stormy.start(target, instance).then(() => stormy.inRotation(target, instance))));
        }
        kills.push(`${label}@${at}s${playing ? ' (during the round)' : ''}`);
        if (!killedAt.has(label)) killedAt.set(label, Date.now());
        progress(`storm: killed ${kills[kills.length - 1]}`);
      }
      await Promise.all(restarts);
    })();
    // The person reads a staff API and a public page through the gateway's balancer until every kill is done, each
    // request repeated only as the round's are (no answer, or a transient status): every read must end in 200.
    const readSuccesses: Success[] = [];
    const reader = new ResilientApi(() => stormy.publicUrl('gateway'), { Cookie: person.cookie }, readSuccesses);
    const reads: { path: string; status: number; sent: number }[] = [];
    let storming = true;
    const reading = (async () => {
      while (storming)
        for (const path of ['/api/intake/rounds', '/offentligt']) {
          const sent = Date.now();
          reads.push({ path, status: (await reader.get(path)).status, sent });
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
    })();
    reading.catch(() => undefined);
    try {
      const outcome = await Promise.race([playBudgetRound(stormy.urls, REFERENCES, 'storm'), stormy.crashed]).finally(() => (playing = false));
      progress('storm: round played');
      await Promise.race([monkey, stormy.crashed]);
      storming = false;
      await Promise.race([reading, stormy.crashed]);
      progress('storm: every kill done');
      const actual = await Promise.race([recordOfRound(stormy.urls, outcome, textOf), stormy.crashed]);
      const retried = [...outcome.successes, ...readSuccesses].filter((success) => success.failures.length > 0);
      // «No server is available»: the balancer had no live instance of a service, which one instance at a time never allows.
      const unserved = retried.filter((success) => success.failures.some((failure) => failure.includes('No server is available')));
      const creatorKilled = killedAt.get('gateway-1') ?? Infinity;
      process.stdout.write(
        `chaos: ${REFERENCES.length} proposals, two instances of each, ${kills.length} kills (seed ${SEED}: ${kills.join(', ')}); ${outcome.successes.length} successful requests of the round and ${readSuccesses.length} reads through the gateway, ${retried.length} of them after a failed attempt (${retried.map((success) => `${success.method} ${success.path}: ${[...new Set(success.failures)].join(' | ')}`).join('; ')}); ${seconds(begun)} s\n`,
      );

      expect(kills.length).toBeGreaterThanOrEqual(5);
      expect(unserved.map((success) => `${success.method} ${success.path}`)).toEqual([]);
      expect(new Set(kills.map((kill) => kill.split(/[-@]/)[0]))).toEqual(new Set(targets));
      // Every read succeeded (none failed without being repeated), also after the instance that made the session died.
      expect(reads.filter((read) => read.status !== 200)).toEqual([]);
      expect(reads.filter((read) => read.path.startsWith('/api/') && read.sent > creatorKilled).length).toBeGreaterThan(0);
      // Every bilag reads the same, and so does every proposal's record (a twice-applied event would add a line).
      expect(actual.bilag).toEqual(expected.bilag);
      expect(actual.proposals).toEqual(expected.proposals);
      expect(actual.dataVersion).toBe(expected.dataVersion);
      // What the client saw succeed is in them: every proposal it created, and its final state as the workflow decided.
      expect(Object.keys(outcome.ids).sort()).toEqual([...REFERENCES].sort());
      for (const reference of REFERENCES) expect(actual.bilag['katalog']).toContain(reference);
      expect(outcome.successes.filter((success) => success.method === 'POST').length).toBeGreaterThan(REFERENCES.length * 2);
    } finally {
      storming = false;
    }
  }, 1_500_000);
});

interface RaceResult {
  id: string;
  withdrawal: number;
  scheduling: number;
  outcome: number[];
  state: string;
  intakeHistory: string[];
  workflowHistory: string[];
}

/**
 * A committee withdraws a submitted proposal at the moment the budget office puts it on FU's agenda, the withdrawal
 * sent to one intake instance (which asks the workflow through the balancer) and the scheduling to a workflow
 * instance directly, alternating between the instances; 0-30 ms apart, either first.
 */
async function withdrawalRace(deployment: Deployment): Promise<RaceResult[]> {
  const auth = async (actor: Parameters<typeof tokenFor>[0]) => ({ Authorization: `Bearer ${await tokenFor(actor)}`, 'Content-Type': 'application/json' });
  const [committee, office, reader] = await Promise.all([
    auth({ role: 'committee_secretariat', committee: 'SU' }),
    auth({ role: 'budget_office' }),
    auth({ role: 'reader' }),
  ]);
  const call = async (url: string, method: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const intake = deployment.publicUrl('intake');
  const workflow = deployment.publicUrl('workflow');
  const round = await call(`${intake}/rounds`, 'POST', office, roundRequest(undefined, { name: 'Budget 2026, kapløb' }));
  if (round.status !== 201) throw new Error(`the race round: ${round.status} ${JSON.stringify(round.body)}`);
  const ids: string[] = [];
  for (let index = 1; index <= RACES; index += 1) {
    const created = await call(
      `${intake}/rounds/${round.body.id}/proposals`,
      'POST',
      committee,
      proposalRequest('B26-SU-01', { reference: `B26-SU-${String(index).padStart(2, '0')}` }),
    );
    if (created.status !== 201) throw new Error(`race proposal ${index}: ${created.status} ${JSON.stringify(created.body)}`);
    if ((await call(`${intake}/proposals/${created.body.id}/submit`, 'POST', committee, {})).status !== 200)
      throw new Error(`race proposal ${index} not submitted`);
    ids.push(created.body.id);
  }
  await waitFor('the workflow to receive every race proposal', async () => {
    const listed = await call(`${workflow}/proposals?roundId=${round.body.id}&state=submitted&pageSize=100`, 'GET', reader);
    return listed.body?.total === RACES;
  });
  const meeting = await call(`${workflow}/meetings`, 'POST', office, { roundId: round.body.id, body: 'FU', date: '2025-05-19' });
  if (meeting.status !== 201) throw new Error(`the race meeting: ${meeting.status} ${JSON.stringify(meeting.body)}`);
  const answers: { id: string; withdrawal: number; scheduling: number }[] = [];
  for (const [index, id] of ids.entries()) {
    const delay = (index % 16) * 2;
    const [first, second] = [1 + (index % 2), 2 - (index % 2)];
    const withdraw = async () => {
      if (index % 4 >= 2) await new Promise((resolve) => setTimeout(resolve, delay));
      return (await call(`${deployment.instanceUrl('intake', first)}/proposals/${id}/withdraw`, 'POST', committee, {})).status;
    };
    const schedule = async () => {
      if (index % 4 < 2) await new Promise((resolve) => setTimeout(resolve, delay));
      return (await call(`${deployment.instanceUrl('workflow', second)}/meetings/${meeting.body.id}/agenda-items`, 'POST', office, { proposalId: id })).status;
    };
    const [withdrawal, scheduling] = await Promise.all([withdraw(), schedule()]);
    answers.push({ id, withdrawal, scheduling });
  }
  const results: RaceResult[] = [];
  for (const answer of answers) {
    const state = (await call(`${workflow}/proposals/${answer.id}`, 'GET', reader)).body.state as string;
    // Intake and the reporting read model follow the owner; each instance may be the one asked.
    await waitFor(`intake and reporting to show ${answer.id} ${state}`, async () => {
      const inIntake = (await call(`${intake}/proposals/${answer.id}`, 'GET', reader)).body?.state;
      const reported = (await call(`${deployment.publicUrl('reporting')}/rounds/${round.body.id}/reports`, 'GET', reader)).body?.proposals?.find(
        (proposal: { id: string }) => proposal.id === answer.id,
      )?.state;
      return inIntake === state && reported === state;
    });
    const history = async (base: string) =>
      ((await call(`${base}/proposals/${answer.id}/history`, 'GET', reader)).body as { action: string }[]).map((entry) => entry.action);
    results.push({
      ...answer,
      outcome: [answer.withdrawal, answer.scheduling].sort(),
      state,
      intakeHistory: await history(intake),
      workflowHistory: await history(workflow),
    });
  }
  return results;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** How many partitions each member of each service's consumer group holds (Kafka's description of the groups). */
async function consumerGroups(deployment: Deployment, services: Service[]): Promise<Record<string, number[]>> {
  const admin = createKafka({ brokers: [deployment.brokers], clientId: 'chaos-groups', topicPrefix: '' }).admin();
  await admin.connect();
  try {
    const prefix = deployment.prefix;
    const { groups } = await admin.describeGroups(services.map((service) => `${prefix}${service}`));
    return Object.fromEntries(
      groups.map((group) => [
        group.groupId.slice(prefix.length),
        group.members.map((member) => {
          const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {};
          return Object.values(assignment).reduce((sum, partitions) => sum + partitions.length, 0);
        }),
      ]),
    );
  } finally {
    await admin.disconnect();
  }
}
