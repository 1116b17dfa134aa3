import { Actor, budget2026Proposals, budget2026Round } from '@budgetflow/domain';
import { bearer, expectEventually, proposalRequest, proposalsWorkbook, roundRequest } from '@budgetflow/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { reportText } from '../support/reports';
import { startAll } from '../support/services';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const committee = (code: string): Actor => ({ role: 'committee_secretariat', committee: code });

/** The catalogue's text without what differs between two renderings of the same content: round name, date, data version. */
function content(text: string, roundName: string): string {
  return text
    .split(roundName)
    .join('Budget 2026')
    .replace(/Dannet \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2} · dataversion \d+/g, 'Dannet …')
    .replace(/\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/g, 'dato');
}

// The ten Budget 2026 proposals written to a spreadsheet and imported by the budget office on the committees' behalf,
// then submitted by the committees, give the same catalogue as the same proposals typed through the API, as the
// main job does.
describe('spreadsheet import: the Budget 2026 catalogue', () => {
  let services: INestApplication[];

  beforeAll(async () => {
    services = await startAll();
  }, 120_000);
  afterAll(async () => {
    await Promise.all((services ?? []).map((app) => app.close()));
  }, 60_000);

  it('imported and typed proposals give the same catalogue text', async () => {
    const [intake, , reporting] = services;
    const http = request(intake.getHttpServer());
    const office = await bearer({ role: 'budget_office' });
    // Round names are unique; two names of the same length keep the layout the same.
    const newRound = async (name: string) =>
      (await http.post('/rounds').set('Authorization', office).send(roundRequest(budget2026Round, { name })).expect(201)).body.id as string;

    // As the main job: each committee types and submits its proposals.
    const typed = await newRound('Budget 2026 A');
    for (const proposal of budget2026Proposals) {
      const auth = await bearer(committee(proposal.committee));
      const created = await http.post(`/rounds/${typed}/proposals`).set('Authorization', auth).send(proposalRequest(proposal.reference)).expect(201);
      await http.post(`/proposals/${created.body.id}/submit`).set('Authorization', auth).send({}).expect(200);
    }

    // From a spreadsheet: the budget office imports all ten on the committees' behalf; each committee submits its own.
    const imported = await newRound('Budget 2026 B');
    const response = await http
      .post(`/rounds/${imported}/proposals/import`)
      .set('Authorization', office)
      .set('Content-Type', XLSX)
      .send(await proposalsWorkbook(budget2026Proposals))
      .expect(201);
    expect(response.body.created).toBe(10);
    for (const proposal of response.body.proposals as { id: string; committee: string }[]) {
      await http
        .post(`/proposals/${proposal.id}/submit`)
        .set('Authorization', await bearer(committee(proposal.committee)))
        .send({})
        .expect(200);
    }

    const reader = await bearer({ role: 'reader' });
    for (const round of [typed, imported]) {
      await expectEventually(
        async () => {
          const list = await request(reporting.getHttpServer()).get(`/rounds/${round}/reports`).set('Authorization', reader).expect(200);
          expect(list.body.proposals.filter((proposal: { state: string }) => proposal.state === 'submitted')).toHaveLength(10);
        },
        { timeoutMs: 120_000 },
      );
    }
    const [fromApi, fromSheet] = await Promise.all([reportText(reporting, typed, 'katalog'), reportText(reporting, imported, 'katalog')]);
    expect(fromSheet).toContain('I alt −34,825');
    for (const proposal of budget2026Proposals) expect(fromSheet).toContain(proposal.title);
    expect(content(fromSheet, 'Budget 2026 B')).toBe(content(fromApi, 'Budget 2026 A'));
  }, 600_000);
});
