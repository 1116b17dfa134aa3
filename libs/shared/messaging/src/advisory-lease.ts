import { Client } from 'pg';
import { Lease } from './lease';

// The first key of every lease's two-key advisory lock (the relay's one-key lock lives in another key space).
const LEASE_LOCK_CLASS = 7420;

/**
 * A lease as a session-level PostgreSQL advisory lock on a connection of its own: the lock lives exactly as long as
 * that connection, so a holder killed with -9 loses it the moment its socket closes, and the next instance that
 * asks holds it (within one poll). Each `hold()` confirms the connection still answers, so a holder whose
 * connection broke learns it no longer holds the lease before its next pass.
 */
export class AdvisoryLease implements Lease {
  private client: Client | undefined;
  private held = false;

  constructor(
    private readonly databaseUrl: string,
    /** The work the lease is for, e.g. "reporting.report-renderer" (its lock key is the name's hash). */
    readonly name: string,
  ) {}

  async hold(): Promise<boolean> {
    try {
      const client = await this.connection();
      const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS held', [LEASE_LOCK_CLASS, this.name]);
      // A session lock is re-entrant: taken once per pass would stack, so one taken is kept and the extra let go.
      if (this.held && rows[0]?.held) await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LEASE_LOCK_CLASS, this.name]);
      this.held = rows[0]?.held === true;
      return this.held;
    } catch (error) {
      await this.drop();
      throw error;
    }
  }

  async release(): Promise<void> {
    // Ending the session releases its locks.
    await this.drop();
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.databaseUrl, application_name: `lease ${this.name}` });
    // A broken connection has lost the lock with it: the next hold() connects again and asks anew.
    client.on('error', () => {
      if (this.client === client) void this.drop();
    });
    try {
      await client.connect();
      // A killed process's socket closes at once; a vanished host's only when the server's keepalive gives up on it
      // (the operating system's default: two hours). For this session: about 11 s.
      await client.query('SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3');
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held = false;
    await client?.end().catch(() => undefined);
  }
}
