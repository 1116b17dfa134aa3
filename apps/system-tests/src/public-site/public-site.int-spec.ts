import { PublicPageCache, createGatewayApp, gatewayConfigSchema, gatewayProblems } from '@budgetflow/gateway-app';
import { loadConfig } from '@budgetflow/platform';
import { HEADER_ROW } from '@budgetflow/reporting/bilag';
import { amountAt, bearer, binaryBody, expectEventually, proposalRequest, readXlsx, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { useRunningServices } from '../support/services';
import { htmlAmountRows, linksOf, textOf } from './public-html';

const office = { role: 'budget_office' } as const;
const reader = { role: 'reader' } as const;
const committee = (code: string) => ({ role: 'committee_secretariat', committee: code }) as const;
const DRAFT_TITLE = 'Hemmelig kladde om lukning af Thisted Sygehus';

/** The XLSX's rows with at least one amount, over every sheet, as "label | a | b | …" (exact thousands). */
async function xlsxAmountRows(body: Buffer): Promise<string[]> {
  const workbook = await readXlsx(body);
  const rows: string[] = [];
  workbook.eachSheet((sheet) => {
    const header = sheet.getRow(HEADER_ROW);
    const amountColumns: number[] = [];
    header.eachCell((cell, column) => {
      if (cell.alignment?.horizontal === 'right') amountColumns.push(column);
    });
    for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row++) {
      const amounts = amountColumns.map((column) => amountAt(sheet, row, column));
      if (amounts.every((amount) => amount === null)) continue;
      rows.push([String(sheet.getCell(row, 1).value ?? ''), ...amounts.map((amount) => (amount === null ? '' : String(amount)))].join(' | '));
    }
  });
  return rows;
}

