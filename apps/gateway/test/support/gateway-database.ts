import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A database of its own for one test file (created from GATEWAY_DATABASE_URL's server), dropped afterwards. */
export async function freshGatewayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(process.env['GATEWAY_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/budgetflow_gateway_test');
  const name = `${base.pathname.slice(1)}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new Client({ connectionString: admin.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
