// Local Apache Kafka: fetched from Maven Central on first use, run as a single-node KRaft broker on loopback.
// Usage: node tools/infra/kafka.mjs start | stop | status
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok, runMain, step, warn } from './log.mjs';
import { loadTs } from './load-ts.mjs';
import { alive, livePid, stopProcess } from './processes.mjs';
import { loadSettings, root } from './settings.mjs';

const settings = loadSettings();
// KAFKA_INSTANCE names a separate broker (own data, pid and log), e.g. for tests that stop their broker.
const home = join(root, '.infra', process.env.KAFKA_INSTANCE || 'kafka');
const libs = join(root, '.infra', 'kafka', 'libs');
const dataDir = join(home, 'data');
const pidFile = join(home, 'broker.pid');
const logFile = join(home, 'broker.log');
const startLock = join(home, 'starting.lock');
const [host, port] = settings.KAFKA_BROKERS.split(',')[0].split(':');

/** A kafkajs client for the tools (quiet; `probe` gives up at once instead of retrying). */
export async function toolsKafka({ probe = false } = {}) {
  const { Kafka, logLevel } = await import('kafkajs');
  return new Kafka({
    clientId: 'budgetflow-tools',
    brokers: settings.KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
    ...(probe ? { retry: { retries: 0 }, connectionTimeout: 1000 } : {}),
  });
}

async function admin() {
  return (await toolsKafka({ probe: true })).admin();
}

/** True when a broker answers a metadata request at KAFKA_BROKERS. */
export async function kafkaAnswers() {
  const client = await admin();
  try {
    await client.connect();
    await client.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await client.disconnect().catch(() => undefined);
  }
}

function runningPid() {
  const pid = livePid(pidFile);
  if (!pid) rmSync(pidFile, { force: true });
  return pid;
}

