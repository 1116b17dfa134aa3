import { KafkaDeadLetterSink } from './dead-letter';
import { OutboundMessage } from './event-publisher';
import { requestChunks } from './request-chunks';

const message = (key: string, bytes: number): OutboundMessage => ({ topic: 't', key, value: 'x'.repeat(bytes), headers: {} });

describe('requestChunks', () => {
  it('keeps the order and puts at most maxBytes in a request; a larger message goes alone', () => {
    const messages = [message('a', 40), message('b', 40), message('c', 40), message('d', 200), message('e', 10)];
    const chunks = requestChunks(messages, 100);
    expect(chunks.map((chunk) => chunk.map((item) => item.key))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
    expect(chunks.flat()).toEqual(messages);
  });

  it('counts keys and headers, and gives nothing for nothing', () => {
    const withHeaders = { ...message('a', 50), headers: { 'event-type': 'x'.repeat(40) } };
    expect(requestChunks([withHeaders, message('b', 5)], 100)).toHaveLength(2);
    expect(requestChunks([], 100)).toEqual([]);
  });
});

describe('KafkaDeadLetterSink', () => {
  it('publishes the letter on the prefixed dead-letter topic, keyed by the consumer, with its origin in headers', async () => {
    const published: OutboundMessage[] = [];
    const sink = new KafkaDeadLetterSink({ publish: async (messages) => void published.push(...messages) }, 'test.');
    await sink.send({
      consumer: 'workflow',
      reason: 'unknown proposal',
      source: { topic: 'budgetflow.intake.events', partition: 2, offset: '17' },
      value: { a: 1 },
    });
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      topic: expect.stringMatching(/^test\..*dead/),
      key: 'workflow',
      headers: { consumer: 'workflow', reason: 'unknown proposal', 'source-topic': 'budgetflow.intake.events', 'source-partition': '2', 'source-offset': '17' },
    });
    expect(JSON.parse(published[0]?.value ?? '{}')).toMatchObject({ reason: 'unknown proposal', value: '{"a":1}' });
  });
});
