import { QuestionSnapshotV1 } from '@budgetflow/contracts';
import { SqlExecutor } from '@budgetflow/messaging';

/** A question's newest snapshot in a batch, with the question's own event sequence it came with. */
export interface QuestionChange {
  readonly snapshot: QuestionSnapshotV1;
  readonly sequence: number;
}

/** The read model's budget questions (report_question), written a batch at a time. */
export class QuestionRepository {
  constructor(private readonly tx: SqlExecutor) {}

  /**
   * Inserts the questions not yet known and replaces a stored snapshot only with a newer one (a higher sequence of the
   * question's events), with one statement: a redelivered or late snapshot changes nothing.
   */
  async saveMany(changes: readonly QuestionChange[]): Promise<void> {
    if (changes.length === 0) return;
    const records = changes.map(({ snapshot, sequence }) => ({
      id: snapshot.questionId,
      round_id: snapshot.roundId,
      number: snapshot.number,
      state: snapshot.state,
      sequence,
      snapshot,
    }));
    await this.tx.$executeRawUnsafe(
      `INSERT INTO report_question (id, round_id, number, state, sequence, snapshot, updated_at)
       SELECT r.id, r.round_id, r.number, r.state, r.sequence, r.snapshot, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, round_id uuid, number int, state text, sequence int, snapshot jsonb)
        ORDER BY r.id
       ON CONFLICT (id) DO UPDATE SET round_id = EXCLUDED.round_id, number = EXCLUDED.number, state = EXCLUDED.state,
         sequence = EXCLUDED.sequence, snapshot = EXCLUDED.snapshot, updated_at = now()
         WHERE report_question.sequence < EXCLUDED.sequence`,
      JSON.stringify(records),
    );
  }
}
