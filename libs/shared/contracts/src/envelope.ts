// The envelope every Budgetflow event travels in (Kafka value, JSON). Versioned by `type` + `version`.

/**
 * Who caused an event: a person with a role, or a service acting on its own. `name` is the person's display name
 * from the token's `name` claim; it was added later and is optional, so events without it (older ones, a token
 * without a name, a service) read as before and every follower must do without it.
 */
export interface EventActor {
  id: string;
  role: string;
  committee?: string;
  /** A member of the regional council's party (added with the role, optional like `name`). */
  party?: string;
  name?: string;
}

export interface EventEnvelope<TPayload = unknown> {
  /** Unique event id (UUID); consumers remember it to ignore redeliveries. */
  id: string;
  /** Event type without version, e.g. "proposal.submitted". */
  type: string;
  /** Schema version of the payload. */
  version: number;
  /** The aggregate the event belongs to (proposal id, round id); also the Kafka key. */
  aggregateId: string;
  /** Per-aggregate sequence number, starting at 1; consumers never apply an older one after a newer one. */
  sequence: number;
  /** When it happened (ISO 8601). */
  occurredAt: string;
  actor: EventActor;
  /** The request or process this event belongs to. */
  correlationId: string;
  /** The event or request that directly caused this one. */
  causationId: string | null;
  payload: TPayload;
}
