import { EventEnvelope } from './envelope';
import { TopicName } from './topics';

/** One event type, defined once: where it is published, its name and version, and the parser of its payload. */
export interface EventDefinition<TPayload> {
  readonly topic: TopicName;
  /** Without version, e.g. "proposal.submitted". */
  readonly type: string;
  readonly version: number;
  /** "proposal.submitted.v1": the key of handler maps, the Kafka header and the inbox's type. */
  readonly qualified: string;
  /** The envelope's payload checked against this type (throws ParseError); producers and consumers both use it. */
  readonly payload: (envelope: EventEnvelope) => TPayload;
}

/** "proposal.submitted" + 1 → "proposal.submitted.v1", the one spelling of a versioned type. */
export function qualifiedType(envelope: Pick<EventEnvelope, 'type' | 'version'>): string {
  return `${envelope.type}.v${envelope.version}`;
}

export function defineEvent<TPayload>(
  topic: TopicName,
  type: string,
  version: number,
  payload: (envelope: EventEnvelope) => TPayload,
): EventDefinition<TPayload> {
  return { topic, type, version, qualified: qualifiedType({ type, version }), payload };
}
