import { budget2026Proposals, budget2026Round, formatAmount } from '@budgetflow/domain';
import { loadConfig } from '@budgetflow/platform';
import { KafkaPublisher } from '@budgetflow/messaging';
import { XLSX_MEDIA_TYPE, availableRoundReportKeys } from '@budgetflow/reporting/bilag';
import { HEADER_ROW } from '@budgetflow/reporting/bilag';
import {
  IntakeEventStory,
  bearer,
  checkSums,
  expectEventually,
  flat,
  pdfText,
  publishToIntakeTopic,
  readXlsx,
  testKafka,
  thousandsOf,
} from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ValueType, Worksheet } from 'exceljs';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';

/** The amounts of a sheet's table (below the header row), row by row, as the PDF prints them. */
function printedAmounts(sheet: Worksheet): string[] {
  const printed: string[] = [];
  sheet.eachRow((row, number) => {
    if (number <= HEADER_ROW) return;
    row.eachCell((cell) => {
      const value = cell.type === ValueType.Formula ? cell.result : cell.value;
      if (typeof value === 'number') printed.push(formatAmount(thousandsOf(value), { minus: 'minus-sign' }));
    });
  });
  return printed;
}

function inOrder(words: readonly string[], wanted: readonly string[]): boolean {
  let position = 0;
  for (const word of wanted) {
    while (position < words.length && words[position] !== word) position++;
    if (position++ >= words.length) return false;
  }
  return true;
}

// The spreadsheets of the bilag and the flat export, through the API, from the read model fed by real events.
describe('reporting: every bilag as XLSX, and the flat export as XLSX and CSV', () => {
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  const story = new IntakeEventStory();
  const proposals = budget2026Proposals.map((proposal) => story.proposal(proposal.reference));
  let auth: string;

  const get = (path: string, headers: Record<string, string> = {}) =>
    request(app.getHttpServer())
      .get(path)
      .set({ Authorization: auth, ...headers })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    auth = await bearer({ role: 'reader' });
    app = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    await app.listen(0, '127.0.0.1');
    await app.startAllMicroservices();
    publisher = new KafkaPublisher(testKafka());
    await publishToIntakeTopic(publisher, [story.roundCreated(), ...proposals.flatMap((proposal) => [proposal.drafted(), proposal.submitted()])]);
    await expectEventually(
      async () => {
        const list = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200);
        expect(list.body.factSheets).toHaveLength(10);
      },
      { timeoutMs: 120_000 },
    );
  }, 180_000);
  afterAll(async () => {
    await publisher?.close();
    await app?.close();
  });

  it('serves a bilag as XLSX by Accept header or .xlsx path, with its own ETag, Vary: Accept and 304', async () => {
    const base = `/rounds/${story.roundId}/reports/katalog`;
    const pdf = await get(base).expect(200);
    const byAccept = await get(base, { Accept: XLSX_MEDIA_TYPE }).expect(200);
    const byPath = await get(`${base}.xlsx`).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(byAccept.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(byAccept.headers['content-disposition']).toBe('attachment; filename="budget-2026-katalog.xlsx"');
    for (const response of [pdf, byAccept, byPath]) expect(response.headers['vary']).toContain('Accept');
    expect(byAccept.headers['etag']).not.toBe(pdf.headers['etag']);
    expect(byPath.headers['etag']).toBe(byAccept.headers['etag']);
    expect(Buffer.compare(byPath.body as Buffer, byAccept.body as Buffer)).toBe(0);
    await get(base, { Accept: XLSX_MEDIA_TYPE, 'If-None-Match': byAccept.headers['etag'] as string }).expect(304);
    // The PDF's ETag does not answer for the workbook, nor the other way round.
    await get(base, { Accept: XLSX_MEDIA_TYPE, 'If-None-Match': pdf.headers['etag'] as string }).expect(200);
    await get(base, { 'If-None-Match': byAccept.headers['etag'] as string }).expect(200);
    const list = await request(app.getHttpServer()).get(`/rounds/${story.roundId}/reports`).set('Authorization', auth).expect(200);
    const katalog = list.body.reports.find((report: { key: string }) => report.key === 'katalog');
    expect(katalog).toMatchObject({ etag: pdf.headers['etag'], xlsx: { href: `${base}.xlsx`, etag: byAccept.headers['etag'] } });
    await get(`/rounds/${story.roundId}/reports/nope.xlsx`).expect(404);
  }, 60_000);

  // No budget agreement, no budget question: every report but the agreement's documents (agreement-reports.int-spec.ts) and the answers (question-answers.int-spec.ts).
  it.each(availableRoundReportKeys({ round: { round: budget2026Round }, agreement: null, questions: [] }))(
    '%s: every SUM recomputes to its cached value, and every figure is the PDF’s, in the PDF’s order',
    async (report) => {
      const [pdf, xlsx] = await Promise.all([
        get(`/rounds/${story.roundId}/reports/${report}`).expect(200),
        get(`/rounds/${story.roundId}/reports/${report}.xlsx`).expect(200),
      ]);
      const workbook = await readXlsx(xlsx.body as Buffer);
      const words = flat(await pdfText(pdf.body as Buffer)).split(' ');
      for (const sheet of workbook.worksheets) {
        for (const sum of checkSums(sheet)) expect(sum).toMatchObject({ cached: sum.recomputed, exactDouble: true });
        expect([sheet.name, inOrder(words, printedAmounts(sheet))]).toEqual([sheet.name, true]);
        expect(words.join(' ')).toContain(String(sheet.getCell(2, 1).value).split(': ').pop());
      }
      if (report === 'katalog') {
        const overview = workbook.getWorksheet('Oversigt') as Worksheet;
        const total = overview.getRow(overview.rowCount).getCell(4);
        expect([overview.getRow(overview.rowCount).getCell(1).value, thousandsOf(total.result as number)]).toEqual(['I alt', -34825]);
      }
    },
    90_000,
  );

  it('serves a fact sheet as XLSX', async () => {
    const response = await get(`/rounds/${story.roundId}/proposals/${proposals[0].id}/faktaark.xlsx`).expect(200);
    expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const sheet = (await readXlsx(response.body as Buffer)).getWorksheet('Som indsendt') as Worksheet;
    expect(String(sheet.getCell(1, 1).value)).toBe('Faktaark B26-SU-01, Budget 2026');
    const accepted = await get(`/rounds/${story.roundId}/proposals/${proposals[0].id}/faktaark`, { Accept: XLSX_MEDIA_TYPE }).expect(200);
    expect(accepted.headers['etag']).toBe(response.headers['etag']);
  }, 60_000);

  it('exports the round flat as XLSX and as CSV for Danish Excel', async () => {
    const xlsx = await get(`/rounds/${story.roundId}/eksport.xlsx`).expect(200);
    const csv = await get(`/rounds/${story.roundId}/eksport.csv`).expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = csv.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const sheet = (await readXlsx(xlsx.body as Buffer)).getWorksheet('Forslag') as Worksheet;
    expect(sheet.rowCount).toBe(lines.length);
    // Every row of every table × 4 columns, as submitted and as decided (the same here: nobody decided yet).
    const tableRows = budget2026Proposals.reduce((count, proposal) => count + proposal.table.rows.length, 0);
    expect(lines.length - 1).toBe(tableRows * 4 * 2);
    expect(lines.some((line) => /^B26-DNS-02;DNS;.*;-2,2;-2200$/.test(line))).toBe(true);
    await get(`/rounds/${story.roundId}/eksport.csv`, { 'If-None-Match': csv.headers['etag'] as string }).expect(304);
  }, 60_000);
});
