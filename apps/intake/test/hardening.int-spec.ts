import { Actor } from '@budgetflow/domain';
import { loadConfig } from '@budgetflow/platform';
import { bearer, proposalRequest, roundRequest, tokenFor } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createIntakeApp, intakeConfigSchema } from '../src/app/create-intake-app';
import { createDemoRound, expectProblem, startIntakeApp, stopIntakeApp, writtenState } from './support/intake-test-app';

// Issue 14: the attacks that got through before, one regression test each. Every refused request is a 4xx problem
// with a code, and writes nothing.

const su: Actor = { role: 'committee_secretariat', committee: 'SU' };
const budgetOffice: Actor = { role: 'budget_office' };
const reader: Actor = { role: 'reader' };

/** {"a":{"a":...}} nested `depth` levels, as text (JSON.stringify would need the deep object first). */
const nested = (depth: number, leaf = '1') => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

describe('intake hardening (issue 14)', () => {
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;
  let roundId: string;
  let draftId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    http = request(app.getHttpServer());
    roundId = await createDemoRound(app);
    draftId = (
      await http
        .post(`/rounds/${roundId}/proposals`)
        .set('Authorization', await bearer(su))
        .send(proposalRequest('B26-SU-01'))
        .expect(201)
    ).body.id;
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  /** Sends, and checks the answer is the problem and that nothing was written. */
  const refused = async (send: () => Promise<request.Response>, status: number, code: string) => {
    const before = await writtenState(app);
    const response = await send();
    expectProblem(response, status, code);
    expect(await writtenState(app)).toEqual(before);
    return response;
  };
  const postJson = async (path: string, text: string, actor: Actor = su) =>
    http
      .post(path)
      .set('Authorization', await bearer(actor))
      .set('Content-Type', 'application/json')
      .send(text);

  describe('server errors from client input are 4xx problems', () => {
    it.each([
      ['POST /rounds', () => '/rounds', budgetOffice],
      ['POST /rounds/{id}/proposals', () => `/rounds/${roundId}/proposals`, su],
      ['POST /proposals/{id}/submit', () => `/proposals/${draftId}/submit`, su],
    ])('deeply nested JSON (depth 5000) on %s is refused as too deep', async (_, path, actor) => {
      await refused(() => postJson(path(), nested(5000), actor), 400, 'request.too_deep');
    });

    it('deeply nested JSON in PUT is refused as too deep', async () => {
      await refused(
        async () =>
          http
            .put(`/proposals/${draftId}`)
            .set('Authorization', await bearer(su))
            .set('Content-Type', 'application/json')
            .send(nested(5000)),
        400,
        'request.too_deep',
      );
    });

    it.each([
      ['a NUL character in the title', { title: 'Effektiv\u0000drift' }, 'title', 'text.nul_character'],
      ['a lone surrogate in the title', { title: 'Effektiv \ud800 drift' }, 'title', 'text.broken_character'],
      ['a NUL character in a text section', { sections: [{ kind: 'baggrund', body: 'a\u0000b' }] }, 'sections[0].body', 'text.nul_character'],
      [
        'a lone surrogate in a row label',
        { table: { rows: [{ label: '\udc00', category: 'drift', cells: { '2026': '-1,0', '2027': '-1,0', '2028': '-1,0', permanent: '-1,0' } }] } },
        'table.rows[0].label',
        'text.broken_character',
      ],
    ])('%s is refused with the field named', async (_, overrides, path, code) => {
      const response = await refused(
        async () =>
          http
            .post(`/rounds/${roundId}/proposals`)
            .set('Authorization', await bearer(su))
            .send(proposalRequest('B26-SU-02', overrides)),
        400,
        'request.invalid',
      );
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code, path })]));
    });

    it('a NUL character in a round name is refused', async () => {
      await refused(
        async () =>
          http
            .post('/rounds')
            .set('Authorization', await bearer(budgetOffice))
            .send(roundRequest(undefined, { name: 'Budget\u00002027' })),
        400,
        'request.invalid',
      );
    });

    it.each([['1e20'], ['0x10'], ['1.5'], ['+1'], [' 1'], ['99999999999999999999'], ['100001'], ['0']])('page=%s is refused', async (page) => {
      const response = await refused(
        async () =>
          http
            .get('/proposals')
            .query({ page })
            .set('Authorization', await bearer(reader)),
        400,
        'request.invalid',
      );
      expect(response.body.errors.map((issue: { path: string }) => issue.path)).toEqual(['page']);
    });

    it('a NUL character in a query filter is refused', async () => {
      await refused(
        async () =>
          http
            .get('/proposals')
            .query({ committee: 'S\u0000U' })
            .set('Authorization', await bearer(reader)),
        400,
        'request.invalid',
      );
    });
  });

  describe('holes', () => {
    it('a 480 KB body of tens of thousands of unknown fields is refused at once with a short answer, and a reader never gets to validation', async () => {
      const body = `{${Array.from({ length: 40_000 }, (_, index) => `"f${index}":1`).join(',')}}`;
      expect(body.length).toBeGreaterThan(400_000);
      // Refused by counting values before any validation runs (its speed is the benchmark's business, not a test's).
      const response = await refused(() => postJson(`/rounds/${roundId}/proposals`, body), 413, 'request.too_many_values');
      expect(JSON.stringify(response.body).length).toBeLessThan(2000);
      const asReader = await refused(
        () => postJson(`/rounds/${roundId}/proposals`, JSON.stringify({ ...proposalRequest('B26-SU-02'), extra: 'x'.repeat(100) }), reader),
        403,
        expect.any(String) as never,
      );
      expect(asReader.body.errors).toBeUndefined();
    });

    it('a body with thousands of invalid fields lists at most 50 errors and says how many there were', async () => {
      const rows = Array.from({ length: 30 }, (_, index) => ({ label: 7, category: 8, cells: 9, [`x${index}`]: 1 }));
      const response = await refused(
        async () =>
          http
            .post(`/rounds/${roundId}/proposals`)
            .set('Authorization', await bearer(su))
            .send(proposalRequest('B26-SU-02', { table: { rows } })),
        400,
        'request.invalid',
      );
      expect(response.body.errors).toHaveLength(50);
      expect(response.body.errorCount).toBeGreaterThan(50);
    });

    it.each([['__proto__'], ['constructor']])('a «%s» key is refused like any unknown field, not dropped silently', async (key) => {
      const body = JSON.stringify(proposalRequest('B26-SU-02')).replace(/^\{/, `{"${key}":{"title":"x"},`);
      const response = await refused(() => postJson(`/rounds/${roundId}/proposals`, body), 400, 'request.invalid');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'request.unknown_field', path: key })]));
    });

    it('a wrong Content-Type is 415', async () => {
      await refused(
        async () =>
          http
            .post(`/rounds/${roundId}/proposals`)
            .set('Authorization', await bearer(su))
            .set('Content-Type', 'text/plain')
            .send(JSON.stringify(proposalRequest('B26-SU-02'))),
        415,
        'request.unsupported_media_type',
      );
      await refused(
        async () =>
          http
            .post('/rounds')
            .set('Authorization', await bearer(budgetOffice))
            .type('form')
            .send({ name: 'Budget 2027' }),
        415,
        'request.unsupported_media_type',
      );
    });

    it('headers over 16 KB get a 431 problem body', async () => {
      const response = await http
        .get('/rounds')
        .set('Authorization', await bearer(reader))
        .set('X-Padding', 'x'.repeat(17 * 1024));
      expectProblem(response, 431, 'request.headers_too_large');
    });

    it('every answer has the security headers, /docs included, and no X-Powered-By', async () => {
      for (const path of ['/rounds', '/health', '/docs', '/docs/openapi.json', '/no-such-route']) {
        const response = await http.get(path).set('Authorization', await bearer(reader));
        expect({ path, poweredBy: response.headers['x-powered-by'] }).toEqual({ path, poweredBy: undefined });
        expect(response.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
        });
      }
      // Swagger UI still works under its policy: its scripts come from files, never inline.
      const docs = await http.get('/docs/').redirects(1);
      expect(docs.status).toBe(200);
      expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
      expect(docs.text).toContain('swagger-ui-bundle.js');
      expect(docs.text.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    });

    it('/health says up or down: no dependency details to anyone (the instance and its counts only)', async () => {
      const response = await http.get('/health').expect(200);
      expect(Object.keys(response.body).sort()).toEqual(['consumedEvents', 'instance', 'servedRequests', 'status']);
      expect(response.body.status).toBe('up');
    });

    it('a PUT without If-Match or version is 428', async () => {
      const current = (
        await http
          .get(`/proposals/${draftId}`)
          .set('Authorization', await bearer(su))
          .expect(200)
      ).body;
      const { version: _version, ...withoutVersion } = { ...proposalRequest('B26-SU-01', { reference: undefined, committee: undefined }), version: undefined };
      const response = await refused(
        async () =>
          http
            .put(`/proposals/${draftId}`)
            .set('Authorization', await bearer(su))
            .send({ ...withoutVersion, title: 'Overskrevet' }),
        428,
        'request.version_required',
      );
      expect(response.body.detail).toMatch(/If-Match/);
      expect((await http.get(`/proposals/${draftId}`).set('Authorization', await bearer(su))).body.version).toBe(current.version);
    });

    it('an idempotent replay by the same subject in another role or committee never gets the first answer', async () => {
      const key = `hardening-${randomUUID()}`;
      const subject = `person-${randomUUID().slice(0, 8)}`;
      const asSu = `Bearer ${await tokenFor(su, subject)}`;
      const asPsu = `Bearer ${await tokenFor({ role: 'committee_secretariat', committee: 'PSU' }, subject)}`;
      const asReader = `Bearer ${await tokenFor(reader, subject)}`;
      const first = await http
        .post(`/rounds/${roundId}/proposals`)
        .set('Authorization', asSu)
        .set('Idempotency-Key', key)
        .send(proposalRequest('B26-SU-02'))
        .expect(201);
      const again = await http
        .post(`/rounds/${roundId}/proposals`)
        .set('Authorization', asSu)
        .set('Idempotency-Key', key)
        .send(proposalRequest('B26-SU-02'))
        .expect(201);
      expect(again.body.id).toBe(first.body.id);
      for (const other of [asPsu, asReader]) {
        const replay = await http
          .post(`/rounds/${roundId}/proposals`)
          .set('Authorization', other)
          .set('Idempotency-Key', key)
          .send(proposalRequest('B26-SU-02'));
        expect({ status: replay.status, replayed: replay.headers['idempotent-replayed'] }).toEqual({ status: 403, replayed: undefined });
      }
    });
  });
});

