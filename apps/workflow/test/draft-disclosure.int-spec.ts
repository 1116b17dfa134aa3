import { Actor } from '@budgetflow/domain';
import { KafkaPublisher } from '@budgetflow/messaging';
import { IntakeEventStory, bearer, expectEventually, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startWorkflowApp } from './support/workflow-app';

const dns: Actor = { role: 'committee_secretariat', committee: 'DNS' };
const fu: Actor = { role: 'fu_secretariat' };
const rr: Actor = { role: 'rr_secretariat' };
const reader: Actor = { role: 'reader' };
const member: Actor = { role: 'politician', party: 'Venstre' };

// Issue 25: a draft's existence is not told to those who may not read it. Every act on it, also where its id is
// inside a body (an agenda item, the agreement's proposals), answers exactly as for a random id.
describe('workflow: a draft is not disclosed by acting on it', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  const story = new IntakeEventStory();
  const draft = story.proposal('B26-SU-01');
  let fuMeeting: string;
  let rrMeeting: string;

  beforeAll(async () => {
    app = await startWorkflowApp();
    const db = app.get(WorkflowDatabase);
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), draft.drafted()]);
    // The round and the draft are keyed apart (two partitions): the meetings below need the round, the acts the draft.
    await expectEventually(async () => expect(await db.budgetRound.findUnique({ where: { id: story.roundId } })).not.toBeNull());
    await expectEventually(async () => expect(await db.proposal.findUnique({ where: { id: draft.id } })).not.toBeNull());
    const meeting = async (actor: Actor, body: 'FU' | 'RR') =>
      (
        await request(app.getHttpServer())
          .post('/meetings')
          .set('Authorization', await bearer(actor))
          .send({ roundId: story.roundId, body, date: body === 'FU' ? '2025-06-16' : '2025-09-24' })
          .expect(201)
      ).body.id as string;
    fuMeeting = await meeting({ role: 'budget_office' }, 'FU');
    rrMeeting = await meeting(rr, 'RR');
  }, 60_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  // The answer with the id written out replaced, so the draft's and a random id's answers can be compared.
  const answer = async (actor: Actor, id: string, act: (id: string) => { path: string; body: object }) => {
    const { path, body } = act(id);
    const response = await request(app.getHttpServer())
      .post(path)
      .set('Authorization', await bearer(actor))
      .send(body);
    const text = JSON.stringify({ status: response.status, body: { ...response.body, instance: undefined } })
      .split(id)
      .join('<id>');
    return JSON.parse(text) as { status: number; body: { code?: string } };
  };

  const acts: [string, Actor[], (id: string) => { path: string; body: object }][] = [
    ['return', [dns, fu, rr, reader, member], (id) => ({ path: `/proposals/${id}/return`, body: { remark: 'Ret det.' } })],
    ['withdraw', [dns, fu, rr, reader, member], (id) => ({ path: `/proposals/${id}/withdraw`, body: {} })],
    ['FU agenda', [dns, fu, rr, reader, member], (id) => ({ path: `/meetings/${fuMeeting}/agenda-items`, body: { proposalId: id } })],
    ['RR agenda', [dns, fu, rr, reader, member], (id) => ({ path: `/meetings/${rrMeeting}/agenda-items`, body: { proposalId: id } })],
    [
      'the agreement’s proposals',
      [dns, fu, rr, reader, member],
      (id) => ({ path: `/meetings/${rrMeeting}/budget-agreement`, body: { parties: ['Socialdemokratiet'], date: '2025-09-24', proposalIds: [id] } }),
    ],
  ];

  it.each(acts)('%s: answers for another committee’s draft exactly as for a random id', async (_act, actors, act) => {
    for (const actor of actors) {
      const forDraft = await answer(actor, draft.id, act);
      const forRandom = await answer(actor, randomUUID(), act);
      expect([actor, forDraft]).toEqual([actor, forRandom]);
      expect(forDraft.status).toBeGreaterThanOrEqual(400);
      expect(forDraft.status).toBeLessThan(500);
    }
  });

  it('lets no member of the regional council read another committee’s draft: 404 as for a random id', async () => {
    for (const path of [`/proposals/${draft.id}`, `/proposals/${draft.id}/history`]) {
      const response = await request(app.getHttpServer())
        .get(path)
        .set('Authorization', await bearer(member));
      expect([path, response.status, response.body.code]).toEqual([path, 404, 'proposal.not_found']);
    }
  });

  it('still tells the committee that owns the draft what is wrong (it may read it)', async () => {
    const own = await answer({ role: 'committee_secretariat', committee: 'SU' }, draft.id, (id) => ({ path: `/proposals/${id}/withdraw`, body: {} }));
    expect(own.status).not.toBe(404);
  });
});
