import { Topic, physicalTopic } from '@budgetflow/contracts';
import { KafkaPublisher } from '@budgetflow/messaging';
import { IntakeEventStory, TopicReader, bearer, expectEventually, publishToIntakeTopic } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { followIntakeEvents } from './support/intake-follower';

// Intake's events, produced to the real topic, reach the workflow service's state and history exactly once.
describe('workflow consumes intake events', () => {
  let app: NestExpressApplication;
  let db: WorkflowDatabase;
  let publisher: KafkaPublisher;
  let deadLetters: TopicReader;
  const story = new IntakeEventStory();
  const reader = () => bearer({ role: 'reader' });

  const follower = followIntakeEvents(story);
  beforeAll(() => ({ app, db, publisher, deadLetters } = follower));

  const historyOf = async (id: string) => {
    const response = await request(app.getHttpServer())
      .get(`/proposals/${id}/history`)
      .set('Authorization', await reader())
      .expect(200);
    return response.body as { action: string; fromState: string | null; toState: string }[];
  };
  const actionsOf = async (id: string) => (await historyOf(id)).map((entry) => [entry.action, entry.fromState, entry.toState]);

  it('keeps a submitted proposal with its state, snapshot and history', async () => {
    const proposal = story.proposal('B26-SU-01');
    await publishToIntakeTopic(publisher, [proposal.drafted(), proposal.submitted()]);
    await expectEventually(async () => {
      const response = await request(app.getHttpServer())
        .get(`/proposals/${proposal.id}`)
        .set('Authorization', await bearer({ role: 'budget_office' }))
        .expect(200);
      expect(response.body).toMatchObject({
        reference: 'B26-SU-01',
        committee: 'SU',
        state: 'submitted',
        stateLabel: 'Indsendt',
        title: 'Effektiv ambulatoriedrift',
      });
      expect(response.body.allowedActions).toEqual(['return_with_remarks', 'schedule_for_fu']);
      expect(response.body.totals).toEqual({ '2026': -10000, '2027': -10000, '2028': -10000, permanent: -10000 });
    });
    expect(await actionsOf(proposal.id)).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
    ]);
  });

  it('shows a draft only to its committee and the budget office until intake reports its submission', async () => {
    const proposal = story.proposal('B26-PSU-02');
    await publishToIntakeTopic(publisher, [proposal.drafted()]);
    await expectEventually(async () =>
      expect(await db.proposal.findUnique({ where: { id: proposal.id } })).toMatchObject({ state: 'draft', everSubmitted: false }),
    );
    const http = request(app.getHttpServer());
    for (const actor of [{ role: 'reader' }, { role: 'fu_secretariat' }, { role: 'committee_secretariat', committee: 'SU' }] as const) {
      const auth = await bearer(actor);
      await http.get(`/proposals/${proposal.id}`).set('Authorization', auth).expect(404);
      await http.get(`/proposals/${proposal.id}/history`).set('Authorization', auth).expect(404);
      const listed = await http.get(`/proposals?roundId=${story.roundId}&pageSize=100`).set('Authorization', auth).expect(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(proposal.id);
    }
    for (const actor of [{ role: 'budget_office' }, { role: 'committee_secretariat', committee: 'PSU' }] as const) {
      await http
        .get(`/proposals/${proposal.id}`)
        .set('Authorization', await bearer(actor))
        .expect(200);
    }
    await publishToIntakeTopic(publisher, [proposal.submitted()]);
    await expectEventually(async () => {
      await http
        .get(`/proposals/${proposal.id}`)
        .set('Authorization', await reader())
        .expect(200);
    });
  });

  it('applies a repeated event once and recognises an older event after a newer one', async () => {
    const proposal = story.proposal('B26-SU-02');
    const drafted = proposal.drafted();
    const edited = proposal.updated('Ny titel fra udvalget');
    const submitted = proposal.submitted();
    // The edit arrives after the submission that followed it (stale), and both others arrive twice.
    await publishToIntakeTopic(publisher, [drafted, submitted, edited, submitted, drafted]);
    const withdrawn = proposal.withdrawn();
    await publishToIntakeTopic(publisher, [withdrawn]);
    // The last event on the same partition is applied only after everything before it.
    await expectEventually(async () => expect(await db.processedEvent.findUnique({ where: { eventId: withdrawn.id } })).not.toBeNull());

    expect(await actionsOf(proposal.id)).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['withdraw', 'submitted', 'withdrawn'],
    ]);
    const row = await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    // Every event carries the whole snapshot: the skipped edit's title came with the submission.
    expect(row).toMatchObject({ state: 'withdrawn', title: 'Ny titel fra udvalget', intakeVersion: 4 });
    expect(await db.eventCursor.findMany({ where: { aggregateId: proposal.id } })).toEqual([expect.objectContaining({ sequence: 4 })]);
  });

  it('sends poison messages to the dead-letter topic with the reason, and goes on with the next message on the partition', async () => {
    const proposal = story.proposal('B26-PSU-01');
    const drafted = proposal.drafted();
    const unknownVersion = { ...proposal.submitted(), version: 9 };
    const noSnapshot = { ...proposal.submitted(), payload: { proposal: { proposalId: proposal.id } } };
    const good = proposal.submitted();
    await publishToIntakeTopic(publisher, [drafted, { key: proposal.id, value: 'dette er ikke JSON' }, unknownVersion, noSnapshot, good]);
    await expectEventually(async () => expect(await db.proposal.findUnique({ where: { id: proposal.id } })).toMatchObject({ state: 'submitted' }));

    await expectEventually(() => {
      const letters = deadLetters.messages.filter((message) => message.headers['consumer'] === 'workflow');
      const reasons = letters.map((letter) => letter.headers['reason']);
      expect(reasons).toEqual(
        expect.arrayContaining([
          'value is not JSON',
          'unknown version 9 of proposal.submitted',
          expect.stringMatching(/^payload\.proposal\.roundId: must be a string/),
        ]),
      );
      const letter = letters.find((message) => message.headers['reason'] === 'value is not JSON');
      expect(JSON.parse(letter?.value ?? '{}')).toMatchObject({
        consumer: 'workflow',
        value: 'dette er ikke JSON',
        source: { topic: physicalTopic(Topic.IntakeEvents, process.env['KAFKA_TOPIC_PREFIX']) },
      });
    });
    expect(await actionsOf(proposal.id)).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
    ]);
  });

  it('takes a proposal first seen at its submission (its draft never applied) in intake’s state', async () => {
    const proposal = story.proposal('B26-DNS-02');
    proposal.drafted();
    await publishToIntakeTopic(publisher, [proposal.submitted()]);
    await expectEventually(async () =>
      expect(await db.proposal.findUnique({ where: { id: proposal.id } })).toMatchObject({ state: 'submitted', intakeVersion: 2 }),
    );
    expect(await actionsOf(proposal.id)).toEqual([['submit', null, 'submitted']]);
  });

  it('decides a committee’s withdrawal of a submitted proposal itself: refused once on FU’s agenda, accepted before; not before the submission has arrived', async () => {
    const http = request(app.getHttpServer());
    const uar = await bearer({ role: 'committee_secretariat', committee: 'UAR' });
    const office = await bearer({ role: 'budget_office' });
    const scheduled = story.proposal('B26-UAR-01');
    await publishToIntakeTopic(publisher, [scheduled.drafted(), scheduled.submitted()]);
    await expectEventually(async () => expect(await db.proposal.findUnique({ where: { id: scheduled.id } })).toMatchObject({ state: 'submitted' }));
    const meeting = await http.post('/meetings').set('Authorization', office).send({ roundId: story.roundId, body: 'FU', date: '2025-05-19' }).expect(201);
    await http.post(`/meetings/${meeting.body.id}/agenda-items`).set('Authorization', office).send({ proposalId: scheduled.id }).expect(201);

    // The holder answers, finally: no later correction, nothing on record for a refused request.
    const refused = await http.post(`/proposals/${scheduled.id}/withdraw`).set('Authorization', uar).send({ stateSequence: 2 }).expect(409);
    expect(refused.body).toMatchObject({ code: 'workflow.invalid_transition' });
    expect(refused.body.detail).toMatch(/Træk tilbage.*«Klar til FU»/);
    expect(await actionsOf(scheduled.id)).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['schedule_for_fu', 'submitted', 'on_fu_agenda'],
    ]);

    const waiting = story.proposal('B26-UAR-02');
    await publishToIntakeTopic(publisher, [waiting.drafted(), waiting.submitted()]);
    await expectEventually(async () => expect(await db.proposal.findUnique({ where: { id: waiting.id } })).toMatchObject({ state: 'submitted' }));
    // Intake knows of a state change the workflow has not received: the workflow does not decide on an older state.
    const early = await http.post(`/proposals/${waiting.id}/withdraw`).set('Authorization', uar).send({ stateSequence: 3 }).expect(409);
    expect(early.body.code).toBe('proposal.handover_pending');
    const accepted = await http.post(`/proposals/${waiting.id}/withdraw`).set('Authorization', uar).send({ stateSequence: 2 }).expect(200);
    expect(accepted.body).toMatchObject({ state: 'withdrawn', stateSequence: 3, allowedActions: [] });
    expect((await actionsOf(waiting.id)).at(-1)).toEqual(['withdraw', 'submitted', 'withdrawn']);
  });

  it('follows the committee: resubmitted after a return, and withdrawn while returned', async () => {
    const proposal = story.proposal('B26-DNS-01');
    await publishToIntakeTopic(publisher, [proposal.drafted(), proposal.submitted()]);
    await expectEventually(async () => expect(await db.proposal.findUnique({ where: { id: proposal.id } })).toMatchObject({ state: 'submitted' }));
    const http = request(app.getHttpServer());
    await http
      .post(`/proposals/${proposal.id}/return`)
      .set('Authorization', await bearer({ role: 'budget_office' }))
      .send({ remark: 'Angiv de berørte matrikler.' })
      .expect(200);

    proposal.follow('returned');
    await publishToIntakeTopic(publisher, [proposal.updated('Rettet efter bemærkningerne'), proposal.submitted()]);
    await expectEventually(async () =>
      expect(await db.proposal.findUnique({ where: { id: proposal.id } })).toMatchObject({ state: 'submitted', title: 'Rettet efter bemærkningerne' }),
    );
    await http
      .post(`/proposals/${proposal.id}/return`)
      .set('Authorization', await bearer({ role: 'budget_office' }))
      .send({ remark: 'Stadig uklart.' })
      .expect(200);
    proposal.follow('returned');
    await publishToIntakeTopic(publisher, [proposal.withdrawn()]);
    await expectEventually(async () => expect(await db.proposal.findUnique({ where: { id: proposal.id } })).toMatchObject({ state: 'withdrawn' }));

    expect(await actionsOf(proposal.id)).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['return_with_remarks', 'submitted', 'returned'],
      ['edit', 'returned', 'returned'],
      ['submit', 'returned', 'submitted'],
      ['return_with_remarks', 'submitted', 'returned'],
      ['withdraw', 'returned', 'withdrawn'],
    ]);
  });
});
