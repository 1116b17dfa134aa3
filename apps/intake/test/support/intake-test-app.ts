import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { OutboxRelay } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { bearer, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createIntakeApp, intakeConfigSchema } from '../../src/app/create-intake-app';

/** The intake service in-process on a free port, against this test file's own databases and topics. */
export async function startIntakeApp(): Promise<NestExpressApplication> {
  const app = await createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1' }));
  await app.listen(0, '127.0.0.1');
  return app;
}

/** Creates the Budget 2026 demo round as the budget office; returns its id. */
export async function createDemoRound(app: NestExpressApplication): Promise<string> {
  const response = await request(app.getHttpServer())
    .post('/rounds')
    .set('Authorization', await bearer({ role: 'budget_office' }))
    .send(roundRequest())
    .expect(201);
  return response.body.id;
}

/**
 * Closes the app, stopping the outbox relay first: Nest disconnects the database (onModuleDestroy) before the
 * messaging module stops the relay (onApplicationShutdown), and a relay transaction caught by that disconnect
 * leaves close() waiting forever. Stopping the relay first keeps the teardown from hanging.
 */
export async function stopIntakeApp(app: NestExpressApplication | undefined): Promise<void> {
  if (!app) return;
  await app.get(OutboxRelay).stop();
  await app.close();
}

/**
 * Everything a request to intake can write: rounds, proposals (version, state, content), history lines, outbox
 * events and idempotency records. The same before and after a refused request means it wrote nothing.
 */
export async function writtenState(app: NestExpressApplication) {
  const db = app.get(IntakeDatabase);
  const [rounds, proposals, historyLines, outboxEvents, idempotentRequests] = await Promise.all([
    db.budgetRound.findMany({ select: { id: true, name: true }, orderBy: { id: 'asc' } }),
    db.proposal.findMany({ select: { id: true, reference: true, state: true, version: true, content: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    db.proposalHistory.count(),
    db.outboxEvent.count(),
    db.idempotentRequest.findMany({ select: { callerId: true, key: true, responseStatus: true }, orderBy: [{ callerId: 'asc' }, { key: 'asc' }] }),
  ]);
  return { rounds, proposals, historyLines, outboxEvents, idempotentRequests };
}

/** An RFC 9457 answer: the status, application/problem+json, and the stable code in the body. */
export function expectProblem(response: request.Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String) });
}
