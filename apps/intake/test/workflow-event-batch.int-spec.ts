import {
  EventEnvelope,
  ProposalWorkflowChangedV1,
  Topic,
  WorkflowEvent,
  WorkflowProposalEvent,
  administrationActionOf,
  physicalTopic,
} from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { KafkaPublisher, newEvent } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { TopicReader, bearer, expectEventually, proposalRequest, roundRequest, testKafka, workflowChange } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createIntakeApp, intakeConfigSchema } from '../src/app/create-intake-app';

// The workflow's events reach intake a batch at a time (one partition's messages, one transaction). Every message
// here goes out in one produce request under one key, so one fetch hands them over together, as a busy partition does.
describe('intake applies workflow events in batches', () => {
  let app: NestExpressApplication;
  let db: IntakeDatabase;
  let publisher: KafkaPublisher;
  let deadLetters: TopicReader;
  let roundId: string;
  const su = { role: 'committee_secretariat', committee: 'SU' } as const;
  const topic = physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']);

  beforeAll(async () => {
    app = await createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    db = app.get(IntakeDatabase);
    publisher = new KafkaPublisher(testKafka());
    deadLetters = new TopicReader(physicalTopic(Topic.DeadLetters, process.env['KAFKA_TOPIC_PREFIX']));
    await deadLetters.start();
    const round = await request(app.getHttpServer())
      .post('/rounds')
      .set('Authorization', await bearer({ role: 'budget_office' }))
      .send(roundRequest())
      .expect(201);
    roundId = round.body.id;
  }, 60_000);
  afterAll(async () => {
    await deadLetters?.stop();
    await publisher?.close();
    await app?.close();
  });

  /** A new proposal of SU (numbered by intake), submitted: state sequence 2, so the workflow's first change is 3. */
  async function submittedProposal(): Promise<string> {
    const http = request(app.getHttpServer());
    const auth = await bearer(su);
    const created = await http
      .post(`/rounds/${roundId}/proposals`)
      .set('Authorization', auth)
      .send(proposalRequest('B26-SU-01', { reference: undefined }))
      .expect(201);
    await http.post(`/proposals/${created.body.id}/submit`).set('Authorization', auth).send({}).expect(200);
    return created.body.id;
  }

  function workflowEvent(proposalId: string, sequence: number, event: WorkflowProposalEvent, change: Partial<ProposalWorkflowChangedV1>) {
    const payload = workflowChange(proposalId, roundId, 2 + sequence, change);
    return newEvent(event, { id: proposalId, sequence }, payload, { actor: { id: 'kø-1', role: 'budget_office' }, correlationId: 'test', causationId: null })
      .envelope;
  }

  const publishInOneBatch = (messages: readonly (EventEnvelope | object)[]) =>
    publisher.publish(messages.map((message) => ({ topic, key: roundId, value: JSON.stringify(message), headers: {} })));

  const historyOf = async (id: string) => {
    const response = await request(app.getHttpServer())
      .get(`/proposals/${id}/history`)
      .set('Authorization', await bearer(su))
      .expect(200);
    return (response.body as { action: string; toState: string }[]).map((line) => [line.action, line.toState]);
  };
  const processedAt = (eventIds: readonly string[]) =>
    db.$queryRawUnsafe<{ event_id: string; processed_at: Date }[]>(
      'SELECT event_id::text, processed_at FROM processed_event WHERE event_id = ANY($1::uuid[])',
      eventIds,
    );
  const scheduled = administrationActionOf(WorkflowEvent.ProposalScheduled, null);
  const returned = administrationActionOf(WorkflowEvent.ProposalReturned, null);

  it('applies a batch in one transaction, in order per proposal, a repeated event once', async () => {
    const first = await submittedProposal();
    const second = await submittedProposal();
    const firstScheduled = workflowEvent(first, 1, WorkflowEvent.ProposalScheduled, { state: 'on_fu_agenda' });
    const secondReturned = workflowEvent(second, 1, WorkflowEvent.ProposalReturned, { state: 'returned', remark: 'Uddyb baggrunden.' });
    const firstReturned = workflowEvent(first, 2, WorkflowEvent.ProposalReturned, { state: 'returned', remark: 'Fra dagsordenen.' });
    await publishInOneBatch([firstScheduled, secondReturned, firstScheduled, firstReturned, secondReturned]);

    await expectEventually(async () => {
      expect(await historyOf(first)).toEqual([
        ['create', 'draft'],
        ['submit', 'submitted'],
        [scheduled, 'on_fu_agenda'],
        [returned, 'returned'],
      ]);
      expect(await historyOf(second)).toEqual([
        ['create', 'draft'],
        ['submit', 'submitted'],
        [returned, 'returned'],
      ]);
    });
    const current = await request(app.getHttpServer())
      .get(`/proposals/${first}`)
      .set('Authorization', await bearer(su))
      .expect(200);
    expect(current.body).toMatchObject({ state: 'returned', remark: 'Fra dagsordenen.', version: 4 });
    // Three distinct events, recorded by one transaction (its now()).
    const recorded = await processedAt([firstScheduled.id, secondReturned.id, firstReturned.id]);
    expect(recorded).toHaveLength(3);
    expect(new Set(recorded.map((row) => row.processed_at.getTime())).size).toBe(1);
  });

  it('dead-letters a poisoned event of a batch and applies the rest of it, in order', async () => {
    const healthy = await submittedProposal();
    const other = await submittedProposal();
    const first = workflowEvent(healthy, 1, WorkflowEvent.ProposalScheduled, { state: 'on_fu_agenda' });
    // A state no proposal can have: its type's parser refuses it, however often it is tried.
    const poison = {
      ...workflowEvent(other, 1, WorkflowEvent.ProposalReturned, { state: 'returned' }),
      payload: { proposalId: other, roundId, state: 'lost' },
    };
    const second = workflowEvent(healthy, 2, WorkflowEvent.ProposalReturned, { state: 'returned', remark: 'Uddyb baggrunden.' });
    await publishInOneBatch([first, poison, second]);

    await expectEventually(async () => {
      expect(await historyOf(healthy)).toEqual([
        ['create', 'draft'],
        ['submit', 'submitted'],
        [scheduled, 'on_fu_agenda'],
        [returned, 'returned'],
      ]);
      const letter = deadLetters.messages.find((message) => message.headers['consumer'] === 'intake' && message.value.includes(poison.id));
      expect(letter?.headers['reason']).toMatch(/state/);
    });
    expect(await historyOf(other)).toEqual([
      ['create', 'draft'],
      ['submit', 'submitted'],
    ]);
    expect((await processedAt([first.id, poison.id, second.id])).map((row) => row.event_id).sort()).toEqual([first.id, second.id].sort());
  });
});
