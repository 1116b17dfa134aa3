import { Actor } from '@budgetflow/domain';
import { bearer, proposalRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SignJWT } from 'jose';
import request from 'supertest';
import { createDemoRound, startIntakeApp, stopIntakeApp } from './support/intake-test-app';

// Issue 14, the looser answers: texts that looked empty, broke lines in the bilag or printed as empty boxes were
// accepted, and so were tokens that never expire. Each is now refused through the HTTP API, naming the field.

const su: Actor = { role: 'committee_secretariat', committee: 'SU' };

describe('intake: the text rule and token lifetimes at the API', () => {
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;
  let roundId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    http = request(app.getHttpServer());
    roundId = await createDemoRound(app);
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  it.each([
    ['only zero-width characters', '\u200b\u200b\u200d', 'text.invisible_only'],
    ['a BEL character', 'Effektiv drift\u0007', 'text.control_character'],
    ['a line break (CR LF)', 'Effektiv\r\ndrift', 'text.line_break'],
    ['an emoji', 'Effektiv drift 🙂', 'text.unprintable_character'],
    ['Hebrew letters', 'Effektiv drift שלום', 'text.unprintable_character'],
  ])('refuses a title with %s, naming the field', async (_, title, code) => {
    const response = await http
      .post(`/rounds/${roundId}/proposals`)
      .set('Authorization', await bearer(su))
      .send(proposalRequest('B26-SU-01', { title, reference: undefined }));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'request.invalid' });
    expect(response.body.errors).toEqual([expect.objectContaining({ code, path: 'title' })]);
  });

  it('refuses a token without an expiry time', async () => {
    const token = await new SignJWT({ role: 'reader' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('forever')
      .setIssuedAt()
      .sign(new TextEncoder().encode(process.env['JWT_SECRET'] as string));
    const response = await http.get('/rounds').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
