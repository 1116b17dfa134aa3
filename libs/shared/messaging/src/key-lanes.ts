import { OutboundMessage } from './event-publisher';

// FNV-1a over the key's UTF-16 code units: cheap, stable across processes, and spreads UUID keys evenly.
function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * Splits messages into `count` lanes by key, each lane in the given order: every message of one key is in the same
 * lane, so lanes may be sent side by side while each lane's requests leave one after the other. Empty lanes are left
 * out.
 */
export function keyLanes(messages: readonly OutboundMessage[], count: number): OutboundMessage[][] {
  const lanes: OutboundMessage[][] = Array.from({ length: count }, () => []);
  for (const message of messages) lanes[keyHash(message.key) % count]?.push(message);
  return lanes.filter((lane) => lane.length > 0);
}
