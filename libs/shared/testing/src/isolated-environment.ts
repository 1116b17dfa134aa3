import { ensureTopics } from '@budgetflow/messaging';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testKafka } from './test-environment';

const DATABASE_VARIABLES = ['INTAKE_DATABASE_URL', 'WORKFLOW_DATABASE_URL', 'REPORTING_DATABASE_URL'] as const;

/**
 * Gives one integration test file its own world: a copy of each migrated test database (PostgreSQL template)
 * and its own Kafka topics (the prefix set by jest's setup), removed again afterwards. Files then run in
 * parallel without seeing each other's rows or events.
 */
export function useIsolatedEnvironment(): void {
  const suffix = randomBytes(4).toString('hex');
  const created: { admin: string; name: string }[] = [];
  let topics: string[] = [];

  beforeAll(async () => {
    for (const variable of DATABASE_VARIABLES) {
      const template = new URL(requiredEnv(variable));
      const name = `${template.pathname.slice(1)}_${suffix}`;
      const admin = new URL(template);
      admin.pathname = '/postgres';
      await withClient(admin.toString(), (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`));
      created.push({ admin: admin.toString(), name });
      const copy = new URL(template);
      copy.pathname = `/${name}`;
      process.env[variable] = copy.toString();
    }
    topics = await ensureTopics(testKafka('test-setup'), requiredEnv('KAFKA_TOPIC_PREFIX'));
  }, 60_000);

  afterAll(async () => {
    for (const { admin, name } of created) {
      await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
    if (topics.length > 0) {
      const admin = testKafka('test-setup').admin();
      await admin.connect();
      await admin.deleteTopics({ topics }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 60_000);
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\`, which prepares the databases and the broker.`);
  return value;
}
