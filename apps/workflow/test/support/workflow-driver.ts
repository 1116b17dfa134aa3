import { Actor } from '@budgetflow/domain';
import { EventPublisher } from '@budgetflow/messaging';
import { IntakeEventStory, ProposalEventStory, bearer, expectEventually, publishToIntakeTopic } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

export const budgetOffice: Actor = { role: 'budget_office' };
export const fuSecretariat: Actor = { role: 'fu_secretariat' };
export const rrSecretariat: Actor = { role: 'rr_secretariat' };
export const suSecretariat: Actor = { role: 'committee_secretariat', committee: 'SU' };
export const reader: Actor = { role: 'reader' };
export const member: Actor = { role: 'politician', party: 'Venstre' };

/** A proposal on a meeting's agenda. */
export interface OnAgenda {
  id: string;
  meetingId: string;
  item: number;
}

/**
 * Brings proposals into each workflow state the way production does: intake's events for the committee's
 * steps (produced to the real topic), the workflow API for the budget office's, FU's and RR's.
 */
export class WorkflowDriver {
  story = new IntakeEventStory();
  private dates = 0;

  constructor(
    private readonly app: INestApplication,
    private readonly publisher: EventPublisher,
  ) {}

  http() {
    return request(this.app.getHttpServer());
  }

  /** A new round of its own (the budget agreement closes a round, so a test that records one takes a fresh round). */
  async freshRound(): Promise<void> {
    this.story = new IntakeEventStory();
    await this.round();
  }

  /** Another driver on the same service with a round of its own, leaving this driver's round open. */
  async inOwnRound(): Promise<WorkflowDriver> {
    const driver = new WorkflowDriver(this.app, this.publisher);
    await driver.round();
    return driver;
  }

  async round(): Promise<void> {
    await publishToIntakeTopic(this.publisher, [this.story.roundCreated()]);
    const db = this.app.get(WorkflowDatabase);
    await expectEventually(async () => expect(await db.budgetRound.findUnique({ where: { id: this.story.roundId } })).not.toBeNull());
  }

  /** Publishes intake events and waits until the last one is applied (or recognised). */
  async intake(...envelopes: { id: string; aggregateId: string }[]): Promise<void> {
    await publishToIntakeTopic(this.publisher, envelopes as never);
    const db = this.app.get(WorkflowDatabase);
    const last = envelopes[envelopes.length - 1];
    await expectEventually(async () => expect(await db.processedEvent.findUnique({ where: { eventId: last.id } })).not.toBeNull());
  }

  async submitted(reference = 'B26-SU-01'): Promise<ProposalEventStory> {
    const proposal = this.story.proposal(reference);
    await this.intake(proposal.drafted(), proposal.submitted());
    return proposal;
  }

  async meeting(body: 'FU' | 'RR'): Promise<string> {
    // Each meeting a day later than the one before, so decisions have an order by date.
    const date = new Date(Date.UTC(2025, 4, 1 + this.dates++)).toISOString().slice(0, 10);
    const response = await this.http()
      .post('/meetings')
      .set('Authorization', await bearer(budgetOffice))
      .send({ roundId: this.story.roundId, body, date })
      .expect(201);
    return response.body.id;
  }

  async putOnAgenda(meetingId: string, proposalId: string, actor: Actor = budgetOffice): Promise<number> {
    const response = await this.http()
      .post(`/meetings/${meetingId}/agenda-items`)
      .set('Authorization', await bearer(actor))
      .send({ proposalId })
      .expect(201);
    return response.body.agenda.find((item: { proposalId: string }) => item.proposalId === proposalId).number;
  }

  async scheduled(reference = 'B26-SU-01'): Promise<OnAgenda & { story: ProposalEventStory }> {
    const story = await this.submitted(reference);
    const meetingId = await this.meeting('FU');
    return { id: story.id, meetingId, item: await this.putOnAgenda(meetingId, story.id), story };
  }

  async decide(on: OnAgenda, actor: Actor, body: Record<string, unknown>) {
    return this.http()
      .post(`/meetings/${on.meetingId}/agenda-items/${on.item}/decision`)
      .set('Authorization', await bearer(actor))
      .send(body);
  }

  async approvedByFu(reference = 'B26-SU-01'): Promise<string> {
    const scheduled = await this.scheduled(reference);
    expect((await this.decide(scheduled, fuSecretariat, { outcome: 'approved', text: 'Godkendt.' })).status).toBe(200);
    return scheduled.id;
  }

  async onRrAgenda(reference = 'B26-SU-01'): Promise<OnAgenda> {
    const id = await this.approvedByFu(reference);
    const meetingId = await this.meeting('RR');
    return { id, meetingId, item: await this.putOnAgenda(meetingId, id) };
  }

  async state(id: string): Promise<string> {
    const response = await this.http()
      .get(`/proposals/${id}`)
      .set('Authorization', await bearer(reader))
      .expect(200);
    return response.body.state;
  }
}
