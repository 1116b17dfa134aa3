// Local PostgreSQL: makes sure the server answers, creates one database per service (and the gateway's) and applies the migrations.
// Usage: node tools/infra/postgres.mjs up [--test]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok, runMain, step } from './log.mjs';
import { SERVICES as services } from './services.mjs';
import { loadSettings, root } from './settings.mjs';

const settings = loadSettings();

/** The same server, the database name with a suffix (_test for npm test, _bench for npm run bench). */
export function suffixedDatabaseUrl(url, suffix) {
  const parsed = new URL(url);
  parsed.pathname = `${parsed.pathname}${suffix}`;
  return parsed.toString();
}

/** The URL of a service's test database: the same server, the database name with a _test suffix. */
export const testDatabaseUrl = (url) => suffixedDatabaseUrl(url, '_test');

async function connect(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  return client;
}

async function answers(url) {
  try {
    const client = await connect(url);
    await client.end();
    return true;
  } catch {
    return false;
  }
}

// A Debian-style cluster that is installed but stopped can be started in place.
function startLocalCluster() {
  const list = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  if (list.status !== 0) return false;
  const stopped = list.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[3] === 'down');
  for (const [version, cluster] of stopped) {
    step(`Starting the local PostgreSQL cluster ${version}/${cluster}`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, cluster, 'start'], { stdio: 'inherit' });
  }
  return stopped.length > 0;
}

async function ensureServer() {
  const adminUrl = settings.POSTGRES_ADMIN_URL;
  const where = new URL(adminUrl).host;
  if (await answers(adminUrl)) return;
  if (startLocalCluster()) {
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await answers(adminUrl)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  fail(
    `PostgreSQL does not answer at ${where} (POSTGRES_ADMIN_URL). Start it (Debian: \`pg_ctlcluster 15 main start\`; ` +
      `Docker: \`docker compose up -d postgres\`) or point POSTGRES_ADMIN_URL and the *_DATABASE_URL variables in .env at a server that runs.`,
  );
}

async function ensureDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const admin = await connect(settings.POSTGRES_ADMIN_URL);
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      ok(`Created database ${name}`);
    }
  } finally {
    await admin.end();
  }
}

function prisma(service, args, databaseUrl) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'prisma'), [...args, '--config', join(service.directory, 'prisma.config.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  if (result.status !== 0) fail(`prisma ${args.join(' ')} failed for ${service.name}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Generates each service's Prisma client (no database needed); skipped while the schema is unchanged. */
export function generateClients() {
  for (const service of services) {
    const schema = readFileSync(join(root, service.directory, 'prisma', 'schema.prisma'));
    const hash = createHash('sha256').update(schema).digest('hex');
    const stamp = join(root, service.directory, 'src', 'generated', 'schema.sha256');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) continue;
    prisma(service, ['generate'], settings[service.urlVariable]);
    writeFileSync(stamp, hash);
    ok(`${service.name}: generated the Prisma client`);
  }
}

function migrationNames(service) {
  const folder = join(root, service.directory, 'prisma', 'migrations');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((entry) => /^\d/.test(entry))
        .sort()
    : [];
}

// Asking the database first saves a Prisma CLI start (seconds) when nothing is pending.
async function pendingMigrations(url, names) {
  const client = await connect(url);
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0].name) return names;
    const applied = await client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return names.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

// Test databases are templates copied for each integration test file: they must hold no rows.
async function emptyTables(url) {
  const client = await connect(url);
  try {
    const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'");
    if (tables.rowCount > 0) await client.query(`TRUNCATE ${tables.rows.map((row) => `"${row.tablename}"`).join(', ')}`);
  } finally {
    await client.end();
  }
}

/**
 * Makes sure PostgreSQL answers, creates the service databases and applies all migrations. `test` names the _test
 * set and empties it (they are templates); `suffix` names another set, e.g. the benchmark's; `empty` removes all rows.
 */
export async function ensureDatabases({ test = false, suffix = test ? '_test' : '', empty = test } = {}) {
  await ensureServer();
  for (const service of services) {
    await ensureServiceDatabase(service.name, suffixedDatabaseUrl(settings[service.urlVariable], suffix), { empty });
  }
}

/** Creates one database with a service's schema at `url` and applies its migrations; `empty` removes every row. */
export async function ensureServiceDatabase(serviceName, url, { empty = false } = {}) {
  const service = services.find((candidate) => candidate.name === serviceName);
  await ensureDatabase(url);
  const names = migrationNames(service);
  const pending = await pendingMigrations(url, names);
  if (pending.length > 0) prisma(service, ['migrate', 'deploy'], url);
  if (empty) await emptyTables(url);
  const applied = pending.length ? `applied ${pending.length} of ${names.length}` : `${names.length} in all, none pending`;
  ok(`${service.name}: database ${new URL(url).pathname.slice(1)} is up to date (migrations: ${applied})`);
}

/** The gateway's database (its sessions; the gateway creates its own tables). `suffix` as for the services' databases. */
export async function ensureGatewayDatabase({ suffix = '' } = {}) {
  await ensureServer();
  const url = suffixedDatabaseUrl(settings.GATEWAY_DATABASE_URL, suffix);
  await ensureDatabase(url);
  ok(`gateway: database ${new URL(url).pathname.slice(1)} is there`);
  return url;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(async () => {
    const [command, serviceName, migrationName] = process.argv.slice(2);
    if (command === 'migration') {
      // A developer's new migration: diffed against a shadow database, applied to the development database.
      const service = services.find((candidate) => candidate.name === serviceName);
      if (!service || !/^[a-z0-9_]+$/.test(migrationName ?? ''))
        fail('Usage: node tools/infra/postgres.mjs migration <intake|workflow|reporting> <snake_case_name>');
      await ensureServer();
      await ensureDatabase(settings[service.urlVariable]);
      console.log(prisma(service, ['migrate', 'dev', '--name', migrationName], settings[service.urlVariable]));
      return;
    }
    if (command !== 'up') fail('Usage: node tools/infra/postgres.mjs up [--test] | migration <service> <name>');
    step('Preparing the Prisma clients');
    generateClients();
    step('Checking PostgreSQL');
    await ensureDatabases({ test: process.argv.includes('--test') });
    await ensureGatewayDatabase({ suffix: process.argv.includes('--test') ? '_test' : '' });
  });
}
