import { KafkaPublisher } from '@budgetflow/messaging';
import { IntakeEventStory, TopicReader, bearer, expectEventually, publishToIntakeTopic } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { followIntakeEvents } from './support/intake-follower';

// Intake's events reach the workflow a batch at a time (one partition's messages, one transaction). Every message
// here goes out in one produce request under one key, so one fetch hands them over together, as a busy partition does.
describe('workflow consumes intake events in batches', () => {
  let app: NestExpressApplication;
  let db: WorkflowDatabase;
  let publisher: KafkaPublisher;
  let deadLetters: TopicReader;
  const story = new IntakeEventStory();
  const batchKey = story.roundId;
  const inOneBatch = (...envelopes: object[]) => envelopes.map((envelope) => ({ key: batchKey, value: JSON.stringify(envelope) }));

  const follower = followIntakeEvents(story);
  beforeAll(() => ({ app, db, publisher, deadLetters } = follower));

  const historyOf = async (id: string) => {
    const response = await request(app.getHttpServer())
      .get(`/proposals/${id}/history`)
      .set('Authorization', await bearer({ role: 'reader' }))
      .expect(200);
    return (response.body as { action: string; toState: string }[]).map((line) => [line.action, line.toState]);
  };
  const processedAt = async (eventIds: readonly string[]) =>
    db.$queryRawUnsafe<{ event_id: string; processed_at: Date }[]>(
      'SELECT event_id::text, processed_at FROM processed_event WHERE event_id = ANY($1::uuid[])',
      eventIds,
    );

  it('applies a batch in one transaction, in order per proposal, a repeated event once', async () => {
    const first = story.proposal('B26-SU-01');
    const second = story.proposal('B26-SU-02');
    const firstDrafted = first.drafted();
    const secondDrafted = second.drafted();
    const firstUpdated = first.updated('Ambulatoriedrift, anden udgave');
    const firstSubmitted = first.submitted();
    const secondSubmitted = second.submitted();
    const events = [firstDrafted, secondDrafted, firstUpdated, firstDrafted, firstSubmitted, secondSubmitted, firstSubmitted];
    await publishToIntakeTopic(publisher, inOneBatch(...events));

    await expectEventually(async () => {
      expect(await historyOf(first.id)).toEqual([
        ['create', 'draft'],
        ['edit', 'draft'],
        ['submit', 'submitted'],
      ]);
      expect(await historyOf(second.id)).toEqual([
        ['create', 'draft'],
        ['submit', 'submitted'],
      ]);
    });
    const stored = await db.proposal.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored).toMatchObject({ title: 'Ambulatoriedrift, anden udgave', state: 'submitted', version: 3 });
    // Five distinct events, recorded by one transaction (its now()).
    const recorded = await processedAt([firstDrafted, secondDrafted, firstUpdated, firstSubmitted, secondSubmitted].map((event) => event.id));
    expect(recorded).toHaveLength(5);
    expect(new Set(recorded.map((row) => row.processed_at.getTime())).size).toBe(1);
  });

  it('dead-letters a poisoned event of a batch and applies the rest of it, in order', async () => {
    const healthy = story.proposal('B26-DNS-01');
    const poisoned = story.proposal('B26-PSU-01');
    const drafted = healthy.drafted();
    const poisonedDraft = poisoned.drafted();
    // A submission whose snapshot has no content: its type's parser refuses it, however often it is tried.
    const poison = { ...poisonedDraft, payload: { proposal: { ...poisonedDraft.payload.proposal, content: undefined } } };
    const submitted = healthy.submitted();
    await publishToIntakeTopic(publisher, inOneBatch(drafted, poison, submitted));

    await expectEventually(async () => {
      expect(await historyOf(healthy.id)).toEqual([
        ['create', 'draft'],
        ['submit', 'submitted'],
      ]);
      const letters = deadLetters.messages.filter((message) => message.headers['consumer'] === 'workflow');
      const letter = letters.find((message) => String(message.value).includes(poison.id));
      expect(letter?.headers['reason']).toMatch(/content/);
    });
    expect(await db.proposal.findUnique({ where: { id: poisoned.id } })).toBeNull();
    expect((await processedAt([drafted.id, poison.id, submitted.id])).map((row) => row.event_id).sort()).toEqual([drafted.id, submitted.id].sort());
  });
});
