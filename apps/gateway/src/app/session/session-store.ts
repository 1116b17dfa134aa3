import { createHash, randomBytes } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { PendingLogin, Session, SessionData, SessionLifetimes } from './session';
import { parsePendingLogin, parseSessionData } from './stored-session';

const hash = (value: string) => createHash('sha256').update(value).digest('hex');
const LOGIN_TTL_MS = 10 * 60_000;

// The rows as pg returns them (timestamptz as Date); data is JSON, parsed before use.
interface SessionRow {
  data: unknown;
  created_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
}

interface LoginRow {
  data: unknown;
  expires_at: Date;
}

/**
 * Server-side sessions in PostgreSQL. Rows are keyed by the hash of the cookie value, so a copy of the table does
 * not let anyone act as its users. Idle and absolute expiry are both stored; an expired row counts as absent.
 */
export class SessionStore {
  constructor(
    private readonly pool: Pool,
    private readonly lifetimes: SessionLifetimes,
  ) {}

  async migrate(): Promise<void> {
    // Several gateway instances start at once: CREATE … IF NOT EXISTS is not safe side by side, so one at a time.
    await this.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7420003)');
      await client.query(`
      CREATE TABLE IF NOT EXISTS gateway_session (
        id_hash text PRIMARY KEY,
        subject text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        idle_expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL
      );
      CREATE INDEX IF NOT EXISTS gateway_session_subject ON gateway_session (subject);
      CREATE TABLE IF NOT EXISTS gateway_login (
        state_hash text PRIMARY KEY,
        data jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      );`);
    });
  }

  /**
   * Renews a session's tokens once across the gateway's instances: its row is locked while `renew` asks the provider,
   * and an instance that waited for that lock finds the tokens the other one got (`isFresh`) instead of spending the
   * same refresh token again (a provider that rotates refresh tokens would end the session). `renew` gives the new
   * data, or undefined to end the session.
   */
  async renewOnce(
    session: Session,
    isFresh: (data: SessionData) => boolean,
    renew: (data: SessionData) => Promise<SessionData | undefined>,
  ): Promise<Session | undefined> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ data: unknown }>('SELECT data FROM gateway_session WHERE id_hash = $1 FOR UPDATE', [hash(session.id)]);
      const row = rows[0];
      if (!row) return undefined;
      const current = parseSessionData(row.data, 'gateway_session.data');
      if (isFresh(current)) return { ...session, data: current };
      const renewed = await renew(current);
      if (renewed) await client.query('UPDATE gateway_session SET data = $2 WHERE id_hash = $1', [hash(session.id), renewed]);
      else await client.query('DELETE FROM gateway_session WHERE id_hash = $1', [hash(session.id)]);
      return renewed ? { ...session, data: renewed } : undefined;
    });
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async create(data: SessionData, now = new Date()): Promise<Session> {
    const id = randomBytes(32).toString('base64url');
    const absoluteExpiresAt = new Date(now.getTime() + this.lifetimes.absoluteMs);
    const idleExpiresAt = new Date(Math.min(now.getTime() + this.lifetimes.idleMs, absoluteExpiresAt.getTime()));
    await this.pool.query('DELETE FROM gateway_session WHERE idle_expires_at < $1 OR absolute_expires_at < $1', [now]);
    await this.pool.query(
      'INSERT INTO gateway_session (id_hash, subject, data, created_at, idle_expires_at, absolute_expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [hash(id), data.user.id, data, now, idleExpiresAt, absoluteExpiresAt],
    );
    return { id, data, createdAt: now, idleExpiresAt, absoluteExpiresAt };
  }

  /** The live session with this cookie value; an expired one is deleted and not returned. */
  async find(id: string, now = new Date()): Promise<Session | undefined> {
    const { rows } = await this.pool.query<SessionRow>(
      'SELECT data, created_at, idle_expires_at, absolute_expires_at FROM gateway_session WHERE id_hash = $1',
      [hash(id)],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.idle_expires_at <= now || row.absolute_expires_at <= now) {
      await this.delete(id);
      return undefined;
    }
    return {
      id,
      data: parseSessionData(row.data, 'gateway_session.data'),
      createdAt: row.created_at,
      idleExpiresAt: row.idle_expires_at,
      absoluteExpiresAt: row.absolute_expires_at,
    };
  }

  /** Activity: the idle lifetime starts again (never beyond the absolute one). */
  async touch(session: Session, now = new Date()): Promise<Session> {
    const idleExpiresAt = new Date(Math.min(now.getTime() + this.lifetimes.idleMs, session.absoluteExpiresAt.getTime()));
    await this.pool.query('UPDATE gateway_session SET idle_expires_at = $2 WHERE id_hash = $1', [hash(session.id), idleExpiresAt]);
    return { ...session, idleExpiresAt };
  }

  async update(session: Session, data: SessionData): Promise<Session> {
    await this.pool.query('UPDATE gateway_session SET data = $2 WHERE id_hash = $1', [hash(session.id), data]);
    return { ...session, data };
  }

  async delete(id: string): Promise<void> {
    await this.pool.query('DELETE FROM gateway_session WHERE id_hash = $1', [hash(id)]);
  }

  /** Signs a person out everywhere: every session of the subject, in every browser. */
  async deleteAllOf(subject: string): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM gateway_session WHERE subject = $1', [subject]);
    return rowCount ?? 0;
  }

  async saveLogin(state: string, login: PendingLogin, now = new Date()): Promise<void> {
    await this.pool.query('DELETE FROM gateway_login WHERE expires_at < $1', [now]);
    await this.pool.query('INSERT INTO gateway_login (state_hash, data, expires_at) VALUES ($1, $2, $3)', [
      hash(state),
      login,
      new Date(now.getTime() + LOGIN_TTL_MS),
    ]);
  }

  /** The sign-in started with this state, once: it is removed as it is read. */
  async takeLogin(state: string, now = new Date()): Promise<PendingLogin | undefined> {
    const { rows } = await this.pool.query<LoginRow>('DELETE FROM gateway_login WHERE state_hash = $1 RETURNING data, expires_at', [hash(state)]);
    return rows[0] && rows[0].expires_at > now ? parsePendingLogin(rows[0].data, 'gateway_login.data') : undefined;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }
}
