import { EventEnvelope, ProposalChangedV1, Topic, physicalTopic } from '@budgetflow/contracts';
import { loadConfig } from '@budgetflow/platform';
import { TopicReader, bearer, expectEventually, proposalRequest, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createIntakeApp, intakeConfigSchema } from '../src/app/create-intake-app';

const su = { role: 'committee_secretariat', committee: 'SU' } as const;
const budgetOffice = { role: 'budget_office' } as const;

describe('intake: a proposal from draft to submitted and withdrawn, over HTTP, with its events on Kafka', () => {
  let app: NestExpressApplication;
  let events: TopicReader;
  let roundId: string;

  beforeAll(async () => {
    app = await createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    events = new TopicReader(physicalTopic(Topic.IntakeEvents, process.env['KAFKA_TOPIC_PREFIX']));
    await events.start();
    const round = await request(app.getHttpServer())
      .post('/rounds')
      .set('Authorization', await bearer(budgetOffice))
      .send(roundRequest())
      .expect(201);
    roundId = round.body.id;
  }, 60_000);
  afterAll(async () => {
    await events?.stop();
    await app?.close();
  });

  const envelopesOf = (aggregateId: string) =>
    events.messages.filter((message) => message.key === aggregateId).map((message) => JSON.parse(message.value) as EventEnvelope<ProposalChangedV1>);

  it('creates, updates, submits and withdraws a draft; every change is an event, in order, keyed by the proposal', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer(su);

    const created = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-SU-01')).expect(201);
    expect(created.body).toMatchObject({ reference: 'B26-SU-01', committee: 'SU', state: 'draft', stateLabel: 'Kladde', version: 1 });
    expect(created.body.totals).toEqual({ '2026': -10000, '2027': -10000, '2028': -10000, permanent: -10000 });
    expect(created.body.allowedActions).toEqual(expect.arrayContaining(['edit', 'submit', 'withdraw']));
    const id = created.body.id as string;

    const edited = proposalRequest('B26-SU-01', { title: 'Effektiv ambulatoriedrift i hele regionen' });
    const updated = await http.put(`/proposals/${id}`).set('Authorization', auth).set('If-Match', '"1"').send(edited).expect(200);
    expect(updated.body).toMatchObject({ version: 2, content: { title: 'Effektiv ambulatoriedrift i hele regionen' } });

    const submitted = await http.post(`/proposals/${id}/submit`).set('Authorization', auth).send({ version: 2 }).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 3, submittedBy: 'test-committee_secretariat-SU' });

    // A submitted proposal is the workflow's to withdraw; it does not answer here, so nothing changes (503).
    const unanswered = await http.post(`/proposals/${id}/withdraw`).set('Authorization', auth).send({}).expect(503);
    expect(unanswered.body.code).toBe('workflow.unavailable');
    expect((await http.get(`/proposals/${id}`).set('Authorization', auth).expect(200)).body).toMatchObject({
      state: 'submitted',
      version: 3,
      stateSequence: 2,
    });

    // A draft is the committee's own: intake withdraws it.
    const draft = await http
      .post(`/rounds/${roundId}/proposals`)
      .set('Authorization', auth)
      .send(proposalRequest('B26-SU-01', { reference: 'B26-SU-09' }))
      .expect(201);
    const withdrawn = await http.post(`/proposals/${draft.body.id}/withdraw`).set('Authorization', auth).send({}).expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', version: 2, stateSequence: 2 });

    const history = await http
      .get(`/proposals/${id}/history`)
      .set('Authorization', await bearer({ role: 'reader' }))
      .expect(200);
    expect(history.body.map((entry: { action: string; fromState: string | null; toState: string }) => [entry.action, entry.fromState, entry.toState])).toEqual([
      ['create', null, 'draft'],
      ['edit', 'draft', 'draft'],
      ['submit', 'draft', 'submitted'],
    ]);

    await expectEventually(() => expect(envelopesOf(draft.body.id)).toHaveLength(2));
    const received = envelopesOf(id);
    // The state sequence counts state changes only: an edit keeps it.
    expect(received.map((envelope) => [envelope.type, envelope.sequence, envelope.payload.proposal.state, envelope.payload.proposal.stateSequence])).toEqual([
      ['proposal.drafted', 1, 'draft', 1],
      ['proposal.updated', 2, 'draft', 1],
      ['proposal.submitted', 3, 'submitted', 2],
    ]);
    expect(envelopesOf(draft.body.id).map((envelope) => envelope.type)).toEqual(['proposal.drafted', 'proposal.withdrawn']);
    expect(new Set(received.map((message) => message.aggregateId))).toEqual(new Set([id]));
    expect(received[2].payload.proposal.content.title).toBe('Effektiv ambulatoriedrift i hele regionen');
    expect(received[0].actor).toEqual({ id: 'test-committee_secretariat-SU', role: 'committee_secretariat', committee: 'SU' });
  });

  it('refuses an update based on a stale version with 409 and writes nothing', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer(su);
    const created = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-SU-02')).expect(201);
    const id = created.body.id as string;
    await http
      .put(`/proposals/${id}`)
      .set('Authorization', auth)
      .set('If-Match', '1')
      .send(proposalRequest('B26-SU-02', { title: 'Første ændring' }))
      .expect(200);

    const conflict = await http
      .put(`/proposals/${id}`)
      .set('Authorization', auth)
      .set('If-Match', '1')
      .send(proposalRequest('B26-SU-02', { title: 'Anden ændring' }))
      .expect(409);
    expect(conflict.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(conflict.body).toMatchObject({ status: 409, code: 'proposal.version_conflict' });
    const current = await http.get(`/proposals/${id}`).set('Authorization', auth).expect(200);
    expect(current.body).toMatchObject({ version: 2, content: { title: 'Første ændring' } });
  });

  it('answers a repeated POST with the same Idempotency-Key with the first response and creates nothing new', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer({ role: 'committee_secretariat', committee: 'PSU' });
    const body = proposalRequest('B26-PSU-01');
    const first = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).set('Idempotency-Key', 'psu-01-create').send(body).expect(201);
    const again = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).set('Idempotency-Key', 'psu-01-create').send(body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const list = await http.get('/proposals').query({ roundId, committee: 'PSU' }).set('Authorization', auth).expect(200);
    expect(list.body.total).toBe(1);

    const reused = await http
      .post(`/rounds/${roundId}/proposals`)
      .set('Authorization', auth)
      .set('Idempotency-Key', 'psu-01-create')
      .send(proposalRequest('B26-PSU-02'))
      .expect(422);
    expect(reused.body.code).toBe('idempotency.key_reused');
  });

  it('lets only one of two simultaneous drafts with the same reference through; the other gets 409, not 500', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer({ role: 'committee_secretariat', committee: 'UAR' });
    const body = proposalRequest('B26-UAR-01');
    const answers = await Promise.all([1, 2, 3].map(() => http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(body)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.code).toBe('proposal.duplicate_reference');
  });

  it('lets only one of two simultaneous submits of the same version through; the other gets 409, and one event is written', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer({ role: 'committee_secretariat', committee: 'DNS' });
    const draft = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-DNS-01')).expect(201);
    const answers = await Promise.all([1, 2].map(() => http.post(`/proposals/${draft.body.id}/submit`).set('Authorization', auth).send({ version: 1 })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.code).toMatch(/^(proposal\.version_conflict|workflow\.invalid_transition)$/);
    await expectEventually(() => expect(envelopesOf(draft.body.id).map((envelope) => envelope.type)).toEqual(['proposal.drafted', 'proposal.submitted']));
  });

  it('tells the loser of two simultaneous edits of the same version which version is current now (not "since 1; current is 1")', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer({ role: 'committee_secretariat', committee: 'DNS' });
    const draft = await http.post(`/rounds/${roundId}/proposals`).set('Authorization', auth).send(proposalRequest('B26-DNS-02')).expect(201);
    const answers = await Promise.all(
      ['Første', 'Anden'].map((title) =>
        http.put(`/proposals/${draft.body.id}`).set('Authorization', auth).set('If-Match', '1').send(proposalRequest('B26-DNS-02', { title })),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const lost = answers.find((answer) => answer.status === 409);
    expect(lost?.body).toMatchObject({
      code: 'proposal.version_conflict',
      detail: expect.stringContaining('ændret siden version 1; den aktuelle version er 2'),
    });
  });
});
