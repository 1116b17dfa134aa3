import { KafkaPublisher } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { IntakeEventStory, bearer, expectEventually, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';
import { RenderPool } from '../src/app/rendering/render-pool';
import { RenderJob } from '../src/app/rendering/render-job';
import { ReportDataService } from '../src/app/reports/report-data.service';
import { ReportStore } from '../src/app/reports/report-store.service';
import { ReportWatches } from '../src/app/reports/report-watches';

// Issue 32: two instances of the reporting service on one database (two apps; the first consumes the events). The
// tests run in order: the last stops one instance.
describe('reporting as two instances on one database', () => {
  const apps: NestExpressApplication[] = [];
  const renders: jest.SpyInstance<Promise<Buffer>, [RenderJob]>[] = [];
  let publisher: KafkaPublisher;
  let auth: string;
  const story = new IntakeEventStory();
  const proposals = ['B26-SU-01', 'B26-SU-02', 'B26-DNS-01'].map((reference) => story.proposal(reference));

  const rendersOf = (instance: number, key: string) =>
    (renders[instance] as jest.SpyInstance<Promise<Buffer>, [RenderJob]>).mock.calls.filter(([job]) => job.key === key).length;
  const db = () => (apps[0] as NestExpressApplication).get(ReportingDatabase);
  const stored = (report: string) => db().storedReport.findMany({ where: { roundId: story.roundId, report } });
  const announced = async (report: string) => {
    const rows = await db().$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM outbox_event WHERE key = ${story.roundId} AND envelope->'payload'->>'report' = ${report}`;
    return rows[0]?.count ?? 0;
  };

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    const config = loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' });
    for (const instance of ['reporting-a', 'reporting-b']) {
      const app = await createReportingApp({ ...config, INSTANCE_ID: instance });
      renders.push(jest.spyOn(app.get(RenderPool), 'render'));
      await app.listen(0, '127.0.0.1');
      apps.push(app);
    }
    await (apps[0] as NestExpressApplication).startAllMicroservices();
    // Someone reads the round's catalogue (as a request for it would record): the background renderer keeps it current.
    await (apps[1] as NestExpressApplication).get(ReportWatches).watch({ roundId: story.roundId, key: 'katalog', proposalId: null });
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), ...proposals.flatMap((proposal) => [proposal.drafted(), proposal.submitted()])]);
    await expectEventually(
      async () => {
        const list = await request((apps[1] as NestExpressApplication).getHttpServer())
          .get(`/rounds/${story.roundId}/reports`)
          .set('Authorization', auth)
          .expect(200);
        // Every event applied: each proposal submitted.
        expect(list.body.proposals.map((proposal: { state: string }) => proposal.state)).toEqual(['submitted', 'submitted', 'submitted']);
      },
      { timeoutMs: 30_000 },
    );
  }, 90_000);
  afterAll(async () => {
    await publisher?.close();
    for (const app of apps) await app.close();
  });

  it('names each instance in /health, with the events it consumed and the requests it answered', async () => {
    const health = async (app: NestExpressApplication) => (await request(app.getHttpServer()).get('/health').expect(200)).body;
    const [first, second] = [await health(apps[0] as NestExpressApplication), await health(apps[1] as NestExpressApplication)];
    // The first consumes the events (the story's seven); the second consumed none but answered the round's list.
    expect(first).toMatchObject({ status: 'up', instance: 'reporting-a' });
    expect(first.consumedEvents).toBeGreaterThanOrEqual(7);
    expect(second).toMatchObject({ status: 'up', instance: 'reporting-b', consumedEvents: 0 });
    expect(second.servedRequests).toBeGreaterThan(0);
  });

  it('gives the same bytes under one ETag when both render the same input at once: one row, one announcement', async () => {
    const [first, second] = apps as [NestExpressApplication, NestExpressApplication];
    // A fact sheet: rendered only when asked for (nobody watches this one), so neither instance has it yet.
    const proposalId = (proposals[0] as { id: string }).id;
    const data = await first.get(ReportDataService).load(story.roundId);
    // The second instance read the round one event later (one that leaves this report alone): its bilag would print
    // another data version under the same input hash.
    const later = { ...data, dataVersion: data.dataVersion + 1 };

    // The first instance looks the report up (not stored), renders it, and stores it only after the second stored its own.
    const firstPool = first.get(RenderPool);
    const render = RenderPool.prototype.render;
    let firstRendering: () => void = () => undefined;
    const firstStarted = new Promise<void>((resolve) => (firstRendering = resolve));
    let secondStored: () => void = () => undefined;
    const secondDone = new Promise<void>((resolve) => (secondStored = resolve));
    let firstRendered: Buffer = Buffer.alloc(0);
    (renders[0] as jest.SpyInstance<Promise<Buffer>, [RenderJob]>).mockImplementationOnce(async (job) => {
      firstRendering();
      firstRendered = await render.call(firstPool, job);
      await secondDone;
      return firstRendered;
    });
    const fromFirst = first.get(ReportStore).ensure(story.roundId, 'faktaark', proposalId, data);
    await firstStarted;
    const fromSecond = await second.get(ReportStore).ensure(story.roundId, 'faktaark', proposalId, later);
    const secondBytes = await fromSecond.pdf();
    secondStored();
    const firstReport = await fromFirst;
    const firstBytes = await firstReport.pdf();

    // Both rendered, each its own bytes; both answer with the bytes stored first.
    expect(rendersOf(0, 'faktaark')).toBe(1);
    expect(rendersOf(1, 'faktaark')).toBe(1);
    expect(Buffer.compare(firstRendered, secondBytes)).not.toBe(0);
    expect(firstReport.etag).toBe(fromSecond.etag);
    expect(Buffer.compare(firstBytes, secondBytes)).toBe(0);
    const rows = (await stored('faktaark')).filter((row) => row.proposalId === proposalId);
    expect(rows).toHaveLength(1);
    expect(Buffer.compare(Buffer.from((rows[0] as { pdf: Uint8Array }).pdf), secondBytes)).toBe(0);
    expect(await announced('faktaark')).toBe(1);
  }, 60_000);

  it('renders in the background on one instance only, and the other takes over when it stops', async () => {
    // The catalogue of the round as it is now is stored (the list gives its time once it is).
    const catalogueStored = () =>
      expectEventually(
        async () => {
          const list = await request((apps.at(-1) as NestExpressApplication).getHttpServer())
            .get(`/rounds/${story.roundId}/reports`)
            .set('Authorization', auth)
            .expect(200);
          expect(list.body.reports.find((report: { key: string }) => report.key === 'katalog').changedAt).not.toBeNull();
        },
        { timeoutMs: 60_000 },
      );
    await catalogueStored();
    // Only the holder of the renderer's lease rendered it (watched, but not asked for by a request: nothing else did).
    const counts = [rendersOf(0, 'katalog'), rendersOf(1, 'katalog')];
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBeGreaterThan(0);
    const holder = counts[0] === 0 ? 1 : 0;
    const other = 1 - holder;

    // The stored catalogue is gone (the holder has brought the round up to date: it does not look again), and the
    // holder stops: its lease goes with its connection, and the other instance, new to the round, renders it.
    await db().storedReport.deleteMany({ where: { roundId: story.roundId, report: 'katalog' } });
    const stopping = apps[holder] as NestExpressApplication;
    apps.splice(apps.indexOf(stopping), 1);
    await stopping.close();
    await catalogueStored();
    expect(rendersOf(other, 'katalog')).toBe(1);
  }, 120_000);
});
