import { SqlExecutor } from '@budgetflow/messaging';
import { ReadModelProposal } from './proposal-facts';
import { StoredProposalRow, readModelProposal } from './stored-proposal';

/** The read model's proposals, read and written a batch at a time (report_proposal). */
export class ProposalRepository {
  constructor(private readonly tx: SqlExecutor) {}

  /** The stored proposals of these ids, locked until the transaction ends; a malformed row is a ParseError naming it. */
  async lockMany(ids: readonly string[]): Promise<Map<string, ReadModelProposal>> {
    if (ids.length === 0) return new Map();
    const rows = await this.tx.$queryRawUnsafe<StoredProposalRow[]>(
      `SELECT id::text AS id, round_id::text AS "roundId", content, state, state_sequence AS "stateSequence", decisions, steps
         FROM report_proposal WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      ids,
    );
    return new Map(rows.map((row) => [row.id, readModelProposal(row)]));
  }

  /** Inserts or replaces the given proposals with one statement, in id order (as they are locked: see RoundRepository). */
  async saveMany(proposals: readonly ReadModelProposal[]): Promise<void> {
    if (proposals.length === 0) return;
    const records = proposals.map((proposal) => ({
      id: proposal.id,
      round_id: proposal.roundId,
      content: proposal.content,
      state: proposal.state,
      state_sequence: proposal.stateSequence,
      decisions: proposal.decisions,
      steps: proposal.steps,
    }));
    await this.tx.$executeRawUnsafe(
      `INSERT INTO report_proposal (id, round_id, content, state, state_sequence, decisions, steps, updated_at)
       SELECT r.id, r.round_id, r.content, r.state, r.state_sequence, r.decisions, r.steps, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, round_id uuid, content jsonb, state text, state_sequence int, decisions jsonb, steps jsonb)
        ORDER BY r.id
       ON CONFLICT (id) DO UPDATE SET round_id = EXCLUDED.round_id, content = EXCLUDED.content, state = EXCLUDED.state,
         state_sequence = EXCLUDED.state_sequence, decisions = EXCLUDED.decisions, steps = EXCLUDED.steps, updated_at = now()`,
      JSON.stringify(records),
    );
  }
}
