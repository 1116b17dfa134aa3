import { AdvisoryLease, LeasedLoop } from '@budgetflow/messaging';
import { expectEventually, testDatabaseUrl } from '@budgetflow/testing';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

// Another instance, as a process of its own: takes the lease the way AdvisoryLease does (the test checks that it is
// the same lock), says so, and waits to be killed.
const HOLDER = `
const { Client } = require('pg');
const client = new Client({ connectionString: process.env.LEASE_URL });
client.connect()
  .then(() => client.query('SELECT pg_try_advisory_lock(7420, hashtext($1)) AS held', [process.env.LEASE_NAME]))
  .then(({ rows }) => { process.stdout.write(rows[0].held ? 'held\\n' : 'not held\\n'); setInterval(() => undefined, 1000); });
`;

// Issue 32: once-only work (the report renderer, the publication builder) runs under a lease that passes to another
// instance when its holder dies, however it dies.
describe('AdvisoryLease, against the real database', () => {
  const url = () => testDatabaseUrl('REPORTING_DATABASE_URL');

  it('passes to another instance when its holder is killed with -9 (the lock goes with the connection)', async () => {
    const name = `test.lease.${randomUUID()}`;
    const holder = spawn(process.execPath, ['-e', HOLDER], {
      env: { ...process.env, LEASE_URL: url(), LEASE_NAME: name },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const said = await new Promise<string>((resolve) => holder.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
    expect(said).toBe('held');
    const lease = new AdvisoryLease(url(), name);
    try {
      expect(await lease.hold()).toBe(false);
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
      // The server ends the killed process's session as its socket closes: the next attempt holds the lease.
      await expectEventually(async () => expect(await lease.hold()).toBe(true), { timeoutMs: 10_000 });
      // Held once however often it is confirmed: one release lets the next instance have it.
      expect(await lease.hold()).toBe(true);
      await lease.release();
      const next = new AdvisoryLease(url(), name);
      expect(await next.hold()).toBe(true);
      await next.release();
    } finally {
      holder.kill('SIGKILL');
      await lease.release();
    }
  }, 30_000);

  it('tells a holder whose connection broke (e.g. while it was paused) that it no longer holds the lease', async () => {
    const name = `test.lease.${randomUUID()}`;
    const first = new AdvisoryLease(url(), name);
    const second = new AdvisoryLease(url(), name);
    const admin = new Client({ connectionString: url() });
    await admin.connect();
    try {
      expect(await first.hold()).toBe(true);
      expect(await second.hold()).toBe(false);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`lease ${name}`]);
      await expectEventually(async () => expect(await second.hold()).toBe(true), { timeoutMs: 10_000 });
      // The first learns it at its next attempt (the broken connection fails it once, then the lock is the other's).
      const again = await first.hold().catch(() => first.hold());
      expect(again).toBe(false);
    } finally {
      await Promise.all([first.release(), second.release(), admin.end()]);
    }
  }, 30_000);

  it('runs the passes of two loops on one database on one of them at a time, and hands over when that one stops', async () => {
    const name = `test.lease.${randomUUID()}`;
    const runs = [0, 0];
    const loops = [0, 1].map(
      (index) =>
        new LeasedLoop(
          new AdvisoryLease(url(), name),
          async () => {
            runs[index] = (runs[index] ?? 0) + 1;
          },
          { pollMs: 20 },
        ),
    ) as [LeasedLoop, LeasedLoop];
    loops[0].start();
    await expectEventually(() => expect(runs[0]).toBeGreaterThan(2));
    loops[1].start();
    // While the first holds the lease the second polls and never works.
    const before = runs[0] as number;
    await expectEventually(() => expect(runs[0]).toBeGreaterThan(before + 2));
    expect(runs[1]).toBe(0);
    await loops[0].stop();
    await expectEventually(() => expect(runs[1]).toBeGreaterThan(0));
    await loops[1].stop();
  }, 30_000);
});
