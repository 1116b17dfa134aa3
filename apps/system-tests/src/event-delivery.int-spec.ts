import { Topic } from '@budgetflow/contracts';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { OutboxRelay, appendToOutbox } from '@budgetflow/messaging';
import { IntakeEventStory, expectEventually } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { INestApplication } from '@nestjs/common';
import { startIntake, startWorkflow } from './support/services';

describe('an event from intake reaches workflow through the real broker', () => {
  let intake: INestApplication;
  let workflow: INestApplication;

  beforeAll(async () => {
    workflow = await startWorkflow();
    intake = await startIntake(workflow);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([intake?.close(), workflow?.close()]);
  });

  it('is written to the intake outbox, published by its relay and applied once by the workflow consumer', async () => {
    // A real intake event: workflow applies it (a payload it cannot use would be dead-lettered instead).
    const envelope = new IntakeEventStory().proposal().drafted();
    const intakeDb = intake.get(IntakeDatabase);
    await intakeDb.$transaction((tx) => appendToOutbox(tx, [{ topic: Topic.IntakeEvents, envelope }]));
    intake.get(OutboxRelay).nudge();

    const workflowDb = workflow.get(WorkflowDatabase);
    await expectEventually(async () => expect(await workflowDb.processedEvent.findUnique({ where: { eventId: envelope.id } })).not.toBeNull());
    const row = await intakeDb.outboxEvent.findUnique({ where: { eventId: envelope.id } });
    expect(row?.publishedAt).toBeInstanceOf(Date);
    expect(await workflowDb.eventCursor.findMany({ where: { aggregateId: envelope.aggregateId } })).toEqual([expect.objectContaining({ sequence: 1 })]);
    expect(await workflowDb.proposal.findUnique({ where: { id: envelope.aggregateId } })).toMatchObject({ state: 'draft' });
  });
});
