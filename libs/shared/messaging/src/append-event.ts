import { EventActor, EventDefinition, EventEnvelope } from '@budgetflow/contracts';
import { randomUUID } from 'node:crypto';
import { OutgoingEvent, appendToOutbox } from './outbox';
import { SqlExecutor } from './sql-executor';

/** Who caused an event, and the request or event it belongs to. */
export interface EventContext {
  actor: EventActor;
  correlationId: string;
  causationId: string | null;
  /** When it happened, where the producer's clock decides it (ISO 8601); now when left out. */
  occurredAt?: string;
}

/** The aggregate an event belongs to, and the event's number in its sequence (the row's event count after the change). */
export interface EventAggregate {
  id: string;
  sequence: number;
}

/** A new event of a defined type, with a fresh id and the current time; its payload is checked by the type's parser. */
export function newEvent<TPayload>(definition: EventDefinition<TPayload>, aggregate: EventAggregate, payload: TPayload, context: EventContext): OutgoingEvent {
  const { occurredAt, ...who } = context;
  const envelope: EventEnvelope<TPayload> = {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    aggregateId: aggregate.id,
    sequence: aggregate.sequence,
    occurredAt: occurredAt ?? new Date().toISOString(),
    ...who,
    payload,
  };
  // A producer never writes an event its followers would dead-letter.
  definition.payload(envelope);
  return { topic: definition.topic, envelope };
}

/** Writes one event to the outbox in the caller's transaction (the state change's), and returns its envelope. */
export async function appendEvent<TPayload>(
  tx: SqlExecutor,
  definition: EventDefinition<TPayload>,
  aggregate: EventAggregate,
  payload: TPayload,
  context: EventContext,
): Promise<EventEnvelope> {
  const event = newEvent(definition, aggregate, payload, context);
  await appendToOutbox(tx, [event]);
  return event.envelope;
}
