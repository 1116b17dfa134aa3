import { ParseError } from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { bearer, proposalRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ProposalRepository } from '../src/app/proposals/proposal.repository';
import { RoundRepository } from '../src/app/rounds/round.repository';
import { createDemoRound, expectProblem, startIntakeApp, stopIntakeApp } from './support/intake-test-app';

// A JSON column someone wrote by hand (or an old migration) is named with its row and field when it is read, not
// carried into the services as if it had the domain's shape.
describe('intake: a malformed stored row', () => {
  let app: NestExpressApplication;
  let db: IntakeDatabase;
  let roundId: string;
  let proposalId: string;
  let otherId: string;

  beforeAll(async () => {
    app = await startIntakeApp();
    db = app.get(IntakeDatabase);
    roundId = await createDemoRound(app);
    const draft = async (reference: string) => {
      const created = await request(app.getHttpServer())
        .post(`/rounds/${roundId}/proposals`)
        .set('Authorization', await bearer({ role: 'committee_secretariat', committee: 'SU' }))
        .send(proposalRequest(reference))
        .expect(201);
      return created.body.id as string;
    };
    proposalId = await draft('B26-SU-01');
    otherId = await draft('B26-SU-02');
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );

  it("names the round and the field when a round's definition is not a budget round", async () => {
    await db.$executeRaw`UPDATE budget_round SET definition = jsonb_set(definition, '{budgetYear}', '"2026"') WHERE id = ${roundId}::uuid`;
    const error = await rejection(app.get(RoundRepository).find(roundId));
    expect(error).toBeInstanceOf(ParseError);
    expect(String(error)).toContain(`budget_round ${roundId}.definition.budgetYear`);
    expectProblem(
      await request(app.getHttpServer())
        .get(`/rounds/${roundId}`)
        .set('Authorization', await bearer({ role: 'reader' })),
      500,
      'server.error',
    );
  });

  it('names the proposal and the field when its content or its decisions are malformed; the API answers a 500 problem', async () => {
    const repository = app.get(ProposalRepository);
    await db.$executeRaw`UPDATE proposal SET content = jsonb_set(content, '{table,rows,0,category}', '"andet"') WHERE id = ${proposalId}::uuid`;
    expect(String(await rejection(repository.find(proposalId)))).toContain(`proposal ${proposalId}.content.table.rows[0].category`);
    await db.$executeRaw`UPDATE proposal SET decisions = '[{"body":"FU","meetingDate":"26-05-2025"}]' WHERE id = ${otherId}::uuid`;
    expect(String(await rejection(repository.find(otherId)))).toContain(`proposal ${otherId}.decisions[0].meetingDate`);
    const budgetOffice = await bearer({ role: 'budget_office' });
    for (const id of [proposalId, otherId]) {
      expectProblem(await request(app.getHttpServer()).get(`/proposals/${id}`).set('Authorization', budgetOffice), 500, 'server.error');
    }
  });
});
