import { EventEnvelope } from '@budgetflow/contracts';
import { randomUUID } from 'node:crypto';

/** An event envelope with sensible defaults; override what the test is about. */
export function anEnvelope(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'proposal.submitted',
    version: 1,
    aggregateId: randomUUID(),
    sequence: 1,
    occurredAt: new Date().toISOString(),
    actor: { id: 'test', role: 'committee_secretariat', committee: 'SU' },
    correlationId: randomUUID(),
    causationId: null,
    payload: {},
    ...overrides,
  };
}
