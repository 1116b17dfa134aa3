import { EventEnvelope, qualifiedType } from '@budgetflow/contracts';
import { SqlExecutor } from './sql-executor';

/** What the inbox says of one received event. */
export type InboxOutcome = 'applied' | 'duplicate' | 'stale';

/**
 * Records a batch of events of one stream in the inbox, in two statements whatever the batch's size, and says
 * which to apply: an id seen before (or earlier in the batch) is a duplicate; an event not newer than the last
 * applied one of its aggregate (or an earlier one in the batch) is stale. Run it in the transaction that applies them.
 */
export async function claimEvents(tx: SqlExecutor, envelopes: readonly EventEnvelope[], stream: string): Promise<InboxOutcome[]> {
  const aggregates = [...new Set(envelopes.map((envelope) => envelope.aggregateId))];
  // One round trip: the ids recorded now (an id seen before is not returned) and the aggregates' cursors, locked.
  const rows = await tx.$queryRawUnsafe<{ event_id: string | null; aggregate_id: string | null; sequence: number | null }[]>(
    `WITH inserted AS (
       INSERT INTO processed_event (event_id, type) SELECT * FROM unnest($1::uuid[], $2::text[])
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id::text
     ), cursors AS (
       SELECT aggregate_id, sequence FROM event_cursor WHERE stream = $3 AND aggregate_id = ANY($4::text[]) FOR UPDATE
     )
     SELECT event_id, NULL AS aggregate_id, NULL::int AS sequence FROM inserted
     UNION ALL SELECT NULL, aggregate_id, sequence FROM cursors`,
    envelopes.map((envelope) => envelope.id),
    envelopes.map((envelope) => qualifiedType(envelope)),
    stream,
    aggregates,
  );
  const unseen = new Set(rows.flatMap((row) => (row.event_id === null ? [] : [row.event_id])));
  const last = new Map(rows.flatMap((row) => (row.aggregate_id === null ? [] : [[row.aggregate_id, row.sequence as number] as const])));
  const advanced = new Map<string, number>();
  const outcomes = envelopes.map((envelope): InboxOutcome => {
    // The first of an id in the batch takes it; a later one is a duplicate.
    if (!unseen.delete(envelope.id.toLowerCase())) return 'duplicate';
    if (envelope.sequence <= (last.get(envelope.aggregateId) ?? -Infinity)) return 'stale';
    last.set(envelope.aggregateId, envelope.sequence);
    advanced.set(envelope.aggregateId, envelope.sequence);
    return 'applied';
  });
  if (advanced.size > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO event_cursor (stream, aggregate_id, sequence) SELECT $1, * FROM unnest($2::text[], $3::int[])
       ON CONFLICT (stream, aggregate_id) DO UPDATE SET sequence = EXCLUDED.sequence WHERE event_cursor.sequence < EXCLUDED.sequence`,
      stream,
      [...advanced.keys()],
      [...advanced.values()],
    );
  }
  return outcomes;
}
