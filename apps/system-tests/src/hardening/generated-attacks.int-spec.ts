import { Actor, copenhagenLocal } from '@budgetflow/domain';
import { createIntakeApp, intakeConfigSchema } from '@budgetflow/intake-app';
import { KafkaPublisher, OutboxRelay } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { createReportingApp, reportingConfigSchema } from '@budgetflow/reporting-app';
import { ROUND_REPORT_KEYS } from '@budgetflow/reporting/bilag';
import {
  IntakeEventStory,
  bearer,
  bearerWithClaims,
  emptyLinesCsv,
  emptyRowsWorkbook,
  expectEventually,
  farColumnWorkbook,
  manyEntriesWorkbook,
  proposalRequest,
  publishToIntakeTopic,
  roundRequest,
  testKafka,
  unpackBombWorkbook,
} from '@budgetflow/testing';
import { createWorkflowApp, workflowConfigSchema } from '@budgetflow/workflow-app';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AttackReport, AttackTarget, OpenApiDocument, attack } from './attack/openapi-attacks';
import { DatabaseFingerprint } from './attack/service-fingerprint';

// Generated attacks on every operation of every service's OpenAPI document (issue 14): wrong types, boundary
// numbers, odd Unicode, nesting, huge arrays, missing and extra fields, every role's token. Never a 5xx, always a
// problem with a code, nothing written by a refused request.
//
// Budget: ATTACK_REQUESTS_PER_OPERATION requests per operation (default 20), seed ATTACK_SEED (default 1414); with
// 55 operations (issue 30) that is about 1,100 requests, 1-4 minutes on the 2-core CI machine (printed at the end).
const PER_OPERATION = Number(process.env['ATTACK_REQUESTS_PER_OPERATION'] ?? 20);
const SEED = Number(process.env['ATTACK_SEED'] ?? 1414);

const ACTORS: Actor[] = [
  { role: 'reader' },
  { role: 'budget_office' },
  { role: 'fu_secretariat' },
  { role: 'rr_secretariat' },
  { role: 'committee_secretariat', committee: 'SU' },
  { role: 'committee_secretariat', committee: 'PSU' },
  { role: 'politician', party: 'Venstre' },
];

async function everyToken(): Promise<(string | undefined)[]> {
  return [
    ...(await Promise.all(ACTORS.map((actor) => bearer(actor)))),
    undefined,
    'Bearer x.y.z',
    'Basic YWRtaW46YWRtaW4=',
    await bearerWithClaims({ role: 'budget_office' }, { expiresInSeconds: -60 }),
    await bearerWithClaims({ role: 'admin' }),
    await bearerWithClaims({ role: 'budget_office' }, { secret: 'another-secret-of-at-least-32-characters!!' }),
  ];
}

const env = () => ({ ...process.env, INTAKE_PORT: '1', WORKFLOW_PORT: '1', REPORTING_PORT: '1' });

async function started(app: INestApplication, consume: boolean): Promise<INestApplication> {
  await app.listen(0, '127.0.0.1');
  if (consume) await app.startAllMicroservices();
  return app;
}

async function documentOf(app: INestApplication): Promise<OpenApiDocument> {
  return (await request(app.getHttpServer()).get('/docs/openapi.json').expect(200)).body;
}

const reports: Record<string, AttackReport & { seconds: number }> = {};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Spreadsheet bombs for the import route (issue 25): each must be refused cheaply, never a 5xx. */
async function spreadsheetBombs() {
  return [
    { name: 'zip bomb (64 MB)', contentType: XLSX, bytes: await unpackBombWorkbook(64 * 1024 * 1024) },
    { name: 'zip bomb whose directory claims 1 KB', contentType: XLSX, bytes: await unpackBombWorkbook(64 * 1024 * 1024, true) },
    { name: 'a million empty rows', contentType: XLSX, bytes: await emptyRowsWorkbook(1_000_000) },
    { name: '200 zip entries', contentType: XLSX, bytes: manyEntriesWorkbook(200) },
    { name: 'cells in column XFD', contentType: XLSX, bytes: farColumnWorkbook(50) },
    { name: 'a CSV of a million empty lines', contentType: 'text/csv', bytes: emptyLinesCsv(1_000_000) },
  ];
}

