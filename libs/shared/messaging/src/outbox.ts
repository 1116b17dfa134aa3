import { EventEnvelope, TopicName } from '@budgetflow/contracts';
import { SqlExecutor } from './sql-executor';

/** One event to publish: the logical topic and the envelope (the Kafka key is the aggregate id). */
export interface OutgoingEvent {
  topic: TopicName;
  envelope: EventEnvelope;
}

/**
 * Writes events to the outbox table. Call it with the transaction client of the state change, so that the
 * change and its events are committed together or not at all.
 */
export async function appendToOutbox(tx: SqlExecutor, events: readonly OutgoingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map(({ topic, envelope }, index) => {
    values.push(envelope.id, topic, envelope.aggregateId, JSON.stringify(envelope));
    const p = index * 4;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}::jsonb)`;
  });
  await tx.$executeRawUnsafe(`INSERT INTO outbox_event (event_id, topic, key, envelope) VALUES ${rows.join(', ')}`, ...values);
}
