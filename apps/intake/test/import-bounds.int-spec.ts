import { Actor, budget2026Round } from '@budgetflow/domain';
import {
  bearer,
  emptyLinesCsv,
  emptyRowsWorkbook,
  farColumnWorkbook,
  importLines,
  importWorkbook,
  manyEntriesWorkbook,
  roundRequest,
  testDatabaseUrl,
  unpackBombWorkbook,
} from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { expectProblem, startIntakeApp, stopIntakeApp, writtenState } from './support/intake-test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEARS = [2026, 2027, 2028];
const su: Actor = { role: 'committee_secretariat', committee: 'SU' };

// Issue 25: hostile spreadsheets are refused cheaply, write nothing and leave the service answering.
describe('intake: the import is bounded', () => {
  let app: NestExpressApplication;
  let roundId: string;
  const http = () => request(app.getHttpServer());
  const upload = async (bytes: Buffer, type = XLSX) =>
    http()
      .post(`/rounds/${roundId}/proposals/import`)
      .set('Authorization', await bearer(su))
      .set('Content-Type', type)
      .send(bytes);

  beforeAll(async () => {
    app = await startIntakeApp();
    roundId = (
      await http()
        .post('/rounds')
        .set('Authorization', await bearer({ role: 'budget_office' }))
        .send(roundRequest(budget2026Round, { name: 'Budget 2026 (grænser)' }))
        .expect(201)
    ).body.id;
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  it.each([
    ['a zip bomb (1 MB unpacking past 50 MB)', () => unpackBombWorkbook(64 * 1024 * 1024), 'import.workbook_too_large'],
    ['a zip whose directory lies about its size', () => unpackBombWorkbook(64 * 1024 * 1024, true), 'import.workbook_too_large'],
    ['a zip of 200 entries', async () => manyEntriesWorkbook(200), 'import.workbook_too_many_entries'],
    ['a million empty rows', () => emptyRowsWorkbook(1_000_000), 'import.too_many_rows'],
    ['cells in the last column', async () => farColumnWorkbook(5), 'import.too_many_columns'],
  ])(
    'refuses %s with 413, writes nothing and keeps answering',
    async (_name, make, code) => {
      const bytes = await make();
      const before = await writtenState(app);
      expectProblem(await upload(bytes), 413, code);
      expect(await writtenState(app)).toEqual(before);
      await http().get('/health').expect(200);
    },
    60_000,
  );

  it('refuses a CSV of a million empty lines at the row limit', async () => {
    const before = await writtenState(app);
    expectProblem(await upload(emptyLinesCsv(1_000_000), 'text/csv'), 413, 'import.too_many_rows');
    expect(await writtenState(app)).toEqual(before);
    await http().get('/health').expect(200);
  });

  it('quotes at most an excerpt of a bad value and keeps the whole answer within 256 KB (500 cells of 100,000 characters)', async () => {
    const long = 'x'.repeat(100_000);
    const lines = Array.from({ length: 500 }, (_line, index) => [
      `B26-SU-${String(index + 1).padStart(2, '0')}`,
      'SU',
      null,
      'Titel',
      'Område',
      'Udvidelse',
      null,
      null,
      'Tekst.',
      null,
      null,
      null,
      null,
      null,
      'Drift',
      'Drift',
      long,
      null,
      null,
      null,
    ]);
    const bytes = await importWorkbook(YEARS, lines);
    const before = await writtenState(app);
    const response = await upload(bytes);
    expectProblem(response, 422, 'import.invalid');
    expect(Buffer.byteLength(response.text)).toBeLessThanOrEqual(256 * 1024);
    const errors = response.body.errors as { value: string | null; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(response.body.errorCount ?? errors.length).toBeGreaterThanOrEqual(500);
    for (const error of errors) {
      expect((error.value ?? '').length).toBeLessThanOrEqual(120);
      expect(error.message.length).toBeLessThanOrEqual(400);
    }
    expect(await writtenState(app)).toEqual(before);
  });

  it('applies the API’s limits: a 195,000-character section and 100 table rows are refused, nothing stored', async () => {
    const rows = Array.from({ length: 100 }, (_row, index) => ({
      label: `Række ${index + 1}`,
      category: 'drift',
      cells: { '2026': '-0,1', '2027': '-0,1', '2028': '-0,1', permanent: '-0,1' },
    }));
    const proposal = {
      reference: 'B26-SU-09',
      committee: 'SU',
      title: 'Forslag med for meget',
      area: 'Aalborg Universitetshospital',
      kind: 'omstilling',
      sections: [{ kind: 'beskrivelse', body: 'Lang tekst. '.repeat(16_250) }],
      table: { rows },
    };
    const before = await writtenState(app);
    const response = await upload(await importWorkbook(YEARS, importLines(proposal, YEARS)));
    expectProblem(response, 422, 'import.invalid');
    expect(response.body.errors.map((error: { code: string }) => error.code).sort()).toEqual(['proposal.section_too_long', 'table.too_many_rows']);
    expect(await writtenState(app)).toEqual(before);
  });

  it('takes one import at a time per person, across instances (an advisory lock another connection holds)', async () => {
    const bytes = await importWorkbook(
      YEARS,
      importLines(
        {
          reference: 'B26-SU-01',
          committee: 'SU',
          title: 'Forslag',
          area: 'Aalborg Universitetshospital',
          kind: 'omstilling',
          sections: [{ kind: 'beskrivelse', body: 'Beskrevet.' }],
          table: { rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '-1,0', '2027': '-1,0', '2028': '-1,0', permanent: '-1,0' } }] },
        },
        YEARS,
      ),
    );
    // Another instance's import of the same person: the session lock on the person's id, held elsewhere.
    const other = new Client({ connectionString: testDatabaseUrl('INTAKE_DATABASE_URL') });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(25001, hashtext($1))', ['test-committee_secretariat-SU']);
      const before = await writtenState(app);
      expectProblem(await upload(bytes), 409, 'import.in_progress');
      expect(await writtenState(app)).toEqual(before);
      // Another person is not held up.
      await http()
        .post(`/rounds/${roundId}/proposals/import?dryRun=true`)
        .set('Authorization', await bearer({ role: 'budget_office' }))
        .set('Content-Type', XLSX)
        .send(bytes)
        .expect(200);
      await other.query('SELECT pg_advisory_unlock(25001, hashtext($1))', ['test-committee_secretariat-SU']);
      await upload(bytes).then((response) => expect(response.status).toBe(201));
    } finally {
      await other.end();
    }
  });
});
