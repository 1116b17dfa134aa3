import { EventEnvelope, ProposalChangedV1, Topic, physicalTopic } from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { loadConfig } from '@budgetflow/platform';
import { PrivateBroker, TopicReader, bearer, expectEventually, proposalRequest, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createIntakeApp, intakeConfigSchema } from '../src/app/create-intake-app';

const REFERENCES = ['B26-SU-01', 'B26-SU-02'];

// This file runs its own broker, so stopping it does not disturb the other test files.
describe('intake keeps accepting work while Kafka is down and delivers every event once, in order, when it returns', () => {
  const broker = new PrivateBroker('outage', 19092);
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let reader: TopicReader;

  const startIntake = async () => {
    const app = await createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1', KAFKA_BROKERS: broker.brokers }));
    await app.listen(0, '127.0.0.1');
    return app;
  };

  beforeAll(async () => {
    broker.reset();
    await broker.start();
    // Two instances on one database: their relays must never publish an event twice or out of order.
    [first, second] = await Promise.all([startIntake(), startIntake()]);
    reader = new TopicReader(physicalTopic(Topic.IntakeEvents, process.env['KAFKA_TOPIC_PREFIX']), broker.brokers);
  }, 120_000);
  afterAll(async () => {
    await reader?.stop();
    await Promise.all([first?.close(), second?.close()]);
    await broker.stop();
  }, 60_000);

  it('accepts drafts and submissions during the outage and publishes them after it', async () => {
    const su = await bearer({ role: 'committee_secretariat', committee: 'SU' });
    const round = await request(first.getHttpServer())
      .post('/rounds')
      .set('Authorization', await bearer({ role: 'budget_office' }))
      .send(roundRequest())
      .expect(201);
    const db = first.get(IntakeDatabase);
    await expectEventually(async () => expect(await db.outboxEvent.count({ where: { publishedAt: null } })).toBe(0));

    await broker.stop();
    await expectEventually(async () => {
      const health = await request(first.getHttpServer()).get('/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'down', consumedEvents: expect.any(Number), servedRequests: expect.any(Number) });
    });

    // The API keeps accepting work: drafts and submissions alternate between the two instances.
    const ids: string[] = [];
    for (const [index, reference] of REFERENCES.entries()) {
      const app = index % 2 === 0 ? first : second;
      const created = await request(app.getHttpServer())
        .post(`/rounds/${round.body.id}/proposals`)
        .set('Authorization', su)
        .send(proposalRequest(reference))
        .expect(201);
      ids.push(created.body.id);
      await request(app.getHttpServer()).post(`/proposals/${created.body.id}/submit`).set('Authorization', su).send({}).expect(200);
    }
    expect(await db.outboxEvent.count({ where: { publishedAt: null } })).toBe(2 * REFERENCES.length);

    await broker.start();
    await reader.start();
    await expectEventually(async () => expect(await db.outboxEvent.count({ where: { publishedAt: null } })).toBe(0), { timeoutMs: 60_000 });
    await expectEventually(() => expect(reader.messages).toHaveLength(1 + 2 * REFERENCES.length), { timeoutMs: 30_000 });

    const envelopes = reader.messages.map((message) => JSON.parse(message.value) as EventEnvelope<ProposalChangedV1>);
    expect(new Set(envelopes.map((envelope) => envelope.id)).size).toBe(envelopes.length);
    for (const id of ids) {
      const own = envelopes.filter((envelope) => envelope.aggregateId === id);
      expect(own.map((envelope) => [envelope.type, envelope.sequence])).toEqual([
        ['proposal.drafted', 1],
        ['proposal.submitted', 2],
      ]);
      // One key, one partition: Kafka's order is the order of the changes.
      expect(new Set(reader.messages.filter((message) => message.key === id).map((message) => message.partition)).size).toBe(1);
    }
  }, 180_000);
});
