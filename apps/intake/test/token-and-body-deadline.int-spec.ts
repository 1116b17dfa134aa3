import { OutboxRelay } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { bearer } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { AddressInfo, Socket, connect } from 'node:net';
import { createIntakeApp, intakeConfigSchema } from '../src/app/create-intake-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a request head and only `sent` bytes of a body that claims `declared`; resolves with what the server answers (or '' when it closes). */
function halfSent(port: number, head: string[], declared: number, sent: number, waitMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    // The test's own limit for a server that never answers (the defect), not a speed target.
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (/\r\n\r\n[\s\S]*\}$/.test(answer)) done();
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.write([...head, `Content-Length: ${declared}`, '', ''].join('\r\n'));
    socket.write(Buffer.alloc(sent, 0x41));
  });
}

// Issue 25: the upload route read a whole body (up to 10 MB) before checking the token, and a half-sent body was
// held for Node's default 300 s.
describe('intake: the token before the body, and a deadline for the body', () => {
  let app: NestExpressApplication;
  let port: number;

  beforeAll(async () => {
    app = await createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1', REQUEST_TIMEOUT_SECONDS: '2' }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  }, 60_000);
  afterAll(async () => {
    await app?.get(OutboxRelay).stop();
    await app?.close();
  });

  it.each([
    ['the upload route', `POST /rounds/${randomUUID()}/proposals/import HTTP/1.1`, XLSX, 10 * 1024 * 1024 - 1],
    ['a JSON route', 'POST /rounds HTTP/1.1', 'application/json', 500 * 1024],
  ])('answers %s without a valid token 401 before its body has arrived', async (_route, line, type, declared) => {
    for (const authorization of [[], ['Authorization: Bearer not-a-token']]) {
      const answer = await halfSent(port, [line, 'Host: 127.0.0.1', `Content-Type: ${type}`, ...authorization], declared, 1024, 5000);
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
      expect(answer).toContain('"code":"auth.unauthenticated"');
    }
  });

  it('answers a body that does not arrive within REQUEST_TIMEOUT_SECONDS with 408 and closes the connection', async () => {
    const token = await bearer({ role: 'budget_office' });
    const answer = await halfSent(
      port,
      ['POST /rounds HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', `Authorization: ${token}`],
      1000,
      10,
      8000,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"request.timeout"');
    // The service still answers.
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
  });
});