function fetchJars() {
  const jar = join(libs, `kafka_2.13-${settings.KAFKA_VERSION}.jar`);
  if (existsSync(jar)) return;
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    fail('Apache Maven (mvn) is needed once to fetch Apache Kafka from Maven Central. Install it (e.g. `apt-get install maven`) and run again.');
  }
  step(`Fetching Apache Kafka ${settings.KAFKA_VERSION} from Maven Central into .infra/kafka/libs (first run only)`);
  rmSync(libs, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(root, 'tools', 'kafka', 'pom.xml'),
      `-Dkafka.version=${settings.KAFKA_VERSION}`,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${libs}`,
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(jar)) fail(`Could not fetch Apache Kafka ${settings.KAFKA_VERSION} with Maven (see its output above).`);
  ok(`Fetched ${readdirSync(libs).length} jars`);
}

function java(mainClass, args, options = {}) {
  return spawnSync('java', ['-cp', `${libs}/*`, `-Dlog4j.configuration=${pathToFileURL(join(home, 'log4j.properties'))}`, mainClass, ...args], {
    encoding: 'utf8',
    ...options,
  });
}

function writeConfig() {
  const controllerPort = settings.KAFKA_CONTROLLER_PORT;
  writeFileSync(
    join(home, 'server.properties'),
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@${host}:${controllerPort}`,
      `listeners=PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://${host}:${port}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${dataDir}`,
      'num.partitions=3',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'transaction.state.log.num.partitions=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(home, 'log4j.properties'),
    [
      'log4j.rootLogger=WARN, stdout',
      'log4j.logger.kafka=WARN',
      'log4j.logger.org.apache.kafka=WARN',
      'log4j.logger.kafka.server.KafkaServer=INFO',
      'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
      'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
      '',
    ].join('\n'),
  );
}

function formatStorage() {
  if (existsSync(join(dataDir, 'meta.properties'))) return;
  step('Formatting the KRaft storage (first run only)');
  const id = java('kafka.tools.StorageTool', ['random-uuid']).stdout.trim();
  const result = java('kafka.tools.StorageTool', ['format', '-t', id, '-c', join(home, 'server.properties'), '-g']);
  if (result.status !== 0) fail(`Formatting Kafka storage failed:\n${result.stdout}${result.stderr}`);
}

function logTail() {
  return existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n') : '(no log)';
}

async function waitUntilAnswering(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await kafkaAnswers()) return;
    if (pid !== undefined && !alive(pid)) fail(`The Kafka broker exited during start-up. Last lines of .infra/kafka/broker.log:\n${logTail()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fail(`The Kafka broker did not answer on ${settings.KAFKA_BROKERS} within ${timeoutMs / 1000} s. See .infra/kafka/broker.log.`);
}

/**
 * Waits until the broker's group coordinator serves requests. A fresh broker creates and loads __consumer_offsets on
 * the first group request and answers COORDINATOR_NOT_AVAILABLE or COORDINATOR_LOAD_IN_PROGRESS until then; on a busy
 * machine that outlasts kafkajs's own retries, so a tool listing or deleting groups right after start failed.
 */
async function waitForGroupCoordinator(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const client = (await toolsKafka({ probe: true })).admin();
  await client.connect();
  try {
    for (;;) {
      try {
        await client.describeGroups(['budgetflow-coordinator-probe']);
        return;
      } catch (error) {
        if (Date.now() > deadline)
          fail(`The Kafka broker's group coordinator was not ready within ${timeoutMs / 1000} s (${error.message}). See .infra/kafka/broker.log.`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await client.disconnect();
  }
}

/** Creates every Budgetflow topic (with the configured prefix) that does not exist yet: the services' own code. */
export async function ensureTopics(prefix = settings.KAFKA_TOPIC_PREFIX) {
  const { ensureTopics: ensure } = loadTs('libs/shared/messaging/src/topic-admin.ts');
  return ensure(await toolsKafka(), prefix);
}

/** Starts the broker unless one already answers; returns true when this call started it. */
export async function startKafka() {
  if (await kafkaAnswers()) {
    ok(`Kafka already answers on ${settings.KAFKA_BROKERS}`);
    await ensureTopics();
    return false;
  }
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
    fail('Java 17 or newer is needed to run the Kafka broker. Install a JDK (e.g. `apt-get install openjdk-17-jre-headless`).');
  }
  mkdirSync(home, { recursive: true });
  if (!claimStart()) {
    // Another npm start/test/bench is starting this broker right now: two would share one data folder.
    step('Another run is starting the Kafka broker; waiting for it');
    await waitUntilAnswering(undefined, 120_000);
    await ensureTopics();
    ok(`Kafka is up (started by the other run)`);
    return false;
  }
  try {
    return await startBroker();
  } finally {
    rmSync(startLock, { force: true });
  }
}

/** Takes the start lock (a file with this process's id); false when a living process holds it. */
function claimStart() {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(startLock, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      const holder = Number(readFileSync(startLock, 'utf8'));
      if (alive(holder)) return false;
      rmSync(startLock, { force: true });
    }
  }
  return false;
}

async function startBroker() {
  fetchJars();
  writeConfig();
  formatStorage();
  step(`Starting Kafka ${settings.KAFKA_VERSION} (KRaft, single node) on ${settings.KAFKA_BROKERS}`);
  const out = openSync(logFile, 'a');
  const broker = spawn(
    'java',
    [
      `-Xms256m`,
      `-Xmx${settings.KAFKA_HEAP}`,
      `-Dlog4j.configuration=${pathToFileURL(join(home, 'log4j.properties'))}`,
      '-cp',
      `${libs}/*`,
      'kafka.Kafka',
      join(home, 'server.properties'),
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  broker.unref();
  closeSync(out);
  writeFileSync(pidFile, String(broker.pid));
  await waitUntilAnswering(broker.pid, 90_000);
  const created = await ensureTopics();
  await waitForGroupCoordinator(90_000);
  ok(`Kafka is up (pid ${broker.pid})${created.length ? `, created ${created.length} topics` : ''}`);
  return true;
}

/** Stops the broker this tool started (SIGTERM, then waits for a clean shutdown). */
export async function stopKafka() {
  const pid = runningPid();
  if (!pid) {
    ok('Kafka is not running (nothing started by Budgetflow)');
    return;
  }
  step(`Stopping Kafka (pid ${pid})`);
  const clean = await stopProcess(pid, 30_000);
  rmSync(pidFile, { force: true });
  if (clean) ok('Kafka stopped');
  else warn('Kafka did not stop within 30 s and was killed');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(async () => {
    const command = process.argv[2];
    if (command === 'start') await startKafka();
    else if (command === 'stop') await stopKafka();
    else if (command === 'status') {
      const up = await kafkaAnswers();
      console.log(up ? `Kafka answers on ${settings.KAFKA_BROKERS}` : `Kafka does not answer on ${settings.KAFKA_BROKERS}`);
      process.exitCode = up ? 0 : 1;
    } else fail('Usage: node tools/infra/kafka.mjs start | stop | status');
  });
}
