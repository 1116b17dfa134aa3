import { loadConfig } from '@budgetflow/platform';
import { conformanceStatements } from '@budgetflow/reporting/bilag';
import { bearer } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createReportingApp, reportingConfigSchema } from '../src/app/create-reporting-app';

// The bilag's conformance statements, served from the verdict recorded by tools/pdf/record-pdf-verdicts.mjs.
describe('reporting: GET /conformance', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' }));
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('states for every report the standards, veraPDF’s verdict, its version and the date, in Danish', async () => {
    const response = await request(app.getHttpServer())
      .get('/conformance')
      .set('Authorization', await bearer({ role: 'reader' }))
      .expect(200);
    const statements = response.body.statements as Array<Record<string, unknown>>;
    expect(statements.map((statement) => statement['key'])).toEqual([
      'katalog',
      'faktaark',
      'rammeopfoelgning',
      'udmoentning',
      'vedtaget',
      'ikke-medregnet',
      'budgetaftale',
      'nye-bevillinger',
      'budgetspoergsmaal',
    ]);
    // The statements the bilag library builds from the recorded verdict (its own tests check them against veraPDF).
    expect(response.body.statements).toEqual(JSON.parse(JSON.stringify(conformanceStatements())));
    const catalogue = statements[0];
    expect(catalogue).toMatchObject({ title: 'Forslag til omstillingstemaer', veraPdfVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(catalogue['checkedOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((catalogue['standards'] as Array<{ standard: string }>).map((verdict) => verdict.standard)).toEqual(['PDF/UA-1', 'PDF/A-2a']);
    expect(catalogue['text']).toContain('«Forslag til omstillingstemaer» (PDF) er kontrolleret mod PDF/UA-1 og PDF/A-2a med veraPDF');
  });

  it('answers 401 without a token', async () => {
    await request(app.getHttpServer()).get('/conformance').expect(401);
  });
});
