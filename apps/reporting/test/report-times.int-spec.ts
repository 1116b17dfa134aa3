import { KafkaPublisher } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { IntakeEventStory, bearer, expectEventually, publishToIntakeTopic, testKafka } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';

interface Link {
  key: string;
  etag: string;
  changedAt: string | null;
}

// The bilag page shows when each bilag's data last changed: the time it was first made from the data it shows now.
describe('reporting: when each bilag was made from its current data', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let auth: string;
  const story = new IntakeEventStory();
  const first = story.proposal('B26-SU-01');
  const second = story.proposal('B26-SU-02');

  const list = async () =>
    (await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200)).body as {
      reports: Link[];
      factSheets: Link[];
    };
  const catalogue = async () => (await list()).reports.find((report) => report.key === 'katalog') as Link;

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    app = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), first.drafted(), first.submitted()]);
    await expectEventually(async () => expect((await list()).factSheets).toHaveLength(1), { timeoutMs: 30_000 });
  }, 90_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  it('gives the time a bilag was first made from its current data, and a new one after the data changed', async () => {
    // Asked for, the catalogue is made at once; the list then names the time.
    await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports/katalog`).set('Authorization', auth).expect(200);
    const before = await catalogue();
    expect(before.changedAt).not.toBeNull();
    const madeAt = new Date(before.changedAt as string);
    expect(madeAt.toISOString()).toBe(before.changedAt);
    // Asked for again with the same data: the same time (nothing was made anew).
    await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports/katalog`).set('Authorization', auth).expect(200);
    expect((await catalogue()).changedAt).toBe(before.changedAt);

    await publishToIntakeTopic(publisher, [second.drafted(), second.submitted()]);
    await expectEventually(async () => expect((await catalogue()).etag).not.toBe(before.etag), { timeoutMs: 30_000 });
    await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports/katalog`).set('Authorization', auth).expect(200);
    const after = await catalogue();
    expect(new Date(after.changedAt as string).getTime()).toBeGreaterThan(madeAt.getTime());
  }, 90_000);
});
