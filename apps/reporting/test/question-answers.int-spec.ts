import { Topic, physicalTopic } from '@budgetflow/contracts';
import { formatAmount } from '@budgetflow/domain';
import { KafkaPublisher } from '@budgetflow/messaging';
import { loadConfig } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { HEADER_ROW } from '@budgetflow/reporting/bilag';
import {
  IntakeEventStory,
  QuestionEventStory,
  amountAt,
  bearer,
  binaryBody,
  expectEventually,
  flat,
  pdfText,
  publishToIntakeTopic,
  publishToWorkflowTopic,
  readXlsx,
  testKafka,
} from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';

const MINUS = '\u2212';
const WINDOW = ['2025-08-15T06:00:00.000Z', '2025-08-24T10:00:00.000Z'] as const;
const TABLE = {
  rows: [
    { label: 'Langtidsvikarer uden forslaget', cells: { '2026': 12_000, '2027': 12_000, '2028': 12_000, permanent: 12_000 } },
    { label: 'Besparelse', cells: { '2026': -2_500, '2027': -2_500, '2028': -2_125, permanent: null } },
  ],
};

// The appendix «Svar på budgetspørgsmål» from the workflow's question events, through the real broker and database:
// an answer reaches it only once approved, a sent-back one never, every approved question once with its number, the
// workbook's figures the PDF's; a redelivered event and a restart change nothing.
describe('reporting: the answers to budget questions', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  const story = new IntakeEventStory();
  const psu = story.proposal('B26-PSU-01');
  const questions = new QuestionEventStory(story.roundId);
  const mette = { id: 'dev-politician-Socialdemokratiet', name: 'Mette Lund', party: 'Socialdemokratiet' };
  const one = questions.question('Hvad betyder B26-PSU-01 for nattevagterne i Aalborg?', mette, [psu.id]);
  const two = questions.question('Hvor meget brugte regionen på vikarlæger i 2024?');
  const three = questions.question('Hvad kostede vikarlæger de seneste år?', mette);
  const four = questions.question('Hvad koster en udskydelse af klinikoverdragelsen?');
  let approval: ReturnType<typeof one.approved>;
  let auth: string;

  const start = async () => {
    const started = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    await started.listen(0, '127.0.0.1');
    await started.startAllMicroservices();
    return started;
  };
  const get = (path: string) => request(app.getHttpServer()).get(path).set('Authorization', auth).buffer(true).parse(binaryBody);
  const listed = async () => (await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200)).body;
  const appendix = async () => (await listed()).reports.find((report: { key: string }) => report.key === 'budgetspoergsmaal');
  const appendixText = async () => flat(await pdfText((await get(`/rounds/${story.roundId}/reports/budgetspoergsmaal`).expect(200)).body as Buffer));
  // The reporting group has committed every partition of the workflow topic up to its end: every message is applied.
  const consumedToTheEnd = () =>
    expectEventually(async () => {
      const admin = testKafka().admin();
      await admin.connect();
      try {
        const topic = physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']);
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId: `${process.env['KAFKA_TOPIC_PREFIX']}reporting`, topics: [topic] });
        // A partition nothing was ever committed on (-1) holds no message the group has not seen only when it is empty.
        const at = new Map((committed?.partitions ?? []).map((partition) => [partition.partition, partition.offset === '-1' ? '0' : partition.offset]));
        expect(ends.map((end) => [end.partition, at.get(end.partition)])).toEqual(ends.map((end) => [end.partition, end.high]));
      } finally {
        await admin.disconnect();
      }
    });
  const stored = (id: string) => app.get(ReportingDatabase).reportQuestion.findUnique({ where: { id } });

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    app = await start();
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), psu.drafted(), psu.submitted()]);
    await expectEventually(async () => expect((await listed()).factSheets).toHaveLength(1), { timeoutMs: 60_000 });
  }, 120_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  it('is not available, with its Danish reason, while questions are asked, assigned, answered and sent back', async () => {
    await publishToWorkflowTopic(publisher, [
      questions.windowSet(...WINDOW),
      one.asked(),
      two.asked(),
      one.assigned({ kind: 'committee', committee: 'PSU' }),
      one.answered('Et første udkast, som Koncernøkonomi sender tilbage.', TABLE),
      one.sentBack(),
    ]);
    await expectEventually(async () => expect(await stored(one.id)).toMatchObject({ state: 'sent_back' }));
    expect((await appendix()).notYetAvailable).toBe(
      'Der er endnu ingen godkendte svar på budgetspørgsmål i Budget 2026. «Svar på budgetspørgsmål» dannes, når Koncernøkonomi har godkendt det første svar.',
    );
    const refused = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports/budgetspoergsmaal`).set('Authorization', auth).expect(409);
    expect(refused.body).toMatchObject({ code: 'report.not_yet_available' });
    await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports/budgetspoergsmaal.xlsx`).set('Authorization', auth).expect(409);
  }, 60_000);

  it('prints an answer once approved, never a draft or one sent back; a merged question under its answer', async () => {
    await publishToWorkflowTopic(publisher, [
      one.answered('Nattevagterne bemandes fortsat med speciallæger.', TABLE),
      (approval = one.approved()),
      three.asked(),
      three.mergedInto(one),
      four.asked(),
      four.assigned({ kind: 'budget_office' }),
      four.answered('Et svar, som Koncernøkonomi sender tilbage.'),
      four.sentBack(),
      two.assigned({ kind: 'budget_office' }),
      two.answered('Regionen brugte 61,4 mio. kr. på vikarlæger i 2024.', null, 'Karen Holm, Koncernøkonomi'),
      two.approved(),
    ]);
    await expectEventually(async () => expect(await stored(two.id)).toMatchObject({ state: 'approved' }), { timeoutMs: 30_000 });
    await expectEventually(async () => expect((await appendix()).notYetAvailable).toBeNull());
    // The list names the questions the appendix shows, so a client knows when an approval has arrived.
    expect((await listed()).questions).toEqual([
      { id: one.id, number: 1, state: 'approved' },
      { id: two.id, number: 2, state: 'approved' },
      { id: three.id, number: 3, state: 'merged' },
    ]);
    const text = await appendixText();
    expect(text).toContain('Nattevagterne bemandes fortsat med speciallæger.');
    expect(text).toContain('Regionen brugte 61,4 mio. kr. på vikarlæger i 2024.');
    expect(text).toContain('Spørgsmål nr. 3 er besvaret sammen med spørgsmål nr. 1.');
    expect(text).toContain('Vedrører: B26-PSU-01');
    // Neither the draft sent back nor the question still waiting for its answer.
    for (const absent of ['Et første udkast', 'Et svar, som Koncernøkonomi sender tilbage', 'Hvad koster en udskydelse', 'Spørgsmål nr. 4']) {
      expect(text).not.toContain(absent);
    }
    // Every printed question exactly once, with its number: 1 and 3 (merged into it) by PSU, 2 by Koncernøkonomi.
    for (const number of [1, 2, 3]) expect(text.split(`Spørgsmål nr. ${number} Stillet af:`)).toHaveLength(2);
    expect(text).toContain('Psykiatri- og Socialudvalget Spørgsmål nr. 1 Stillet af: Mette Lund (Socialdemokratiet)');
    expect(text).toContain('Koncernøkonomi Spørgsmål nr. 2 Stillet af: Jens Krogh (Venstre)');
  }, 60_000);

  it('gives the workbook the PDF’s questions and the answer table’s exact amounts, as printed', async () => {
    const text = await appendixText();
    const workbook = await readXlsx((await get(`/rounds/${story.roundId}/reports/budgetspoergsmaal.xlsx`).expect(200)).body as Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Spørgsmål og svar', 'Svar nr. 1']);
    const list = workbook.getWorksheet('Spørgsmål og svar');
    const numbers = Array.from({ length: (list?.rowCount ?? 0) - HEADER_ROW }, (_row, index) => list?.getCell(HEADER_ROW + 1 + index, 1).value);
    expect(numbers).toEqual(['1', '2', '3']);
    for (const number of numbers) expect(text).toContain(`Spørgsmål nr. ${String(number)} Stillet af:`);
    const sheet = workbook.getWorksheet('Svar nr. 1');
    if (!sheet) throw new Error('no table sheet');
    const rows = TABLE.rows.map((_row, index) => [2, 3, 4, 5].map((column) => amountAt(sheet, HEADER_ROW + 1 + index, column)));
    expect(rows).toEqual(TABLE.rows.map((row) => ['2026', '2027', '2028', 'permanent'].map((key) => row.cells[key as keyof typeof row.cells])));
    // The same figures on the PDF's row, as the PDF prints them.
    for (const [index, row] of TABLE.rows.entries()) {
      const printed = (rows[index] ?? []).map((amount) => formatAmount(amount, { minus: 'minus-sign' })).join(' ');
      expect(text).toContain(`${row.label} ${printed}`);
    }
    expect(text).toContain(`Besparelse ${MINUS}2,5 ${MINUS}2,5 ${MINUS}2,125 -`);
  }, 60_000);

  it('changes nothing on a redelivered or late event, and shows the same appendix after a restart', async () => {
    const { etag, xlsx } = await appendix();
    const { dataVersion } = await listed();
    // The approval delivered again (the same event) and an older snapshot of question 4: the inbox and the cursor skip them.
    await publishToWorkflowTopic(publisher, [approval, approval, { ...four.asked(), sequence: 1 }]);
    await consumedToTheEnd();
    expect((await listed()).dataVersion).toBe(dataVersion);
    expect(await stored(four.id)).toMatchObject({ state: 'sent_back' });
    expect(await appendix()).toMatchObject({ etag, xlsx });

    await app.close();
    app = await start();
    expect(await appendix()).toMatchObject({ etag, xlsx, notYetAvailable: null });
  }, 90_000);
});