describe('intake rate limits (issue 14)', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createIntakeApp(
      loadConfig(intakeConfigSchema, {
        ...process.env,
        INTAKE_PORT: '1',
        RATE_LIMIT_PER_SUBJECT: '5',
        RATE_LIMIT_PER_ADDRESS: '12',
        RATE_LIMIT_WINDOW_SECONDS: '60',
      }),
    );
    await app.listen(0, '127.0.0.1');
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  it('counts per subject and per address, says so in RateLimit headers, and answers 429 problems', async () => {
    const http = request(app.getHttpServer());
    const one = await bearer(reader);
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) statuses.push((await http.get('/rounds').set('Authorization', one)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await http.get('/rounds').set('Authorization', one);
    expectProblem(limited, 429, 'request.rate_limited');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.headers['ratelimit-policy']).toMatch(/"address";q=12;w=60, "subject";q=5;w=60/);
    expect(limited.headers['ratelimit']).toMatch(/"subject";r=0;t=\d+/);
    // Another subject from the same address still has its own count, until the address's limit is reached.
    const other = await bearer(budgetOffice);
    const otherStatuses: number[] = [];
    for (let index = 0; index < 6; index++) otherStatuses.push((await http.get('/rounds').set('Authorization', other)).status);
    expect(otherStatuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(otherStatuses.at(-1)).toBe(429);
    expectProblem(await http.get('/health'), 429, 'request.rate_limited');
  });
});
