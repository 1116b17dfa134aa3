/** A message as the relay hands it to the broker. */
export interface OutboundMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** Publishes messages in the given order, acknowledged by the broker, or throws. */
export interface EventPublisher {
  publish(messages: readonly OutboundMessage[]): Promise<void>;
}