describe('the public site: what the budget office publishes, and nothing else', () => {
  const services = useRunningServices();
  let gateway: NestExpressApplication;
  let dropGatewayDatabase: () => Promise<void> = async () => undefined;
  // The gateway's pages in memory as it runs them (the site's version asked every 100 ms), beside the test's gateway.
  let kept: PublicPageCache | undefined;
  const site = () => request(gateway.getHttpServer());
  const toIntake = () => request(services.intake.getHttpServer());
  const toWorkflow = () => request(services.workflow.getHttpServer());
  const toReporting = () => request(services.reporting.getHttpServer());

  beforeAll(async () => {
    // The gateway's session tables need a database of their own; nobody signs in here.
    const base = new URL(process.env['GATEWAY_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/budgetflow_gateway_test');
    const name = `${base.pathname.slice(1)}_${randomUUID().slice(0, 8)}`;
    const admin = new URL(base);
    admin.pathname = '/postgres';
    const sql = new Client({ connectionString: admin.toString() });
    await sql.connect();
    await sql.query(`CREATE DATABASE "${name}"`);
    await sql.end();
    dropGatewayDatabase = async () => {
      const dropper = new Client({ connectionString: admin.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    const database = new URL(base);
    database.pathname = `/${name}`;
    const web = mkdtempSync(join(tmpdir(), 'budgetflow-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Budgetflow</title>');
    const unused = 'http://127.0.0.1:9';
    const config = loadConfig(
      gatewayConfigSchema,
      {
        ...process.env,
        GATEWAY_PORT: '1',
        GATEWAY_PUBLIC_URL: unused,
        GATEWAY_DATABASE_URL: database.toString(),
        GATEWAY_WEB_ROOT: web,
        INTAKE_URL: unused,
        WORKFLOW_URL: unused,
        REPORTING_URL: await services.reporting.getUrl(),
        // Every request confirms its page with reporting, so a new publication is seen at once.
        PUBLIC_SITE_REVALIDATE_SECONDS: '0',
        OIDC_ISSUER: unused,
        OIDC_CLIENT_ID: 'budgetflow-test',
        OIDC_CLIENT_SECRET: 'test-client-secret',
        RATE_LIMIT_PER_ADDRESS: '0',
      },
      gatewayProblems,
    );
    gateway = await createGatewayApp(config);
    await gateway.init();
  }, 60_000);

  afterAll(async () => {
    kept?.stop();
    await gateway?.close();
    await dropGatewayDatabase();
  });

  it('publishes a round’s material, walks every public link, keeps drafts and unpublished rounds out, and replaces one publication by the next', async () => {
    const [officeAuth, readerAuth, su, dns] = await Promise.all([
      bearer(office, { name: 'Karen Holm' }),
      bearer(reader),
      bearer(committee('SU')),
      bearer(committee('DNS')),
    ]);
    const round = (await toIntake().post('/rounds').set('Authorization', officeAuth).send(roundRequest()).expect(201)).body.id as string;
    const unpublished = (
      await toIntake()
        .post('/rounds')
        .set('Authorization', officeAuth)
        .send(roundRequest(undefined, { name: 'Budget 2026 (upubliceret)' }))
        .expect(201)
    ).body.id as string;
    const submitted: Record<string, string> = {};
    for (const [reference, auth] of [
      ['B26-SU-01', su],
      ['B26-SU-02', su],
      ['B26-DNS-01', dns],
    ] as const) {
      const id = (await toIntake().post(`/rounds/${round}/proposals`).set('Authorization', auth).send(proposalRequest(reference)).expect(201)).body
        .id as string;
      await toIntake().post(`/proposals/${id}/submit`).set('Authorization', auth).send({}).expect(200);
      submitted[reference] = id;
    }
    const draft = (
      await toIntake()
        .post(`/rounds/${round}/proposals`)
        .set('Authorization', su)
        .send(proposalRequest('B26-SU-01', { reference: 'B26-SU-09', title: DRAFT_TITLE }))
        .expect(201)
    ).body.id as string;
    await toIntake().post(`/rounds/${unpublished}/proposals`).set('Authorization', su).send(proposalRequest('B26-SU-01')).expect(201);

    const reports = async () => (await toReporting().get(`/rounds/${round}/reports`).set('Authorization', readerAuth).expect(200)).body;
    const settled = await expectEventually(async () => {
      const list = await reports();
      expect(list.proposals).toHaveLength(3);
      return list;
    });
    await expectEventually(async () => expect((await toWorkflow().get(`/rounds/${round}/publications`).set('Authorization', readerAuth)).status).toBe(200));

    // Only the budget office publishes; bad input is named field by field, in Danish.
    const first = { title: 'Materiale til FU’s 1. behandling', date: '2025-05-19', dataVersion: settled.dataVersion };
    for (const role of ['reader', 'fu_secretariat', 'rr_secretariat'] as const) {
      const refused = await toWorkflow()
        .post(`/rounds/${round}/publications`)
        .set('Authorization', await bearer({ role }))
        .send(first)
        .expect(403);
      expect(refused.body.code).toBe('publication.budget_office_only');
    }
    await toWorkflow().post(`/rounds/${round}/publications`).set('Authorization', su).send(first).expect(403);
    const invalid = await toWorkflow()
      .post(`/rounds/${round}/publications`)
      .set('Authorization', officeAuth)
      .send({ title: ' ', date: '2025-13-01', dataVersion: 0 })
      .expect(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path)).toEqual(['title', 'date', 'dataVersion']);
    expect(invalid.body.errors[1].message).toBe('Udgivelsesdatoen «2025-13-01» skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.');
    await toWorkflow().post(`/rounds/${randomUUID()}/publications`).set('Authorization', officeAuth).send(first).expect(404);

    // The site's version: unchanged is 304. A cache that asks for it keeps the round's 404 until it changes.
    const version = async () => (await toReporting().get('/public-version').expect(200)).headers['etag'] as string;
    const unpublishedVersion = await version();
    await toReporting().get('/public-version').set('If-None-Match', unpublishedVersion).expect(304);
    kept = new PublicPageCache({ upstream: await services.reporting.getUrl(), revalidateMs: 100 });
    kept.start();
    await kept.poll();
    expect((await kept.get(`/runder/${round}`)).status).toBe(404);

    const published = (await toWorkflow().post(`/rounds/${round}/publications`).set('Authorization', officeAuth).send(first).expect(201)).body;
    const ready = async (id: string) =>
      expectEventually(
        async () => {
          const statuses = (await toReporting().get(`/rounds/${round}/publications`).set('Authorization', readerAuth).expect(200)).body;
          expect(statuses.find((status: { id: string }) => status.id === id)).toMatchObject({ status: 'ready' });
        },
        { timeoutMs: 60_000 },
      );
    await ready(published.id);
    const firstVersion = await version();
    expect(firstVersion).not.toBe(unpublishedVersion);
    await expectEventually(async () => expect((await (kept as PublicPageCache).get(`/runder/${round}`)).status).toBe(200));

    // Every public link, from the site's front page: all 200, HTML pages in Danish with one H1, ETag and Cache-Control.
    const seen = new Map<string, string>();
    const queue = ['/offentligt'];
    while (queue.length > 0) {
      const address = queue.shift() as string;
      if (seen.has(address)) continue;
      const response = await site().get(address).buffer(true).parse(binaryBody);
      expect([address, response.status]).toEqual([address, 200]);
      if (address.startsWith('/offentligt/dkfds/')) {
        seen.set(address, '');
        continue;
      }
      expect([address, Boolean(response.headers['etag']), Boolean(response.headers['cache-control'])]).toEqual([address, true, true]);
      const isHtml = String(response.headers['content-type']).startsWith('text/html');
      const html = isHtml ? (response.body as Buffer).toString('utf8') : '';
      seen.set(address, html);
      if (!isHtml) continue;
      expect([address, /<html lang="da">/.test(html), (html.match(/<h1\b/g) ?? []).length]).toEqual([address, true, 1]);
      for (const link of linksOf(html)) {
        const target = link.split('#')[0] as string;
        if (target.startsWith('/offentligt') && !seen.has(target)) queue.push(target);
      }
    }
    const pages = [...seen.keys()];
    // Front pages, 5 bilag with PDF and XLSX, 2 committees, 3 proposals with fact sheets, the stylesheets.
    expect(pages.length).toBeGreaterThanOrEqual(28);
    expect(pages).toEqual(expect.arrayContaining([`/offentligt/runder/${round}`, `/offentligt/udgivelser/${published.id}/bilag/katalog.pdf`]));
    for (const id of Object.values(submitted)) expect(pages).toContain(`/offentligt/udgivelser/${published.id}/forslag/${id}`);
    expect(pages.some((page) => page.includes(draft) || page.includes(unpublished))).toBe(false);
    const roundPage = seen.get(`/offentligt/runder/${round}`) as string;
    expect(roundPage).toContain('Materiale til FU’s 1. behandling');
    expect(roundPage).toContain('Svar på budgetspørgsmål');
    // A visitor's cache asks again with the ETag: 304, no body.
    const again = await site().get(`/offentligt/runder/${round}`).expect(200);
    await site()
      .get(`/offentligt/runder/${round}`)
      .set('If-None-Match', again.headers['etag'] as string)
      .expect(304);

    // Every HTML table's cells are the XLSX's values of the same bilag.
    const bilagPages = pages.filter((page) => /\/bilag\/[a-z-]+$/.test(page));
    expect(bilagPages.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    for (const page of bilagPages) {
      const xlsx = await site().get(`${page}.xlsx`).buffer(true).parse(binaryBody).expect(200);
      const fromHtml = htmlAmountRows(seen.get(page) as string).sort();
      expect([page, fromHtml]).toEqual([page, (await xlsxAmountRows(xlsx.body as Buffer)).sort()]);
      compared += fromHtml.length;
    }
    // The catalogue alone has its overview and three consequence tables.
    expect(compared).toBeGreaterThan(20);

    // Nothing unpublished at any public address: a draft, an unpublished round, an unknown publication or committee.
    const base = `/offentligt/udgivelser/${published.id}`;
    for (const address of [
      `${base}/forslag/${draft}`,
      `${base}/forslag/${draft}/faktaark.pdf`,
      `/offentligt/runder/${unpublished}`,
      `/offentligt/udgivelser/${randomUUID()}`,
      `/offentligt/udgivelser/${randomUUID()}/bilag/katalog`,
      `/offentligt/udgivelser/${randomUUID()}/soeg?q=sygehus`,
      `${base}/udvalg/PSU`,
      `${base}/bilag/budgetaftale`,
      `/offentligt/udgivelser/${draft}`,
    ]) {
      const response = await site().get(address);
      expect([address, response.status]).toEqual([address, 404]);
      expect(response.text).toContain('Siden findes ikke');
    }
    const searchDraft = await site().get(`${base}/soeg`).query({ q: DRAFT_TITLE }).expect(200);
    expect(searchDraft.text).toContain(`Ingen resultater for «${DRAFT_TITLE}»`);
    expect(searchDraft.text).not.toContain(`/forslag/${draft}`);
    const searchWord = await site().get(`${base}/soeg`).query({ q: 'ambulatoriedrift' }).expect(200);
    expect(textOf(searchWord.text)).toMatch(/\d+ resultater? for «ambulatoriedrift»|Ét resultat for «ambulatoriedrift»/);
    expect(searchWord.text).toContain(`/offentligt/udgivelser/${published.id}/forslag/${submitted['B26-SU-01']}`);

    // A publication of a data version the round has moved past fails with the reason; a later one replaces the first.
    await toWorkflow().post(`/proposals/${submitted['B26-SU-02']}/return`).set('Authorization', officeAuth).send({ remark: 'Uddyb økonomien.' }).expect(200);
    const changed = await expectEventually(async () => {
      const list = await reports();
      expect(list.dataVersion).toBeGreaterThan(settled.dataVersion);
      return list;
    });
    const stale = (
      await toWorkflow()
        .post(`/rounds/${round}/publications`)
        .set('Authorization', officeAuth)
        .send({ ...first, title: 'For gammel' })
        .expect(201)
    ).body;
    await expectEventually(async () => {
      const statuses = (await toReporting().get(`/rounds/${round}/publications`).set('Authorization', readerAuth).expect(200)).body;
      expect(statuses.find((status: { id: string }) => status.id === stale.id)).toMatchObject({
        status: 'failed',
        reason: expect.stringContaining('udgiv igen'),
      });
    });
    // A failed publication changes no public page, so neither the version.
    await toReporting().get('/public-version').set('If-None-Match', firstVersion).expect(304);
    const second = (
      await toWorkflow()
        .post(`/rounds/${round}/publications`)
        .set('Authorization', officeAuth)
        .send({ title: 'Materiale efter Koncernøkonomis gennemgang', date: '2025-05-26', dataVersion: changed.dataVersion })
        .expect(201)
    ).body;
    expect(second).toMatchObject({ current: true, replaces: stale.id });
    await ready(second.id);
    expect(await version()).not.toBe(firstVersion);
    await expectEventually(async () =>
      expect((await (kept as PublicPageCache).get(`/runder/${round}`)).body.toString()).toContain('Materiale efter Koncernøkonomis gennemgang'),
    );
    // Its polls end here, before the services close (their afterAll runs before this file's): a poll every 100 ms
    // would otherwise reach a closing reporting service.
    (kept as PublicPageCache).stop();
    const current = (await site().get(`/offentligt/runder/${round}`).expect(200)).text;
    expect(current).toContain('<h1>Budget 2026: Materiale efter Koncernøkonomis gennemgang</h1>');
    expect(current).toContain(`<a href="/offentligt/udgivelser/${published.id}">Materiale til FU’s 1. behandling</a>`);
    const earlier = (await site().get(`/offentligt/udgivelser/${published.id}`).expect(200)).text;
    expect(earlier).toContain('Denne udgivelse er erstattet af «Materiale efter Koncernøkonomis gennemgang»');
    // The earlier publication keeps its own pages; the workflow's list says what replaced what.
    await site().get(`/offentligt/udgivelser/${published.id}/bilag/katalog`).expect(200);
    const listed = (await toWorkflow().get(`/rounds/${round}/publications`).set('Authorization', readerAuth).expect(200)).body;
    expect(listed.map((publication: { title: string; current: boolean }) => [publication.title, publication.current])).toEqual([
      ['Materiale efter Koncernøkonomis gennemgang', true],
      ['For gammel', false],
      ['Materiale til FU’s 1. behandling', false],
    ]);
  }, 240_000);
});
