import { KafkaPublisher } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { IntakeEventStory, bearer, expectEventually, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';
import { RenderPool } from '../src/app/rendering/render-pool';
import { RenderJob } from '../src/app/rendering/render-job';
import { ReportRenderer } from '../src/app/reports/report-renderer';

interface Link {
  key: string;
  etag: string;
  changedAt: string | null;
}

// A report someone watches is rendered when its data changes, not when it is next asked for; a report being
// rendered is rendered once however many ask for it, and answered before it is stored.
describe('reporting: watched reports rendered ahead, each input rendered once', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let auth: string;
  let renders: jest.SpyInstance<Promise<Buffer>, [RenderJob]>;
  const story = new IntakeEventStory();
  const first = story.proposal('B26-SU-01');
  const second = story.proposal('B26-SU-02');
  const third = story.proposal('B26-DNS-01');

  const rendersOf = (key: string) => renders.mock.calls.filter(([job]) => job.key === key).length;
  const rendersOfSheet = (proposalId: string) => renders.mock.calls.filter(([job]) => job.key === 'faktaark' && job.proposalId === proposalId).length;
  const list = async () =>
    (await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200)).body as { reports: Link[] };
  const link = async (key: string) => (await list()).reports.find((report) => report.key === key) as Link;
  const pdf = (key: string, ifNoneMatch?: string) => {
    const call = request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports/${key}`).set('Authorization', auth);
    return (ifNoneMatch ? call.set('If-None-Match', ifNoneMatch) : call).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };
  const factSheet = (proposalId: string) =>
    request(app.getHttpServer()).get(`/rounds/${story.roundId}/proposals/${proposalId}/faktaark`).set('Authorization', auth).buffer(true);
  const storedRows = (report: string) => app.get(ReportingDatabase).storedReport.count({ where: { roundId: story.roundId, report } });

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    app = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    // Held back, so that whatever is rendered here was rendered ahead or on request, not because the round went quiet.
    jest.spyOn(app.get(ReportRenderer), 'renderOutdated').mockResolvedValue(0);
    renders = jest.spyOn(app.get(RenderPool), 'render');
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), first.drafted(), first.submitted()]);
    await expectEventually(async () => expect((await link('rammeopfoelgning')).etag).toBeDefined(), { timeoutMs: 30_000 });
  }, 90_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  it('renders the watched frame status when an event changes the round, and the next request is answered with it', async () => {
    // Asked for once: from now on it is watched.
    const watched = await pdf('rammeopfoelgning').expect(200);
    const before = watched.headers['etag'] as string;
    const renderedBefore = rendersOf('rammeopfoelgning');

    await publishToIntakeTopic(publisher, [second.drafted(), second.submitted()]);
    // Rendered without anyone asking for it.
    await expectEventually(async () => expect(rendersOf('rammeopfoelgning')).toBeGreaterThan(renderedBefore), { timeoutMs: 30_000 });
    await expectEventually(async () => expect((await link('rammeopfoelgning')).etag).not.toBe(before));
    // Made (and stored) without a request: the list gives the time.
    const after = await expectEventually(async () => {
      const current = await link('rammeopfoelgning');
      expect(current.changedAt).not.toBeNull();
      return current;
    });
    const rendered = rendersOf('rammeopfoelgning');

    const served = await pdf('rammeopfoelgning', before).expect(200);
    expect(served.headers['etag']).toBe(after.etag);
    expect((served.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await pdf('rammeopfoelgning', after.etag).expect(304);
    // Neither request rendered it again.
    expect(rendersOf('rammeopfoelgning')).toBe(rendered);
    expect(await storedRows('rammeopfoelgning')).toBe(rendered);
  }, 60_000);

  it('renders a changed report once for requests that come together, and gives each the same bytes and ETag', async () => {
    const before = (await link('udmoentning')).etag;
    await publishToIntakeTopic(publisher, [third.drafted(), third.submitted()]);
    await expectEventually(async () => expect((await link('udmoentning')).etag).not.toBe(before), { timeoutMs: 30_000 });
    const rendered = rendersOf('udmoentning');

    const [one, two] = await Promise.all([pdf('udmoentning').expect(200), pdf('udmoentning').expect(200)]);
    expect(one.headers['etag']).toBe(two.headers['etag']);
    expect(Buffer.compare(one.body as Buffer, two.body as Buffer)).toBe(0);
    expect(rendersOf('udmoentning')).toBe(rendered + 1);
    // Stored after the answers, once.
    await expectEventually(async () => expect(await storedRows('udmoentning')).toBe(1));
    const again = await pdf('udmoentning').expect(200);
    expect(Buffer.compare(again.body as Buffer, one.body as Buffer)).toBe(0);
    expect(rendersOf('udmoentning')).toBe(rendered + 1);
  }, 60_000);

  // Issue 32: fact sheets are rendered when asked for, not for every change; one asked for is watched like the others.
  it('renders a fact sheet someone asked for when its proposal changes, without a request', async () => {
    await factSheet(first.id).expect(200);
    const watched = await app.get(ReportingDatabase).reportWatch.findMany({ where: { roundId: story.roundId, report: 'faktaark' } });
    expect(watched.map((row) => row.proposalId)).toEqual([first.id]);
    const before = rendersOfSheet(first.id);

    await publishToIntakeTopic(publisher, [first.withdrawn()]);
    await expectEventually(async () => expect(rendersOfSheet(first.id)).toBe(before + 1), { timeoutMs: 30_000 });
    // The request after the change is answered from the render made ahead.
    const after = await factSheet(first.id).expect(200);
    expect(after.headers['x-data-version']).toBeDefined();
    expect(rendersOfSheet(first.id)).toBe(before + 1);
  }, 60_000);
});
