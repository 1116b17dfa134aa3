import { EventActor, EventEnvelope } from '@budgetflow/contracts';
import { randomUUID } from 'node:crypto';

export interface NewEvent<TPayload> {
  type: string;
  version?: number;
  aggregateId: string;
  sequence: number;
  actor: EventActor;
  correlationId: string;
  causationId: string | null;
  payload: TPayload;
}

/** A new event envelope with a fresh id and the current time. */
export function newEnvelope<TPayload>(event: NewEvent<TPayload>, now = new Date()): EventEnvelope<TPayload> {
  return { id: randomUUID(), version: 1, occurredAt: now.toISOString(), ...event };
}
