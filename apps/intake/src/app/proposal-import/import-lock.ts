import { ProblemException } from '@budgetflow/platform';
import { Client } from 'pg';

/** The advisory-lock namespace of imports (the first of PostgreSQL's two 32-bit keys). */
const IMPORT_LOCK_NAMESPACE = 25_001;

export const IMPORT_IN_PROGRESS = 'import.in_progress' as const;

/**
 * One import at a time per person, across every intake instance: a PostgreSQL session advisory lock on the
 * person's id, held on a connection of its own for the import's duration (a crashed process's lock goes with its
 * connection). A second import meanwhile is refused at once, before its file is read.
 */
export class ImportLock {
  constructor(private readonly databaseUrl: string) {}

  async whileHeld<T>(personId: string, work: () => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.databaseUrl });
    // An error on the idle connection (the server restarted) must not take the process down.
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [IMPORT_LOCK_NAMESPACE, personId]);
      if (!rows[0]?.locked)
        throw ProblemException.conflict(IMPORT_IN_PROGRESS, 'Du er allerede ved at indlæse et regneark; vent, til den indlæsning er færdig, og prøv så igen.');
      return await work();
    } finally {
      // Closing the session releases its advisory locks.
      await client.end().catch(() => undefined);
    }
  }
}
