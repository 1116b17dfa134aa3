import { OutboundMessage } from './event-publisher';
import { keyLanes } from './key-lanes';

const message = (key: string, sequence: number): OutboundMessage => ({ topic: 't', key, value: String(sequence), headers: {} });

describe('lanes of keys', () => {
  const keys = Array.from({ length: 30 }, (_item, index) => `b0a7c0de-0000-4000-8000-${String(index).padStart(12, '0')}`);
  const messages = Array.from({ length: 10 }, (_item, sequence) => keys.map((key) => message(key, sequence + 1))).flat();

  it('puts every message of a key in one lane, in the given order, and loses none', () => {
    const lanes = keyLanes(messages, 3);

    expect(lanes.flat()).toHaveLength(messages.length);
    for (const key of keys) {
      const holding = lanes.filter((lane) => lane.some((item) => item.key === key));
      expect(holding).toHaveLength(1);
      expect(holding[0]?.filter((item) => item.key === key).map((item) => item.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    }
  });

  it('spreads keys over every lane and leaves empty lanes out', () => {
    expect(keyLanes(messages, 3)).toHaveLength(3);
    expect(keyLanes([message('one key', 1), message('one key', 2)], 3)).toEqual([[message('one key', 1), message('one key', 2)]]);
    expect(keyLanes([], 3)).toEqual([]);
  });

  it('gives a key the same lane every time, so the batches of a round keep its order too', () => {
    expect(keyLanes(messages.slice(0, 30), 3).map((lane) => lane.map((item) => item.key))).toEqual(
      keyLanes(messages.slice(30, 60), 3).map((lane) => lane.map((item) => item.key)),
    );
  });
});
