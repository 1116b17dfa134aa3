import pino from 'pino';
import { Writable } from 'node:stream';
import { StructuredLogger, requestLog } from './structured-logger';

function capture(): { logger: StructuredLogger; root: pino.Logger; lines: () => Record<string, unknown>[] } {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  });
  const root = pino({ base: { service: 'test' } }, sink);
  return { logger: new StructuredLogger(root), root, lines: () => written.map((line) => JSON.parse(line)) };
}

describe('StructuredLogger', () => {
  it("writes Nest's context as a field and the text as msg", () => {
    const { logger, lines } = capture();
    logger.log('Kafka consumer started', 'Bootstrap');
    expect(lines()).toEqual([expect.objectContaining({ service: 'test', context: 'Bootstrap', msg: 'Kafka consumer started', level: 30 })]);
  });

  it('merges an object message into the line', () => {
    const { logger, lines } = capture();
    logger.warn({ attempt: 3, msg: 'Outbox relay could not publish; retrying' }, 'Messaging');
    expect(lines()[0]).toEqual(expect.objectContaining({ attempt: 3, msg: 'Outbox relay could not publish; retrying', context: 'Messaging', level: 40 }));
  });

  it("keeps the stack Nest's exception handler passes beside the message", () => {
    const { logger, lines } = capture();
    const stack = 'Error: boom\n    at somewhere (file.ts:1:1)';
    logger.error('boom', stack, 'ExceptionsHandler');
    const line = lines()[0] as { err: { message: string; stack: string }; context: string };
    expect(line.err.message).toBe('boom');
    expect(line.err.stack).toBe(stack);
    expect(line.context).toBe('ExceptionsHandler');
  });

  it("writes through the request's logger while a request is handled", () => {
    const { logger, root, lines } = capture();
    requestLog.run(root.child({ reqId: 'req-7' }), () => logger.log('inside'));
    logger.log('outside');
    expect(lines().map((line) => [line['msg'], line['reqId']])).toEqual([
      ['inside', 'req-7'],
      ['outside', undefined],
    ]);
  });
});
