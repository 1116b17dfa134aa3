import { OutboundMessage } from './event-publisher';

/**
 * Kafka refuses a request whose record batch for one partition exceeds the broker's message.max.bytes (1 MiB by
 * default). 768 KiB per request leaves room for the batch overhead, and any single event intake accepts fits.
 */
export const MAX_REQUEST_BYTES = 768 * 1024;

function size(message: OutboundMessage): number {
  const headers = Object.entries(message.headers).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value), 0);
  return Buffer.byteLength(message.key) + Buffer.byteLength(message.value) + headers;
}

/** Splits messages, in order, into consecutive requests of at most `maxBytes` each (a larger message goes alone). */
export function requestChunks(messages: readonly OutboundMessage[], maxBytes = MAX_REQUEST_BYTES): OutboundMessage[][] {
  const chunks: OutboundMessage[][] = [];
  let current: OutboundMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const messageBytes = size(message);
    if (current.length > 0 && bytes + messageBytes > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += messageBytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
