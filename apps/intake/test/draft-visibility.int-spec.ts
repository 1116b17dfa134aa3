import { Actor } from '@budgetflow/domain';
import { bearer, proposalRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createDemoRound, startIntakeApp, stopIntakeApp } from './support/intake-test-app';

const su: Actor = { role: 'committee_secretariat', committee: 'SU' };
const dns: Actor = { role: 'committee_secretariat', committee: 'DNS' };
const budgetOffice: Actor = { role: 'budget_office' };
const others: Actor[] = [dns, { role: 'fu_secretariat' }, { role: 'rr_secretariat' }, { role: 'reader' }];

// A draft is its committee's own until it is submitted: the budget office may see it, nobody else.
describe('intake: who sees a draft', () => {
  let app: NestExpressApplication;
  let roundId: string;
  let draftId: string;
  let submittedId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    const http = request(app.getHttpServer());
    roundId = await createDemoRound(app);
    const auth = await bearer(su);
    draftId = (await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-SU-01')).expect(201)).body.id;
    submittedId = (await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-SU-02')).expect(201)).body.id;
    await http.post(`/proposals/${submittedId}/submit`).set('Authorization', auth).send({}).expect(200);
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  const listed = async (actor: Actor) => {
    const response = await request(app.getHttpServer())
      .get(`/proposals?roundId=${roundId}`)
      .set('Authorization', await bearer(actor))
      .expect(200);
    return { ids: response.body.items.map((item: { id: string }) => item.id).sort(), total: response.body.total };
  };

  it('lists a draft to its committee and the budget office only, with totals that count what the caller sees', async () => {
    for (const actor of [su, budgetOffice]) expect(await listed(actor)).toEqual({ ids: [draftId, submittedId].sort(), total: 2 });
    for (const actor of others) expect([actor, await listed(actor)]).toEqual([actor, { ids: [submittedId], total: 1 }]);
  });

  it('answers 404 for another committee’s draft and its history, as for an unknown id', async () => {
    for (const actor of others) {
      const auth = await bearer(actor);
      for (const path of [`/proposals/${draftId}`, `/proposals/${draftId}/history`]) {
        const response = await request(app.getHttpServer()).get(path).set('Authorization', auth).expect(404);
        expect(response.body.code).toBe('proposal.not_found');
      }
      await request(app.getHttpServer()).get(`/proposals/${submittedId}/history`).set('Authorization', auth).expect(200);
    }
    for (const actor of [su, budgetOffice])
      await request(app.getHttpServer())
        .get(`/proposals/${draftId}/history`)
        .set('Authorization', await bearer(actor))
        .expect(200);
  });

  // Issue 25: submit, withdraw and edit of another committee's draft answered 403/409 naming its committee,
  // reference and state; now exactly as for a random id.
  it('answers every act on another committee’s draft exactly as for a random id', async () => {
    const act = async (actor: Actor, id: string, method: 'post' | 'put', path: string, body: object) => {
      const server = request(app.getHttpServer());
      const response = await (method === 'put' ? server.put(path.replace(':id', id)) : server.post(path.replace(':id', id)))
        .set('Authorization', await bearer(actor))
        .set('If-Match', '"1"')
        .send(body);
      return JSON.parse(
        JSON.stringify({ status: response.status, body: { ...response.body, instance: undefined } })
          .split(id)
          .join('<id>'),
      );
    };
    const acts: ['post' | 'put', string, object][] = [
      ['post', '/proposals/:id/submit', {}],
      ['post', '/proposals/:id/withdraw', {}],
      ['put', '/proposals/:id', { ...proposalRequest('B26-SU-01'), version: 1 }],
    ];
    for (const actor of others)
      for (const [method, path, body] of acts) {
        const forDraft = await act(actor, draftId, method, path, body);
        expect([actor, path, forDraft]).toEqual([actor, path, await act(actor, randomUUID(), method, path, body)]);
        expect(forDraft.status).toBeLessThan(500);
      }
  });
});
