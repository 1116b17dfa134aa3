import { consumerTimeouts } from './kafka-settings';

describe('consumerTimeouts', () => {
  it("takes KAFKA_SESSION_TIMEOUT_MS and KAFKA_HEARTBEAT_INTERVAL_MS, else kafkajs's defaults", () => {
    expect(consumerTimeouts({})).toEqual({ sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    expect(consumerTimeouts({ KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_HEARTBEAT_INTERVAL_MS: ' 500 ' })).toEqual({
      sessionTimeout: 6_000,
      heartbeatInterval: 500,
    });
  });
});
