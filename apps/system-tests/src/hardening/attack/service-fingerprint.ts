import { Client } from 'pg';

/**
 * A fingerprint of everything a service database stores: one md5 per table over its rows (the relay's
 * published_at left out: it changes in the background after a successful request, not because of one).
 */
export class DatabaseFingerprint {
  private client: Client | undefined;
  private query: string | undefined;

  constructor(private readonly url: string) {}

  async take(): Promise<string> {
    if (!this.client) {
      this.client = new Client({ connectionString: this.url });
      await this.client.connect();
      const { rows } = await this.client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1",
      );
      const row = `(to_jsonb(t) - 'published_at')::text`;
      this.query = `SELECT ${rows.map(({ name }) => `(SELECT count(*) || ':' || md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) FROM "${name}" t) AS "${name}"`).join(', ')}`;
    }
    const { rows } = await this.client.query(this.query as string);
    return JSON.stringify(rows[0]);
  }

  /** Unpublished outbox rows (background work still to do). */
  async backlog(): Promise<number> {
    await this.take();
    const { rows } = await (this.client as Client).query<{ count: number }>('SELECT count(*)::int AS count FROM outbox_event WHERE published_at IS NULL');
    return rows[0].count;
  }

  /**
   * Waits until the outbox is empty and two fingerprints `quietMs` apart agree (reporting renders in the background
   * after 1.5 s of quiet, so it needs a longer look).
   */
  async settled(quietMs = 300, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = await this.take();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      const next = await this.take();
      if (next === last && (await this.backlog()) === 0) return next;
      if (Date.now() > deadline) return next;
      last = next;
    }
  }

  async close(): Promise<void> {
    await this.client?.end();
  }
}
