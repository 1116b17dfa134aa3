import { EventEnvelope } from './envelope';

export type EnvelopeParseResult = { ok: true; envelope: EventEnvelope } | { ok: false; reason: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the envelope's shape (not the payload); a message that fails here can never be processed. */
export function parseEnvelope(raw: unknown): EnvelopeParseResult {
  let value = raw;
  // Kafka hands over a Buffer; any byte array (Uint8Array) or string is read as UTF-8 JSON, in Node and browsers alike.
  if (typeof raw === 'string' || raw instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
    } catch {
      return { ok: false, reason: 'value is not JSON' };
    }
  }
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'value is not a JSON object' };
  const e = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof e.id !== 'string' || !UUID.test(e.id)) problems.push('id must be a UUID');
  if (typeof e.type !== 'string' || e.type === '') problems.push('type must be a non-empty string');
  if (!Number.isInteger(e.version) || (e.version as number) < 1) problems.push('version must be a positive integer');
  if (typeof e.aggregateId !== 'string' || e.aggregateId === '') problems.push('aggregateId must be a non-empty string');
  if (!Number.isInteger(e.sequence) || (e.sequence as number) < 1) problems.push('sequence must be a positive integer');
  if (typeof e.occurredAt !== 'string' || Number.isNaN(Date.parse(e.occurredAt))) problems.push('occurredAt must be an ISO date');
  if (typeof e.actor !== 'object' || e.actor === null || typeof (e.actor as { id?: unknown }).id !== 'string') problems.push('actor.id must be a string');
  if (typeof e.correlationId !== 'string') problems.push('correlationId must be a string');
  if (e.causationId !== null && typeof e.causationId !== 'string') problems.push('causationId must be a string or null');
  if (typeof e.payload !== 'object' || e.payload === null) problems.push('payload must be an object');
  if (problems.length > 0) return { ok: false, reason: `invalid envelope: ${problems.join('; ')}` };
  const actor = e.actor as Record<string, unknown>;
  return {
    ok: true,
    envelope: {
      id: e.id as string,
      type: e.type as string,
      version: e.version as number,
      aggregateId: e.aggregateId as string,
      sequence: e.sequence as number,
      occurredAt: e.occurredAt as string,
      actor: {
        id: actor.id as string,
        role: String(actor.role ?? ''),
        ...(typeof actor.committee === 'string' ? { committee: actor.committee } : {}),
        ...(typeof actor.party === 'string' && actor.party.trim() !== '' ? { party: actor.party } : {}),
        // Optional: events from before names were recorded have none.
        ...(typeof actor.name === 'string' && actor.name.trim() !== '' ? { name: actor.name } : {}),
      },
      correlationId: e.correlationId as string,
      causationId: (e.causationId as string | null) ?? null,
      payload: e.payload,
    },
  };
}
