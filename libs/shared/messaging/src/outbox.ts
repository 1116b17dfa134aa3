import { EventEnvelope, TopicName } from '@budgetflow/contracts';
import { SqlExecutor } from './sql-executor';

/** One event to publish: the logical topic and the envelope (the Kafka key is the aggregate id). */
export interface OutgoingEvent {
  topic: TopicName;
  envelope: EventEnvelope;
}

/** An outbox row as written: the event id, the logical topic, the Kafka key (the aggregate id) and the envelope as JSON. */
export interface OutboxRow {
  eventId: string;
  topic: TopicName;
  key: string;
  envelope: string;
}

/** The outbox rows of events, for a service that writes them in one statement with its own rows (columns as in appendToOutbox). */
export function outboxRows(events: readonly OutgoingEvent[]): OutboxRow[] {
  return events.map(({ topic, envelope }) => ({ eventId: envelope.id, topic, key: envelope.aggregateId, envelope: JSON.stringify(envelope) }));
}

/**
 * Writes events to the outbox table. Call it with the transaction client of the state change, so that the
 * change and its events are committed together or not at all.
 */
export async function appendToOutbox(tx: SqlExecutor, events: readonly OutgoingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = outboxRows(events).map(({ eventId, topic, key, envelope }, index) => {
    values.push(eventId, topic, key, envelope);
    const p = index * 4;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}::jsonb)`;
  });
  await tx.$executeRawUnsafe(`INSERT INTO outbox_event (event_id, topic, key, envelope) VALUES ${rows.join(', ')}`, ...values);
}
