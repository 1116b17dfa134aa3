import { ConfigError, hostPortList, loadConfig, oneOf, optionalText, port, text, url } from './config-schema';

const schema = {
  PORT: port(),
  DATABASE_URL: url('postgresql:', 'postgres:'),
  KAFKA_BROKERS: hostPortList(),
  PREFIX: text(''),
  LOG_LEVEL: oneOf(['info', 'debug'] as const, 'info'),
  JWKS_URL: optionalText(),
};

describe('loadConfig', () => {
  it('returns typed values when every variable is valid', () => {
    const config = loadConfig(schema, { PORT: '3101', DATABASE_URL: 'postgresql://u@h:5432/db', KAFKA_BROKERS: 'a:9092, b:9093' });
    expect(config).toEqual({
      PORT: 3101,
      DATABASE_URL: 'postgresql://u@h:5432/db',
      KAFKA_BROKERS: ['a:9092', 'b:9093'],
      PREFIX: '',
      LOG_LEVEL: 'info',
      JWKS_URL: undefined,
    });
  });

  it('names every missing or malformed variable at once', () => {
    try {
      loadConfig(schema, { PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toEqual([
        'PORT must be a port number between 1 and 65535, got "abc"',
        'DATABASE_URL must be a postgresql: or postgres: URL, got "mysql://x"',
        'KAFKA_BROKERS is required (host:port[,host:port...])',
        'LOG_LEVEL must be one of info, debug, got "loud"',
      ]);
    }
  });

  it.each([['0'], ['65536'], ['1.5'], ['']])('refuses port %p', (raw) => {
    expect(port()(raw).ok).toBe(false);
  });

  it('refuses a broker without a port', () => {
    expect(hostPortList()('localhost')).toEqual({ ok: false, problem: 'must be host:port[,host:port...], got "localhost"' });
  });
});

describe('loadConfig cross checks', () => {
  const schema = { A: text(''), B: text('') };
  const eitherAOrB = (config: { A: string; B: string }) => (config.A || config.B ? [] : ['A or B is required']);

  it('runs them when every variable is valid', () => {
    expect(() => loadConfig(schema, {}, eitherAOrB)).toThrow('Invalid configuration: A or B is required');
    expect(loadConfig(schema, { B: 'x' }, eitherAOrB)).toEqual({ A: '', B: 'x' });
  });
});
