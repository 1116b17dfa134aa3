// The benchmark's own copy of the system, so that it neither reads nor disturbs the demo data of npm start:
// databases with a _bench suffix, topics and consumer groups with a "bench." prefix (after KAFKA_TOPIC_PREFIX), the
// services on ports 100 above the configured ones, with pid files and logs under .run/bench/.
import { join } from 'node:path';
import { mintToken } from '../auth/tokens.mjs';
import { ok, step } from '../infra/log.mjs';
import { root } from '../infra/settings.mjs';

export const BENCH_RUN_DIR = join(root, '.run', 'bench');
const DATABASE_SUFFIX = '_bench';

/** The settings the benchmark's services run with, derived from the configured ones. */
export async function benchSettings(settings) {
  const { suffixedDatabaseUrl } = await import('../infra/postgres.mjs');
  const port = (variable) => String(Number(settings[variable]) + 100);
  return {
    ...settings,
    INTAKE_DATABASE_URL: suffixedDatabaseUrl(settings.INTAKE_DATABASE_URL, DATABASE_SUFFIX),
    WORKFLOW_DATABASE_URL: suffixedDatabaseUrl(settings.WORKFLOW_DATABASE_URL, DATABASE_SUFFIX),
    REPORTING_DATABASE_URL: suffixedDatabaseUrl(settings.REPORTING_DATABASE_URL, DATABASE_SUFFIX),
    // After the configured prefix, so that two checkouts can benchmark side by side.
    KAFKA_TOPIC_PREFIX: `${settings.KAFKA_TOPIC_PREFIX || ''}bench.`,
    INTAKE_PORT: port('INTAKE_PORT'),
    WORKFLOW_PORT: port('WORKFLOW_PORT'),
    REPORTING_PORT: port('REPORTING_PORT'),
    // Request logs would measure the terminal as much as the service.
    LOG_LEVEL: 'warn',
    // The load comes from one address and four subjects at up to 400 requests/s: measure the system, not the limiter.
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_SUBJECT: '0',
  };
}

/** PostgreSQL databases, the Kafka broker and topics. Returns whether this call started the broker. */
export async function prepareInfrastructure(settings) {
  const { ensureDatabases, generateClients } = await import('../infra/postgres.mjs');
  const { ensureTopics, startKafka } = await import('../infra/kafka.mjs');
  const { stopServices } = await import('../infra/services.mjs');
  // Services left over by an interrupted run would be measured with old code and see their tables emptied.
  await stopServices(BENCH_RUN_DIR);
  step('Preparing the Prisma clients');
  generateClients();
  // Emptied on every run: each run starts from the same state, and nothing piles up from earlier runs.
  step('Preparing the benchmark databases (_bench, emptied)');
  await ensureDatabases({ suffix: DATABASE_SUFFIX, empty: true });
  step('Preparing the Kafka broker');
  const startedKafka = await startKafka();
  // New topics and no consumer offsets, as the databases are empty: no backlog of an earlier run is consumed.
  await deleteTopicsAndGroups(settings.KAFKA_TOPIC_PREFIX);
  await ensureTopics(settings.KAFKA_TOPIC_PREFIX);
  ok(`Benchmark topics ready (prefix "${settings.KAFKA_TOPIC_PREFIX}", created afresh)`);
  return startedKafka;
}

/** Deletes every topic and consumer group whose name starts with `prefix` (a benchmark's own). */
export async function deleteTopicsAndGroups(prefix) {
  const { toolsKafka } = await import('../infra/kafka.mjs');
  const admin = (await toolsKafka()).admin();
  await admin.connect();
  try {
    const ours = (names) => names.filter((name) => name.startsWith(prefix));
    const groups = ours((await admin.listGroups()).groups.map((group) => group.groupId));
    if (groups.length) await deleteGroupsOnceEmpty(admin, groups);
    const topics = ours(await admin.listTopics());
    if (topics.length === 0) return;
    await admin.deleteTopics({ topics });
    // Deletion finishes in the background; creating a topic of the same name before that fails.
    const deadline = Date.now() + 30_000;
    while (ours(await admin.listTopics()).length > 0) {
      if (Date.now() > deadline) throw new Error(`Kafka did not delete the topics ${topics.join(', ')} within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await admin.disconnect();
  }
}

// Kafka refuses to delete a group that still has members (error 68): a service killed in an earlier run stays one
// until its session times out (KAFKA_SESSION_TIMEOUT_MS, 30 s by default).
const NON_EMPTY_GROUP = 68;
const GROUP_EMPTY_TIMEOUT_MS = 60_000;

async function deleteGroupsOnceEmpty(admin, groups) {
  const deadline = Date.now() + GROUP_EMPTY_TIMEOUT_MS;
  for (let said = false; ;) {
    try {
      await admin.deleteGroups(groups);
      return;
    } catch (error) {
      const busy = (error.groups ?? []).filter((group) => group.errorCode === NON_EMPTY_GROUP).map((group) => group.groupId);
      if (busy.length === 0 || Date.now() > deadline) throw error;
      if (!said) step(`Waiting for the consumers of an earlier run to leave ${busy.join(', ')} (their session must time out)`);
      said = true;
      groups = busy;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * Builds and starts the three services with the benchmark settings; returns their addresses and a way to stop them.
 * With several instances (--instances=N) each service runs N times behind the load balancer, which listens on the
 * benchmark's ports: the addresses are the same, and every request passes the balancer as it would in production.
 */
export async function startBenchServices(settings, instances = 1) {
  const { balancerLayout, buildServices, serviceUrl, SERVICES, startServices, stopServices } = await import('../infra/services.mjs');
  const { startBalancer, stopBalancer } = await import('../infra/haproxy.mjs');
  buildServices();
  await startServices(settings, BENCH_RUN_DIR, instances);
  if (instances > 1) {
    // The three services only: the public benchmark starts a gateway of its own.
    const { host, ports, servers } = balancerLayout(settings, instances);
    const services = (entries) => Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'gateway'));
    await startBalancer({ host, ports: services(ports), servers: services(servers) }, BENCH_RUN_DIR);
  }
  const urls = Object.fromEntries(SERVICES.map((service) => [service.name, serviceUrl(service, settings)]));
  return {
    urls,
    stop: async () => {
      await stopBalancer(BENCH_RUN_DIR);
      await stopServices(BENCH_RUN_DIR);
    },
  };
}

/** Mints a bearer token for a role (and committee) the way the services verify them. */
export function tokenMinter(settings) {
  return (role, committee) =>
    mintToken({ secret: settings.JWT_SECRET, role, committee, issuer: settings.JWT_ISSUER || undefined, audience: settings.JWT_AUDIENCE || undefined });
}
