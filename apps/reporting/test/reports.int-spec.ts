import { ProposalWorkflowChangedV1, ReportGeneratedV1, Topic, WorkflowEvent, physicalTopic } from '@budgetflow/contracts';
import { budget2026Proposals, budget2026Round, validateConsequenceTable } from '@budgetflow/domain';
import { KafkaPublisher, newEvent } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { IntakeEventStory, TopicReader, bearer, expectEventually, flat, pdfText, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';
import { ReportRenderer } from '../src/app/reports/report-renderer';

// The read model is fed through the real topics, as intake and workflow publish them.
describe('reporting: bilag from the events, regenerated when the data changes', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let generated: TopicReader;
  const story = new IntakeEventStory();
  const proposals = budget2026Proposals.map((proposal) => story.proposal(proposal.reference));
  let auth: string;

  const binary = (agent: request.Test) =>
    agent.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const get = (path: string, ifNoneMatch?: string) => {
    const call = request(app.getHttpServer()).get(path).set('Authorization', auth);
    return binary(ifNoneMatch ? call.set('If-None-Match', ifNoneMatch) : call);
  };

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    app = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    publisher = new KafkaPublisher(testKafka());
    generated = new TopicReader(physicalTopic(Topic.ReportingEvents, process.env['KAFKA_TOPIC_PREFIX']));
    await generated.start();
    await publishToIntakeTopic(publisher, [story.roundCreated(), ...proposals.flatMap((proposal) => [proposal.drafted(), proposal.submitted()])]);
    await expectEventually(
      async () => {
        const list = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200);
        expect(list.body.factSheets).toHaveLength(10);
      },
      { timeoutMs: 30_000 },
    );
  }, 90_000);
  afterAll(async () => {
    await generated?.stop();
    await publisher?.close();
    await app?.close();
  });

  it('serves the catalogue of the ten submitted proposals with exact committee sums', async () => {
    const response = await get(`/rounds/${story.roundId}/reports/katalog`).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('budget-2026-katalog.pdf');
    const text = flat(await pdfText(response.body as Buffer));
    for (const proposal of budget2026Proposals) expect(text).toContain(proposal.title.slice(0, 30));
    expect(text).toContain('−2,825');
    expect(text).toContain('−34,825');
    expect(text).toContain('−0,125');
    expect(text).not.toContain('−2,8 ');
  }, 60_000);

  it('answers 304 for an unchanged report, and changes exactly the affected ETags after an FU decision with changes', async () => {
    const before = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200);
    const etag = (body: typeof before.body, key: string) => body.reports.find((report: { key: string }) => report.key === key).etag as string;
    const factSheetEtag = (body: typeof before.body, id: string) => body.factSheets.find((sheet: { href: string }) => sheet.href.includes(id)).etag as string;
    await get(`/rounds/${story.roundId}/reports/rammeopfoelgning`, etag(before.body, 'rammeopfoelgning')).expect(304);

    const amended = proposals[1];
    const table = validateConsequenceTable(
      { rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '-10,0', '2027': '-12,0', '2028': '-14,0', permanent: '-14,0' } }] },
      budget2026Round,
    );
    if (!table.ok) throw new Error('test table invalid');
    const change: ProposalWorkflowChangedV1 = {
      proposalId: amended.id,
      roundId: story.roundId,
      state: 'approved_by_fu',
      // Put on FU's agenda after the submission, then approved: two state changes on.
      stateSequence: amended.currentStateSequence + 2,
      remark: null,
      meeting: { id: 'fu-1', body: 'FU', date: '2025-05-19', agendaItem: 2 },
      outcome: 'approved_with_changes',
      decisionText: 'Godkendt med indfasning.',
      decidedTable: table.value,
      reason: null,
    };
    const decision = newEvent(WorkflowEvent.ProposalDecidedByFu, { id: amended.id, sequence: 1 }, change, {
      actor: { id: 'fu', role: 'fu_secretariat' },
      correlationId: 'c',
      causationId: null,
    }).envelope;
    const topic = physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']);
    // Sent twice: the second copy must change nothing.
    await publisher.publish([decision, decision].map((envelope) => ({ topic, key: amended.id, value: JSON.stringify(envelope), headers: {} })));

    const after = await expectEventually(async () => {
      const list = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200);
      expect(etag(list.body, 'rammeopfoelgning')).not.toBe(etag(before.body, 'rammeopfoelgning'));
      return list;
    });
    expect(after.body.dataVersion).toBe(before.body.dataVersion + 1);
    expect(factSheetEtag(after.body, amended.id)).not.toBe(factSheetEtag(before.body, amended.id));
    expect(factSheetEtag(after.body, proposals[0].id)).toBe(factSheetEtag(before.body, proposals[0].id));

    const frameStatus = await get(`/rounds/${story.roundId}/reports/rammeopfoelgning`, etag(before.body, 'rammeopfoelgning')).expect(200);
    const text = flat(await pdfText(frameStatus.body as Buffer));
    expect(text).toContain('ændret af FU');
    expect(text).toContain('−20,0');
  }, 90_000);

  it('renders in the background only the reports someone asked for lately, and announces each new bilag once', async () => {
    await expectEventually(
      () => {
        const events = generated.messages.map((message) => JSON.parse(message.value) as { payload: ReportGeneratedV1 });
        expect(events.some((event) => event.payload.report === 'katalog')).toBe(true);
      },
      { timeoutMs: 60_000 },
    );
    const db = app.get(ReportingDatabase);
    // FU's decision above changed the round; of its reports at that data version, the frame status was asked for
    // then, the catalogue (asked for before it, so watched) is left to the background renderer, and the reports
    // nobody asked for (the implementation overview, the adopted and the not-included) are rendered by nobody.
    const { dataVersion } = (await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200)).body as {
      dataVersion: number;
    };
    const roundWide = async () =>
      (await db.storedReport.findMany({ where: { roundId: story.roundId, proposalId: '', dataVersion }, select: { report: true } }))
        .map((row) => row.report)
        .sort();
    await expectEventually(async () => expect(await roundWide()).toContain('katalog'), { timeoutMs: 60_000 });
    // A pass of its own changes nothing (issue 32: a round of a thousand proposals nobody reads took minutes of a core
    // per change, its catalogue alone).
    await app.get(ReportRenderer).renderOutdated(0);
    expect(await roundWide()).toEqual(['katalog', 'rammeopfoelgning']);
    expect(await db.storedReport.count({ where: { roundId: story.roundId, report: 'faktaark' } })).toBe(0);

    // One asked for is rendered then, and announced like the others.
    await get(`/rounds/${story.roundId}/proposals/${proposals[2].id}/faktaark`).expect(200);
    await expectEventually(() => {
      const events = generated.messages.map((message) => JSON.parse(message.value) as { payload: ReportGeneratedV1 });
      expect(events.filter((event) => event.payload.report === 'faktaark').map((event) => event.payload.proposalId)).toEqual([proposals[2].id]);
    });
    // A report stored a moment ago may still be on its way to the topic: the two counts meet once it arrives.
    await expectEventually(async () => {
      const stored = await db.storedReport.count({ where: { roundId: story.roundId } });
      const announced = generated.messages.filter((message) => message.key === story.roundId).length;
      expect(announced).toBe(stored);
    });
  }, 90_000);
});
