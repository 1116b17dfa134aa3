import { KafkaPublisher } from '@budgetflow/messaging';
import { bearer, testKafka, tokenFor } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { Response } from 'supertest';
import { WorkflowDriver, budgetOffice, fuSecretariat, reader } from './support/workflow-driver';
import { startWorkflowApp } from './support/workflow-app';

// Issue 14 in the workflow service: path integers beyond 32 bits, deep JSON, paging, Idempotency-Key on its POSTs.

function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
}

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('workflow hardening (issue 14)', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let driver: WorkflowDriver;
  let meetingId: string;

  beforeAll(async () => {
    app = await startWorkflowApp();
    publisher = new KafkaPublisher(testKafka());
    driver = new WorkflowDriver(app, publisher);
    await driver.round();
    ({ meetingId } = await driver.scheduled('B26-SU-01'));
  }, 60_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  /** Everything a request can write in the workflow database, as row counts and the latest history line. */
  const written = async () => {
    const db = app.get(WorkflowDatabase);
    return db.$queryRawUnsafe<unknown[]>(
      `SELECT (SELECT count(*) FROM meeting)::int AS meetings, (SELECT count(*) FROM proposal_history)::int AS history,
              (SELECT count(*) FROM outbox_event)::int AS outbox, (SELECT count(*) FROM idempotent_request)::int AS idempotency,
              (SELECT md5(string_agg(p::text, '' ORDER BY p.id)) FROM proposal p) AS proposals`,
    );
  };

  it.each([['2147483648'], ['99999999999999999999'], ['0x10'], ['1e3'], ['-1'], ['0'], ['1.5']])(
    'an agenda item number of %s is a 400 problem, not a 500',
    async (number) => {
      const before = await written();
      const response = await driver
        .http()
        .post(`/meetings/${meetingId}/agenda-items/${number}/decision`)
        .set('Authorization', await bearer(fuSecretariat))
        .send({ outcome: 'approved', text: 'Godkendt.' });
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'request.isInt', path: 'number' })]);
      expect(await written()).toEqual(before);
    },
  );

  it.each([
    ['POST /meetings', () => '/meetings'],
    ['POST /proposals/{id}/return', () => `/proposals/${randomUUID()}/return`],
    ['POST /meetings/{id}/budget-agreement', () => `/meetings/${randomUUID()}/budget-agreement`],
  ])('deeply nested JSON on %s is refused as too deep', async (_, path) => {
    const before = await written();
    const response = await driver
      .http()
      .post(path())
      .set('Authorization', await bearer(budgetOffice))
      .set('Content-Type', 'application/json')
      .send(nested(5000));
    expect(response.status).toBeLessThan(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await written()).toEqual(before);
  });

  it.each([['1e20'], ['0x10']])('page=%s on GET /proposals is refused', async (page) => {
    expectProblem(
      await driver
        .http()
        .get('/proposals')
        .query({ page })
        .set('Authorization', await bearer(reader)),
      400,
      'request.invalid',
    );
  });

  it('a NUL character or a lone surrogate in a remark is refused, and nothing is written', async () => {
    const story = await driver.submitted('B26-SU-02');
    for (const remark of ['Ret\u0000formalia', 'Ret \ud800 formalia']) {
      const before = await written();
      const response = await driver
        .http()
        .post(`/proposals/${story.id}/return`)
        .set('Authorization', await bearer(budgetOffice))
        .send({ remark });
      expectProblem(response, 400, 'request.invalid');
      expect(await written()).toEqual(before);
    }
  });

  it('a party of the budget agreement or a meeting title on two lines, or with an emoji, is refused', async () => {
    const before = await written();
    const agreement = await driver
      .http()
      .post(`/meetings/${meetingId}/budget-agreement`)
      .set('Authorization', await bearer({ role: 'rr_secretariat' }))
      .send({ parties: ['Venstre\nSF'], date: '2025-09-16', proposalIds: [randomUUID()] });
    expectProblem(agreement, 400, 'request.invalid');
    expect(agreement.body.errors).toEqual([expect.objectContaining({ code: 'request.lineText', path: 'parties' })]);
    const meeting = await driver
      .http()
      .post('/meetings')
      .set('Authorization', await bearer(budgetOffice))
      .send({ roundId: driver.story.roundId, body: 'FU', date: '2025-06-01', title: 'Møde 😀' });
    expectProblem(meeting, 400, 'request.invalid');
    expect(await written()).toEqual(before);
  });

  it('POST /meetings takes an Idempotency-Key, scoped to subject, role and committee', async () => {
    const key = `meeting-${randomUUID()}`;
    const subject = `person-${randomUUID().slice(0, 8)}`;
    const asOffice = `Bearer ${await tokenFor(budgetOffice, subject)}`;
    const body = { roundId: driver.story.roundId, body: 'FU', date: '2025-06-30', title: 'Ekstra FU-møde' };
    const first = await driver.http().post('/meetings').set('Authorization', asOffice).set('Idempotency-Key', key).send(body).expect(201);
    const again = await driver.http().post('/meetings').set('Authorization', asOffice).set('Idempotency-Key', key).send(body).expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const asReader = await driver
      .http()
      .post('/meetings')
      .set('Authorization', `Bearer ${await tokenFor(reader, subject)}`)
      .set('Idempotency-Key', key)
      .send(body);
    expect({ status: asReader.status, replayed: asReader.headers['idempotent-replayed'] }).toEqual({ status: 403, replayed: undefined });
    expectProblem(
      await driver
        .http()
        .post('/meetings')
        .set('Authorization', asOffice)
        .set('Idempotency-Key', key)
        .send({ ...body, title: 'Et andet møde' }),
      422,
      'idempotency.key_reused',
    );
  });

  it('documents the Idempotency-Key header on every POST', async () => {
    const document = (await driver.http().get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const posts = Object.entries(document.paths).flatMap(([path, operations]) =>
      operations['post'] ? [{ path, parameters: operations['post'].parameters ?? [] }] : [],
    );
    expect(posts.length).toBeGreaterThanOrEqual(5);
    expect(
      posts
        .filter(({ parameters }) => !parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key'))
        .map(({ path }) => path),
    ).toEqual([]);
  });
});
