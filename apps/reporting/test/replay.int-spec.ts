import { availableRoundReportKeys } from '@budgetflow/reporting/bilag';
import { ProposalWorkflowChangedV1, Topic, WorkflowEvent, physicalTopic } from '@budgetflow/contracts';
import { budget2026Proposals, budget2026Round } from '@budgetflow/domain';
import { KafkaPublisher, newEvent } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { bearer, binaryBody, expectEventually, flat, IntakeEventStory, pdfText, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';

// The generation time is the one thing allowed to differ between two renderings of the same data.
const withoutGenerationTime = (text: string) => text.replace(/Dannet \d{1,2}\.\d{1,2}\.\d{4} kl\. \d{1,2}\.\d{2}/g, 'Dannet …');

describe('reporting: a restart that replays the topics from the beginning gives the same bilag', () => {
  const story = new IntakeEventStory();
  const proposals = budget2026Proposals.map((proposal) => story.proposal(proposal.reference));
  let publisher: KafkaPublisher;
  let auth: string;

  const start = async () => {
    const app = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    return app;
  };

  async function texts(app: NestExpressApplication): Promise<Record<string, string>> {
    await expectEventually(
      async () => {
        const list = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200);
        expect(list.body.factSheets).toHaveLength(10);
        // One for the round, one per submitted proposal, one for RR's decision (drafts are not in the read model).
        expect(list.body.dataVersion).toBe(12);
      },
      { timeoutMs: 60_000 },
    );
    const result: Record<string, string> = {};
    // The round has no budget agreement and no budget question: every report but the agreement's documents and the answers.
    for (const report of availableRoundReportKeys({ round: { round: budget2026Round }, agreement: null, questions: [] })) {
      const response = await request(app.getHttpServer())
        .get(`/rounds/${story.roundId}/reports/${report}`)
        .set('Authorization', auth)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      result[report] = withoutGenerationTime(flat(await pdfText(response.body as Buffer)));
    }
    return result;
  }

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), ...proposals.flatMap((proposal) => [proposal.drafted(), proposal.submitted()])]);
    // RR adopts one proposal, so the adopted overview has something to say.
    const adopted: ProposalWorkflowChangedV1 = {
      proposalId: proposals[0].id,
      roundId: story.roundId,
      state: 'adopted',
      stateSequence: proposals[0].currentStateSequence + 1,
      remark: null,
      meeting: null,
      outcome: 'adopted',
      decisionText: null,
      decidedTable: null,
      reason: null,
    };
    await publisher.publish([
      {
        topic: physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']),
        key: proposals[0].id,
        value: JSON.stringify(
          newEvent(WorkflowEvent.ProposalDecidedByRr, { id: proposals[0].id, sequence: 1 }, adopted, {
            actor: { id: 'rr', role: 'rr_secretariat' },
            correlationId: 'c',
            causationId: null,
          }).envelope,
        ),
        headers: {},
      },
    ]);
  }, 60_000);
  afterAll(() => publisher?.close());

  it('wipes the read model, rewinds the consumer group and rebuilds the same reports', async () => {
    const first = await start();
    const before = await texts(first);
    const db = first.get(ReportingDatabase);
    await first.close();

    // The replay: an empty read model, and the consumer group back at the start of both topics.
    await db.$executeRawUnsafe('TRUNCATE report_round, report_proposal, report_question, stored_report, processed_event, event_cursor, outbox_event');
    await db.$disconnect();
    const admin = testKafka().admin();
    await admin.connect();
    for (const topic of [Topic.IntakeEvents, Topic.WorkflowEvents]) {
      await admin.resetOffsets({
        groupId: `${process.env['KAFKA_TOPIC_PREFIX']}reporting`,
        topic: physicalTopic(topic, process.env['KAFKA_TOPIC_PREFIX']),
        earliest: true,
      });
    }
    await admin.disconnect();

    const second = await start();
    try {
      const after = await texts(second);
      expect(after).toEqual(before);
      expect(before['katalog']).toContain('−34,825');
    } finally {
      await second.close();
    }
  }, 180_000);
});
