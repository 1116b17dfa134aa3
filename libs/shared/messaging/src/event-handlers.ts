import { EventDefinition, EventEnvelope } from '@budgetflow/contracts';
import { EventHandler, EventHandlers } from './event-consumer';
import { SqlExecutor } from './sql-executor';

/** Applies one event's parsed payload inside the consumer's transaction. */
export type PayloadHandler<TPayload, Tx> = (payload: TPayload, envelope: EventEnvelope, tx: Tx) => Promise<void>;

/** One entry of a handler map: the type's qualified name, and a handler that gets the payload its parser checked. */
export function on<TPayload, Tx extends SqlExecutor>(definition: EventDefinition<TPayload>, handle: PayloadHandler<TPayload, Tx>): [string, EventHandler<Tx>] {
  return [definition.qualified, async (envelope, tx) => handle(definition.payload(envelope), envelope, tx)];
}

/** A consumer's handler map from its entries (see `on`). */
export function eventHandlers<Tx extends SqlExecutor>(...entries: [string, EventHandler<Tx>][]): EventHandlers<Tx> {
  return Object.fromEntries(entries);
}