// Issue 25: every text field of a CSV export, as a spreadsheet reads it, must not begin like a formula.
function formulaFields(csv: string): string[] {
  return csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .slice(1)
    .flatMap((line) => line.split(';').slice(0, 13))
    .map((field) => field.replace(/^"/, ''))
    .filter((field) => /^[=+\-@\t\r]/.test(field));
}

async function run(service: string, target: AttackTarget): Promise<void> {
  const started = Date.now();
  const report = await attack(target);
  reports[service] = { ...report, seconds: Math.round((Date.now() - started) / 100) / 10 };
  expect(report.findings).toEqual([]);
  // The attacks reached more than the gates: refusals of several kinds, and some requests got through.
  expect(Object.keys(report.statuses).length).toBeGreaterThanOrEqual(4);
}

describe('generated attacks from the OpenAPI documents', () => {
  let tokens: (string | undefined)[];
  beforeAll(async () => {
    tokens = await everyToken();
  });
  afterAll(() => {
    const total = Object.values(reports).reduce((sum, report) => sum + report.requests, 0);
    const seconds = Object.values(reports).reduce((sum, report) => sum + report.seconds, 0);
    process.stdout.write(
      `generated attacks: ${total} requests in ${seconds.toFixed(1)} s (${PER_OPERATION} per operation, seed ${SEED}); ${Object.entries(reports)
        .map(([service, report]) => `${service} ${report.requests} requests ${report.seconds} s ${JSON.stringify(report.statuses)}`)
        .join('; ')}\n`,
    );
  });

  it('intake: no 5xx, problems with codes, nothing written by a refusal', async () => {
    const app = await started(await createIntakeApp(loadConfig(intakeConfigSchema, env())), false);
    const fingerprint = new DatabaseFingerprint(process.env['INTAKE_DATABASE_URL'] as string);
    try {
      const http = request(app.getHttpServer());
      const su = await bearer({ role: 'committee_secretariat', committee: 'SU' });
      const roundId = (
        await http
          .post('/rounds')
          .set('Authorization', await bearer({ role: 'budget_office' }))
          .send(roundRequest())
          .expect(201)
      ).body.id;
      const draft = (await http.post(`/rounds/${roundId}/proposals`).set('Authorization', su).send(proposalRequest('B26-SU-01')).expect(201)).body;
      const submitted = (await http.post(`/rounds/${roundId}/proposals`).set('Authorization', su).send(proposalRequest('B26-SU-02')).expect(201)).body;
      await http.post(`/proposals/${submitted.id}/submit`).set('Authorization', su).send({ version: 1 }).expect(200);
      await fingerprint.settled();
      await run('intake', {
        server: app.getHttpServer(),
        document: await documentOf(app),
        tokens,
        snapshot: () => fingerprint.take(),
        settle: async () => void (await fingerprint.settled()),
        pathValues: { roundId: [roundId], proposalId: [draft.id, submitted.id] },
        uploads: { 'POST /rounds/{roundId}/proposals/import': await spreadsheetBombs() },
        validBodies: {
          'POST /rounds': roundRequest(undefined, { name: 'Budget 2026 (angreb)' }),
          'POST /rounds/{roundId}/proposals': proposalRequest('B26-SU-02', { reference: undefined, committee: undefined }),
          'PUT /proposals/{proposalId}': { ...proposalRequest('B26-SU-01', { reference: undefined, committee: undefined }), version: 1 },
          'POST /proposals/{proposalId}/submit': { version: 1 },
          'POST /proposals/{proposalId}/withdraw': { version: 1 },
        },
        requestsPerOperation: PER_OPERATION,
        seed: SEED,
      });
    } finally {
      await fingerprint.close();
      await app.get(OutboxRelay).stop();
      await app.close();
    }
  }, 600_000);

  it('workflow: no 5xx, problems with codes, nothing written by a refusal', async () => {
    const app = await started(await createWorkflowApp(loadConfig(workflowConfigSchema, env())), true);
    const publisher = new KafkaPublisher(testKafka('attack'));
    const fingerprint = new DatabaseFingerprint(process.env['WORKFLOW_DATABASE_URL'] as string);
    try {
      const http = request(app.getHttpServer());
      const story = new IntakeEventStory();
      const first = story.proposal('B26-SU-01');
      const second = story.proposal('B26-SU-02');
      await publishToIntakeTopic(publisher, [story.roundCreated(), first.drafted(), first.submitted(), second.drafted(), second.submitted()]);
      const reader = await bearer({ role: 'reader' });
      await expectEventually(async () => expect((await http.get(`/proposals/${second.id}`).set('Authorization', reader)).status).toBe(200), {
        timeoutMs: 30_000,
      });
      const office = await bearer({ role: 'budget_office' });
      // The round's event may be applied after the proposals' (another partition): retry until the round is there.
      let meeting: { id: string } = { id: '' };
      await expectEventually(
        async () => {
          const created = await http
            .post('/meetings')
            .set('Authorization', office)
            .set('Idempotency-Key', 'attack-seed-meeting')
            .send({ roundId: story.roundId, body: 'FU', date: '2025-05-19' });
          expect(created.status).toBe(201);
          meeting = created.body;
        },
        { timeoutMs: 30_000 },
      );
      await http.post(`/meetings/${meeting.id}/agenda-items`).set('Authorization', office).send({ proposalId: first.id }).expect(201);
      const noAmounts = { '2026': '0', '2027': '0', '2028': '0', permanent: '0' };
      const pkg = await http
        .post(`/rounds/${story.roundId}/packages`)
        .set('Authorization', office)
        .send({ name: 'Forhandlingsoplæg', raaderum: noAmounts })
        .expect(201);
      // Budget questions: a window open now (by the real clock, until tomorrow), a member's question assigned to SU.
      const today = copenhagenLocal(new Date()).date;
      const tomorrow = copenhagenLocal(new Date(Date.now() + 86_400_000)).date;
      const questionWindow = { opensOn: today, opensAt: '00:00', closesOn: tomorrow, closesAt: '23:59', answeringDays: 6 };
      await http.put(`/rounds/${story.roundId}/question-window`).set('Authorization', office).send(questionWindow).expect(200);
      const member = await bearer({ role: 'politician', party: 'Venstre' });
      const question = (await http.post(`/rounds/${story.roundId}/questions`).set('Authorization', member).send({ text: 'Hvad koster det?' }).expect(201)).body;
      const other = (await http.post(`/rounds/${story.roundId}/questions`).set('Authorization', member).send({ text: 'Og i 2027?' }).expect(201)).body;
      await http
        .post(`/questions/${question.id}/assign`)
        .set('Authorization', office)
        .send({ answerer: { kind: 'committee', committee: 'SU' } })
        .expect(200);
      await fingerprint.settled();
      await run('workflow', {
        server: app.getHttpServer(),
        document: await documentOf(app),
        tokens,
        snapshot: () => fingerprint.take(),
        settle: async () => void (await fingerprint.settled()),
        pathValues: {
          roundId: [story.roundId],
          proposalId: [first.id, second.id],
          meetingId: [meeting.id],
          number: ['1'],
          packageId: [pkg.body.id],
          questionId: [question.id, other.id],
        },
        validBodies: {
          'POST /meetings': { roundId: story.roundId, body: 'RR', date: '2025-09-24', title: 'Regionsrådets møde' },
          'POST /meetings/{meetingId}/agenda-items': { proposalId: second.id },
          'POST /meetings/{meetingId}/agenda-items/{number}/decision': { outcome: 'approved', text: 'Godkendt.' },
          'POST /proposals/{proposalId}/return': { remark: 'Uddyb baggrunden.' },
          'POST /meetings/{meetingId}/budget-agreement': { parties: ['Socialdemokratiet', 'Venstre'], date: '2025-09-16', proposalIds: [first.id] },
          'POST /rounds/{roundId}/packages': { name: 'Forhandlingsoplæg 2', raaderum: noAmounts },
          'PUT /packages/{packageId}': { name: 'Forhandlingsoplæg 1', raaderum: noAmounts, version: 1 },
          'POST /packages/{packageId}/copy': { name: 'Kopi' },
          'PUT /rounds/{roundId}/question-window': questionWindow,
          'POST /rounds/{roundId}/questions': { text: 'Hvor mange vikarlæger var der i 2024?', bilag: ['Katalog'] },
          'POST /questions/{questionId}/reword': { text: 'Hvad koster forslaget i 2026?' },
          'POST /questions/{questionId}/merge': { intoQuestionId: other.id },
          'POST /questions/{questionId}/assign': { answerer: { kind: 'committee', committee: 'SU' } },
          'POST /questions/{questionId}/answer': { text: 'Det koster 1,2 mio. kr.', table: { rows: [{ label: 'Udgift', cells: noAmounts }] } },
          'POST /questions/{questionId}/send-back': { remark: 'Uddyb svaret.' },
          'POST /questions/{questionId}/approve': {},
          'POST /meetings/{meetingId}/budget-agreement/from-package': {
            packageId: pkg.body.id,
            signatories: [{ kind: 'party', name: 'Socialdemokratiet' }],
            date: '2025-09-16',
          },
        },
        requestsPerOperation: PER_OPERATION,
        seed: SEED + 1000,
      });
    } finally {
      await fingerprint.close();
      await publisher.close();
      await app.close();
    }
  }, 600_000);

  it('reporting: no 5xx, problems with codes, nothing written by a refusal', async () => {
    const app = await started(await createReportingApp(loadConfig(reportingConfigSchema, env())), true);
    const publisher = new KafkaPublisher(testKafka('attack-reporting'));
    const fingerprint = new DatabaseFingerprint(process.env['REPORTING_DATABASE_URL'] as string);
    try {
      const http = request(app.getHttpServer());
      const story = new IntakeEventStory();
      const first = story.proposal('B26-SU-01');
      // A title a spreadsheet would take for a formula, as a committee may type it: the exports keep it text.
      await publishToIntakeTopic(publisher, [
        story.roundCreated(),
        first.drafted(),
        first.updated('=HYPERLINK("https://evil.example","Klik")'),
        first.submitted(),
      ]);
      const reader = await bearer({ role: 'reader' });
      await expectEventually(
        async () => expect((await http.get(`/rounds/${story.roundId}/reports`).set('Authorization', reader)).body.proposals).toHaveLength(1),
        { timeoutMs: 30_000 },
      );
      // Reporting renders in the background after 1.5 s of quiet (in a worker thread that takes a while to start):
      // every bilag asked for once is stored, so the background has nothing left to write during the attacks.
      // The agreement's documents are not made before the agreement (409), nor the answers to budget questions before an
      // approved one: the ones there are.
      const listed = (await http.get(`/rounds/${story.roundId}/reports`).set('Authorization', reader)).body as {
        reports: { href: string; notYetAvailable: string | null }[];
      };
      const bilag = listed.reports.filter((report) => report.notYetAvailable === null).map((report) => report.href);
      expect(bilag).toHaveLength(ROUND_REPORT_KEYS.length - 3);
      for (const path of [...bilag, `/rounds/${story.roundId}/proposals/${first.id}/faktaark`]) await http.get(path).set('Authorization', reader).expect(200);
      await fingerprint.settled(2500);
      await run('reporting', {
        server: app.getHttpServer(),
        document: await documentOf(app),
        tokens,
        snapshot: () => fingerprint.take(),
        settle: async () => void (await fingerprint.settled()),
        pathValues: { roundId: [story.roundId], proposalId: [first.id], report: [...ROUND_REPORT_KEYS] },
        requestsPerOperation: PER_OPERATION,
        seed: SEED + 2000,
      });
      const csv = await http.get(`/rounds/${story.roundId}/eksport.csv`).set('Authorization', reader).buffer(true).expect(200);
      expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"",""Klik"")"`);
      expect(formulaFields(csv.text)).toEqual([]);
    } finally {
      await fingerprint.close();
      await publisher.close();
      await app.close();
    }
  }, 600_000);
});
