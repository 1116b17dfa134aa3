import { ProposalWorkflowChangedV1, Topic, WorkflowEvent, WorkflowProposalEvent, physicalTopic } from '@budgetflow/contracts';
import { KafkaPublisher, newEvent } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { bearer, expectEventually, proposalRequest, roundRequest, testKafka, workflowChange } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createIntakeApp, intakeConfigSchema } from '../src/app/create-intake-app';

// Workflow's decisions, produced to the real topic, decide what the committee may do next in intake.
describe('intake applies workflow events', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  const su = { role: 'committee_secretariat', committee: 'SU' } as const;

  beforeAll(async () => {
    app = await createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    publisher = new KafkaPublisher(testKafka());
  }, 60_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  async function publishWorkflowEvent(
    proposalId: string,
    roundId: string,
    sequence: number,
    event: WorkflowProposalEvent,
    change: Partial<ProposalWorkflowChangedV1>,
  ) {
    // Submitted as the second state change, the return is the third.
    const payload = workflowChange(proposalId, roundId, 3, change);
    const { envelope } = newEvent(event, { id: proposalId, sequence }, payload, {
      actor: { id: 'kø-1', role: 'budget_office' },
      correlationId: 'test',
      causationId: null,
    });
    await publisher.publish([
      { topic: physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']), key: proposalId, value: JSON.stringify(envelope), headers: {} },
    ]);
    return envelope;
  }

  it('a proposal returned with remarks becomes editable again; a duplicate or older event changes nothing', async () => {
    const http = request(app.getHttpServer());
    const auth = await bearer(su);
    const round = await http
      .post('/rounds')
      .set('Authorization', await bearer({ role: 'budget_office' }))
      .send(roundRequest())
      .expect(201);
    const created = await http.post(`/rounds/${round.body.id}/proposals`).set('Authorization', auth).send(proposalRequest('B26-SU-01')).expect(201);
    const id = created.body.id as string;
    await http.post(`/proposals/${id}/submit`).set('Authorization', auth).send({}).expect(200);
    // A submitted proposal cannot be edited.
    await http
      .put(`/proposals/${id}`)
      .set('Authorization', auth)
      .send({ ...proposalRequest('B26-SU-01'), version: 2 })
      .expect(409);

    const returned = await publishWorkflowEvent(id, round.body.id, 1, WorkflowEvent.ProposalReturned, { state: 'returned', remark: 'Uddyb baggrunden.' });
    await expectEventually(async () => {
      const current = await http.get(`/proposals/${id}`).set('Authorization', auth).expect(200);
      expect(current.body).toMatchObject({ state: 'returned', remark: 'Uddyb baggrunden.', version: 3 });
      expect(current.body.allowedActions).toEqual(expect.arrayContaining(['edit', 'submit']));
    });

    // The same event again, and an older one, are recognised and change nothing.
    await publisher.publish([
      { topic: physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']), key: id, value: JSON.stringify(returned), headers: {} },
    ]);
    await publishWorkflowEvent(id, round.body.id, 0 + 1, WorkflowEvent.ProposalScheduled, { state: 'on_fu_agenda' });

    const fixed = proposalRequest('B26-SU-01', { area: 'Aalborg Universitetshospital og Regionshospital Nordjylland (alle matrikler)' });
    const edited = await http.put(`/proposals/${id}`).set('Authorization', auth).set('If-Match', '3').send(fixed).expect(200);
    expect(edited.body).toMatchObject({ state: 'returned', version: 4 });
    await http.post(`/proposals/${id}/submit`).set('Authorization', auth).send({ version: 4 }).expect(200);

    const history = await http.get(`/proposals/${id}/history`).set('Authorization', auth).expect(200);
    expect(history.body.map((entry: { action: string; toState: string; remark: string | null }) => [entry.action, entry.toState, entry.remark])).toEqual([
      ['create', 'draft', null],
      ['submit', 'submitted', null],
      ['return_with_remarks', 'returned', 'Uddyb baggrunden.'],
      ['edit', 'returned', null],
      ['submit', 'submitted', null],
    ]);
    // The return's event has no name in its actor, as events from before names travelled: read all the same.
    expect(history.body[2]).toMatchObject({ actorId: 'kø-1', actorRole: 'budget_office', actorName: null });
  }, 60_000);
});
