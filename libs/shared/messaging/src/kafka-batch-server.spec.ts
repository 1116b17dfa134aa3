import { KafkaBatchServer } from './kafka-batch-server';

// No broker needed: nothing listens on port 1, so the consumer's connection is refused on every retry.
describe('KafkaBatchServer', () => {
  it('tells Nest through the callback that the broker is away, and does not reject (which would end the process)', async () => {
    const server = new KafkaBatchServer({
      settings: { brokers: ['127.0.0.1:1'], clientId: 'batch-server-spec', topicPrefix: 'spec.' },
      groupId: 'spec',
      topics: ['spec.events'],
      receive: async () => undefined,
    });
    const reported: unknown[] = [];
    await server.listen((error) => reported.push(error));
    expect(reported).toHaveLength(1);
    expect(String(reported[0])).toMatch(/ECONNREFUSED|Connection error/);
  }, 90_000);
});
