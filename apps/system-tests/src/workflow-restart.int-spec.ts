import { Topic, physicalTopic } from '@budgetflow/contracts';
import { KafkaPublisher } from '@budgetflow/messaging';
import { IntakeEventStory, ProposalEventStory, TopicReader, expectEventually, publishToIntakeTopic, testDatabaseUrl, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { INestApplication } from '@nestjs/common';
import { startWorkflow } from './support/services';

const PROPOSALS = 30;
const REFERENCES = ['B26-SU-01', 'B26-SU-02', 'B26-DNS-01', 'B26-PSU-01', 'B26-UAR-01'];

// The workflow service is closed in the middle of a stream of intake events and a new one takes over on the
// same database and consumer group: every event is applied, none twice.
describe('restarting the workflow service in the middle of a stream of events', () => {
  let publisher: KafkaPublisher;
  let db: WorkflowDatabase;
  let deadLetters: TopicReader;
  let workflow: INestApplication | undefined;

  beforeAll(async () => {
    publisher = new KafkaPublisher(testKafka());
    db = new WorkflowDatabase(testDatabaseUrl('WORKFLOW_DATABASE_URL'));
    deadLetters = new TopicReader(physicalTopic(Topic.DeadLetters, process.env['KAFKA_TOPIC_PREFIX']));
    await deadLetters.start();
  }, 60_000);
  afterAll(async () => {
    await workflow?.close();
    await deadLetters?.stop();
    await publisher?.close();
    await db?.$disconnect();
  });

  it('loses nothing and applies nothing twice', async () => {
    const story = new IntakeEventStory();
    const proposals: ProposalEventStory[] = Array.from({ length: PROPOSALS }, (_, index) => story.proposal(REFERENCES[index % REFERENCES.length]));
    // Per proposal: drafted, updated, submitted; every third is withdrawn too. Interleaved across proposals, as in production.
    const steps = [
      (p: ProposalEventStory) => p.drafted(),
      (p: ProposalEventStory) => p.updated(`Rettet ${p.id.slice(0, 8)}`),
      (p: ProposalEventStory) => p.submitted(),
    ];
    const stream = [
      story.roundCreated(),
      ...steps.flatMap((step) => proposals.map(step)),
      ...proposals.filter((_, index) => index % 3 === 0).map((p) => p.withdrawn()),
    ];
    const total = stream.length;
    const [early, during, late] = [stream.slice(0, 40), stream.slice(40, 80), stream.slice(80)];
    const produce = async (messages: typeof stream) => {
      for (const message of messages) await publishToIntakeTopic(publisher, [message]);
    };

    workflow = await startWorkflow();
    await produce(early);
    await expectEventually(async () => expect(await db.processedEvent.count()).toBeGreaterThanOrEqual(10), { timeoutMs: 30_000, intervalMs: 10 });
    // Closed while events are still being produced (and consumed).
    await Promise.all([workflow.close(), produce(during)]);
    workflow = undefined;
    await produce(late);
    const appliedBeforeRestart = await db.processedEvent.count();
    expect(appliedBeforeRestart).toBeLessThan(total);

    workflow = await startWorkflow();
    await expectEventually(async () => expect(await db.processedEvent.count()).toBe(total), { timeoutMs: 90_000 });

    const rows = await db.proposal.findMany({ include: { history: { orderBy: { id: 'asc' } } } });
    expect(rows).toHaveLength(PROPOSALS);
    for (const [index, proposal] of proposals.entries()) {
      const row = rows.find((candidate) => candidate.id === proposal.id);
      const withdrawn = index % 3 === 0;
      expect({ state: row?.state, intakeVersion: row?.intakeVersion, title: row?.title }).toEqual({
        state: withdrawn ? 'withdrawn' : 'submitted',
        intakeVersion: withdrawn ? 4 : 3,
        title: `Rettet ${proposal.id.slice(0, 8)}`,
      });
      expect(row?.history.map((entry) => [entry.action, entry.fromState, entry.toState])).toEqual([
        ['create', null, 'draft'],
        ['edit', 'draft', 'draft'],
        ['submit', 'draft', 'submitted'],
        ...(withdrawn ? [['withdraw', 'submitted', 'withdrawn']] : []),
      ]);
    }
    expect(await db.proposalHistory.count()).toBe(total - 1);
    expect(deadLetters.messages).toEqual([]);
  }, 150_000);
});
