import { ParseError } from '@budgetflow/contracts';
import { KafkaPublisher } from '@budgetflow/messaging';
import { bearer, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { MeetingRepository } from '../src/app/meetings/meeting.repository';
import { ProposalRepository } from '../src/app/proposals/proposal.repository';
import { readPackage } from '../src/app/store/stored-package';
import { readQuestion } from '../src/app/store/stored-question';
import { WorkflowDriver, budgetOffice, fuSecretariat, reader } from './support/workflow-driver';
import { startWorkflowApp } from './support/workflow-app';

// A JSON column someone wrote by hand is named with its row and field when it is read, not carried into the
// services as if it had the domain's shape.
describe('workflow: a malformed stored row', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let driver: WorkflowDriver;
  let db: WorkflowDatabase;

  beforeAll(async () => {
    app = await startWorkflowApp();
    publisher = new KafkaPublisher(testKafka());
    driver = new WorkflowDriver(app, publisher);
    db = app.get(WorkflowDatabase);
    await driver.round();
  }, 60_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );

  it("names the proposal and the field when intake's snapshot is malformed; the API answers a 500 problem", async () => {
    const { id } = await driver.submitted('B26-SU-01');
    await db.$executeRaw`UPDATE proposal SET snapshot = jsonb_set(snapshot, '{content,table,rows,0,category}', '"andet"') WHERE id = ${id}::uuid`;
    const error = await rejection(app.get(ProposalRepository).find(id));
    expect(error).toBeInstanceOf(ParseError);
    expect(String(error)).toContain(`proposal ${id}.snapshot.content.table.rows[0].category`);
    const answer = await driver
      .http()
      .get(`/proposals/${id}`)
      .set('Authorization', await bearer(reader));
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 500, code: 'server.error' });
  });

  it("names the decision and the field when a decision's original table is malformed", async () => {
    const scheduled = await driver.scheduled('B26-SU-02');
    expect((await driver.decide(scheduled, fuSecretariat, { outcome: 'approved', text: 'Godkendt.' })).status).toBe(200);
    const [decision] = await db.decision.findMany({ where: { proposalId: scheduled.id }, select: { id: true } });
    await db.$executeRaw`UPDATE decision SET original_table = '{"columns": 5}' WHERE id = ${decision.id}::uuid`;
    expect(String(await rejection(app.get(MeetingRepository).find(scheduled.meetingId)))).toContain(`decision ${decision.id}.originalTable.columns`);
    const answer = await driver
      .http()
      .get(`/meetings/${scheduled.meetingId}`)
      .set('Authorization', await bearer(reader));
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 500, code: 'server.error' });
  });

  it('names the package and the field when a stored package is malformed', async () => {
    // A round of its own: the proposals malformed above are read with every package of their round.
    const own = await driver.inOwnRound();
    const created = await driver
      .http()
      .post(`/rounds/${own.story.roundId}/packages`)
      .set('Authorization', await bearer(budgetOffice))
      .send({ name: 'Forhandlingsoplæg', raaderum: { '2026': '0', '2027': '0', '2028': '0', permanent: '0' } })
      .expect(201);
    const id: string = created.body.id;
    await db.$executeRaw`UPDATE negotiation_package SET content = jsonb_set(content, '{sources,0,opening,2026}', '1.5') WHERE id = ${id}::uuid`;
    const answer = await driver
      .http()
      .get(`/packages/${id}`)
      .set('Authorization', await bearer(budgetOffice));
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 500, code: 'server.error' });
    const [row] = await db.negotiationPackage.findMany({ where: { id } });
    expect(() => readPackage(row as never)).toThrow(`negotiation_package ${id}.content.sources[0].opening.2026`);
  });

  it('names the question and the field when a stored question is malformed', async () => {
    const own = await driver.inOwnRound();
    const roundId = own.story.roundId;
    const at = new Date('2025-08-18T08:00:00Z');
    await db.questionRound.create({ data: { roundId, opensAt: at, closesAt: at, answeringDays: 6, lastNumber: 1, updatedAt: at, updatedBy: 'test' } });
    const id = randomUUID();
    const question = { id, roundId, number: 1, state: 'answered', askedAt: at, askedBy: 'jkrogh', askedByName: 'Jens Krogh', askedByParty: 'Venstre' };
    await db.question.create({
      data: { ...question, originalText: 'Hvad?', text: 'Hvad?', answererKind: 'budget_office', answerText: 'Svar.', answeredAt: at, answeredBy: 'Karen Holm' },
    });
    await db.$executeRaw`UPDATE question SET answer_table = '{"rows": [{"label": "Udgift", "cells": {"2026": "1,5"}}]}' WHERE id = ${id}::uuid`;
    const answer = await driver
      .http()
      .get(`/questions/${id}`)
      .set('Authorization', await bearer(budgetOffice));
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 500, code: 'server.error' });
    const [row] = await db.question.findMany({ where: { id } });
    expect(() => readQuestion(row as never)).toThrow(`question ${id}.answerTable.rows[0].cells.2026`);
    await db.$executeRaw`UPDATE question SET state = 'besvaret', answer_table = NULL WHERE id = ${id}::uuid`;
    const [renamed] = await db.question.findMany({ where: { id } });
    expect(() => readQuestion(renamed as never)).toThrow(`question ${id}.state`);
  });
});
