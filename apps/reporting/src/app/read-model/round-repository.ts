import { SqlExecutor } from '@budgetflow/messaging';
import { BilagAgreement } from '@budgetflow/reporting/bilag';
import type { StoredQuestionWindow } from './stored-question';

/** What a batch of events did to one round: how many applied events count towards its data version, and what it set. */
export interface RoundChange {
  id: string;
  appliedEvents: number;
  /** The round as intake created it (round.created). */
  definition?: unknown;
  agreement?: BilagAgreement;
  /** The question window (question-window.set/closed). */
  questionWindow?: StoredQuestionWindow;
}

/** The read model's rounds (report_round), written a batch at a time. */
export class RoundRepository {
  constructor(private readonly tx: SqlExecutor) {}

  /**
   * Creates the rounds not yet known, raises each one's data version by its applied events, and sets what changed. In
   * id order, as the proposals are locked: two instances' batches (other partitions) touching the same rounds never
   * wait for each other in a circle.
   */
  async applyMany(changes: readonly RoundChange[]): Promise<void> {
    if (changes.length === 0) return;
    const records = changes.map((change) => ({
      id: change.id,
      data_version: change.appliedEvents,
      definition: change.definition ?? null,
      agreement: change.agreement ?? null,
      question_window: change.questionWindow ?? null,
    }));
    await this.tx.$executeRawUnsafe(
      `INSERT INTO report_round (id, data_version, definition, agreement, question_window, updated_at)
       SELECT r.id, r.data_version, r.definition, r.agreement, r.question_window, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, data_version int, definition jsonb, agreement jsonb, question_window jsonb)
        ORDER BY r.id
       ON CONFLICT (id) DO UPDATE SET data_version = report_round.data_version + EXCLUDED.data_version,
         definition = COALESCE(EXCLUDED.definition, report_round.definition), agreement = COALESCE(EXCLUDED.agreement, report_round.agreement),
         question_window = COALESCE(EXCLUDED.question_window, report_round.question_window), updated_at = now()`,
      JSON.stringify(records),
    );
  }
}
