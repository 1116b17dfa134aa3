import { flat, pdfText, bearer } from '@budgetflow/testing';
import { INestApplication } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { startAll } from './support/services';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

// The main job's scenario (tools/demo/run-budget-round.mjs, what `npm start` runs) against running services,
// through their public APIs only, and what it leaves behind: the bilag, the figures and the record.
describe('the main job: Budget 2026 from proposals to adopted bilag', () => {
  let services: INestApplication[];
  let output: string;
  let out: string;

  beforeAll(async () => {
    services = await startAll();
    const [intake, workflow, reporting] = services.map((app) => String((app.getHttpServer().address() as AddressInfo).port));
    out = mkdtempSync(join(tmpdir(), 'budgetflow-bilag-'));
    const result = await run(process.execPath, [join(root, 'tools', 'demo', 'run-budget-round.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        INTAKE_PORT: intake,
        WORKFLOW_PORT: workflow,
        REPORTING_PORT: reporting,
        HTTP_HOST: '127.0.0.1',
        BILAG_OUT_DIR: out,
        NO_COLOR: '1',
      },
      timeout: 240_000,
    });
    output = result.stdout;
  }, 300_000);
  afterAll(async () => {
    await Promise.all((services ?? []).map((app) => app.close()));
  }, 60_000);

  const pdf = async (file: string) => flat(await pdfText(readFileSync(join(out, 'budget-2026', file))));

  it('writes every round-wide bilag and a fact sheet per proposal', () => {
    expect(readdirSync(join(out, 'budget-2026')).sort()).toEqual([
      'budgetaftale.pdf',
      'budgetspoergsmaal.pdf',
      'faktaark',
      'ikke-medregnet.pdf',
      'katalog.pdf',
      'nye-bevillinger.pdf',
      'rammeopfoelgning.pdf',
      'udmoentning.pdf',
      'vedtaget.pdf',
    ]);
    expect(readdirSync(join(out, 'budget-2026', 'faktaark')).sort()).toEqual([
      'B26-DNS-01.pdf',
      'B26-DNS-02.pdf',
      'B26-DNS-03.pdf',
      'B26-PSU-01.pdf',
      'B26-PSU-02.pdf',
      'B26-PSU-03.pdf',
      'B26-SU-01.pdf',
      'B26-SU-02.pdf',
      'B26-UAR-01.pdf',
      'B26-UAR-02.pdf',
    ]);
  });

  it('the catalogue shows the proposals as submitted, with exact sums', async () => {
    const text = await pdf('katalog.pdf');
    expect(text).toContain('Forslag til omstillingstemaer, Budget 2026');
    expect(text).toContain('I alt, Udvalg for Det Nære Sundhedsvæsen −2,825');
    expect(text).toContain('I alt −34,825');
    expect(text).toContain('Afvist af FU');
  }, 60_000);

  it('the frame status and the terminal summary agree on each committee’s frame, adopted sum and gap', async () => {
    // Worked out by hand from the Budget 2026 catalogue: FU cut B26-SU-02 to −10,0 in 2026 and rejected B26-PSU-03 (−0,5).
    for (const line of [
      /Sundhedsudvalget\s+24,0\s+-20,0\s+4,0/,
      /Udvalg for Det Nære Sundhedsvæsen\s+3,0\s+-2,825\s+0,175/,
      /Psykiatri- og Socialudvalget\s+4,0\s+-3,5\s+0,5/,
      /Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering\s+4,0\s+-4,0\s+0,0/,
      /I alt\s+35,0\s+-30,325\s+4,675/,
    ]) {
      expect(output).toMatch(line);
    }
    const text = await pdf('rammeopfoelgning.pdf');
    expect(text).toContain('Sundhedsudvalget 24,0');
    expect(text).toContain('−30,325');
    expect(text).toContain('4,675');
    expect(text).toContain('ændret af FU');
  }, 60_000);

  it('the proposals not counted are the one FU rejected', async () => {
    const text = await pdf('ikke-medregnet.pdf');
    expect(text).toContain('B26-PSU-03 Digital værdiskabelse Afvist af FU −0,5 −0,5 −0,5 −0,5');
    expect(text).toContain('I alt −0,5 −0,5 −0,5 −0,5');
  }, 60_000);

  it('the adopted overview words the amounts and names the parties', async () => {
    const text = await pdf('vedtaget.pdf');
    expect(text).toContain('Socialdemokratiet, Venstre, SF og Det Konservative Folkeparti');
    expect(text).toContain('Besparelse på 0,125 mio. kr. årligt');
    expect(text).toContain('Besparelse på 2,2 mio. kr. i 2026');
    expect(text).not.toContain('Digital værdiskabelse');
  }, 60_000);

  it('plays the negotiation: of two packages the balanced one becomes the agreement, with its initiatives’ decision sentences', async () => {
    expect(output).toContain('Forhandlingsoplæg 1: Pakken balancerer ikke: sundhedspakken er overskredet med 2,0 mio. kr. i 2028.');
    expect(output).toContain('Forhandlingsoplæg 2: Pakken balancerer i alle år og varigt.');
    expect(output).toContain(
      'Hospitaler: Aftaleparterne er enige om at afsætte 4,0 mio. kr. i 2026, 2027 og 2028 til flere ansatte på akutmodtagelserne, finansieret af sundhedspakken.',
    );
    const workflow = services[1] as INestApplication;
    const auth = await bearer({ role: 'reader' });
    const rounds = await request(services[0]?.getHttpServer()).get('/rounds').set('Authorization', auth).expect(200);
    const roundId = rounds.body.find((round: { round: { name: string } }) => round.round.name === 'Budget 2026').id;
    const { agreement } = (await request(workflow.getHttpServer()).get(`/rounds/${roundId}/decisions`).set('Authorization', auth).expect(200)).body;
    expect(agreement.document).toMatchObject({ packageName: 'Forhandlingsoplæg 2', introduction: expect.stringContaining('Budgetforslaget og denne aftale') });
    expect(
      agreement.document.chapters.map((chapter: { title: string; initiatives: { title: string }[] }) => [
        chapter.title,
        chapter.initiatives.map((initiative) => initiative.title),
      ]),
    ).toEqual([
      ['Det økonomiske grundlag', []],
      ['Hospitaler', ['Reserve til medicinudgifter', 'Flere ansatte på akutmodtagelserne']],
      ['Arbejdsmiljø', ['Pulje til bedre arbejdsmiljø']],
    ]);
    expect(agreement.document.signatories.at(-1)).toEqual({ kind: 'member', name: 'Hanne Bak' });
    expect(agreement.decisions.filter((decision: { outcome: string }) => decision.outcome === 'adopted')).toHaveLength(9);
  }, 60_000);

  it('writes the budget agreement with the package’s chapters and its first appendix with the new appropriations', async () => {
    const text = await pdf('budgetaftale.pdf');
    expect(text).toContain('Budgetaftale for Budget 2026');
    expect(text).toContain('Hanne Bak');
    expect(text).toContain('Reserve til medicinudgifter');
    expect(text).toContain('Bilag 1: Nye bevillinger Bilag 2: Vedtagne forslag Bilag 3: Udmøntning');
    const appendix = await pdf('nye-bevillinger.pdf');
    expect(appendix).toContain('Bilag 1 til budgetaftalen for Budget 2026');
    expect(appendix).toContain('Flere ansatte på akutmodtagelserne');
  }, 60_000);

  it('answers the members’ budget questions: the appendix prints every approved answer once, the merged question under its answer', async () => {
    const text = await pdf('budgetspoergsmaal.pdf');
    expect(text).toContain('Svar på budgetspørgsmål, Budget 2026');
    for (const number of [1, 2, 3, 4]) expect(text.split(`Spørgsmål nr. ${number} Stillet af:`)).toHaveLength(2);
    expect(text).toContain('Psykiatri- og Socialudvalget Spørgsmål nr. 1 Stillet af: Mette Lund (Socialdemokratiet)');
    expect(text).toContain('Besparelse −2,5 −2,5 −2,5 −2,5');
    expect(text).toContain('Spørgsmål nr. 3 er besvaret sammen med spørgsmål nr. 2.');
    // The budget office's wording, not the member's; the draft it sent back is not printed.
    expect(text).toContain('Hvad koster det at udskyde overdragelsen af regionsklinikkerne');
    expect(text).not.toContain('Hvad sker der, hvis klinikkerne overdrages et år senere?');
    expect(text).toContain('Koncernøkonomi lukkede for spørgsmål');
    const [intake, workflow] = services;
    const auth = await bearer({ role: 'budget_office' });
    const rounds = await request(intake.getHttpServer()).get('/rounds').set('Authorization', auth).expect(200);
    const roundId = rounds.body.find((round: { round: { name: string } }) => round.round.name === 'Budget 2026').id;
    const questions = (await request(workflow.getHttpServer()).get(`/rounds/${roundId}/questions`).set('Authorization', auth).expect(200)).body;
    expect(questions.map((question: { number: number; state: string }) => `${question.number} ${question.state}`)).toEqual([
      '1 approved',
      '2 approved',
      '3 merged',
      '4 approved',
    ]);
    const history = await request(workflow.getHttpServer()).get(`/questions/${questions[0].id}/history`).set('Authorization', auth).expect(200);
    expect(history.body.map((entry: { act: string }) => entry.act)).toEqual(['ask', 'assign', 'answer', 'send_back', 'answer', 'approve']);
    expect(questions[3]).toMatchObject({ reworded: true, originalText: 'Hvad sker der, hvis klinikkerne overdrages et år senere?' });
  }, 60_000);

  it('keeps the returned proposal’s record: the remark, the fix and the resubmission', async () => {
    const [intake, workflow] = services;
    const auth = await bearer({ role: 'reader' });
    const list = await request(intake.getHttpServer()).get('/proposals?committee=DNS&pageSize=100').set('Authorization', auth).expect(200);
    const returned = list.body.items.find((proposal: { reference: string }) => proposal.reference === 'B26-DNS-03');
    const history = await request(intake.getHttpServer()).get(`/proposals/${returned.id}/history`).set('Authorization', auth).expect(200);
    expect(history.body.map((entry: { action: string; toState: string }) => `${entry.action}→${entry.toState}`)).toEqual([
      'create→draft',
      'submit→submitted',
      'return_with_remarks→returned',
      'edit→returned',
      'submit→submitted',
      'schedule_for_fu→on_fu_agenda',
      'approved→approved_by_fu',
      'adopted→adopted',
    ]);
    expect(history.body[2].remark).toContain('Uddyb venligst');
    expect(returned.content.sections.find((section: { kind: string }) => section.kind === 'baggrund').body).toContain('Niveauet bygger på');
    const decided = await request(workflow.getHttpServer()).get(`/proposals/${returned.id}`).set('Authorization', auth).expect(200);
    expect(decided.body).toMatchObject({ state: 'adopted', totals: { '2026': -500 } });
  }, 60_000);

  it('publishes the material on the public site at the end and prints its address', async () => {
    const reporting = services[2] as INestApplication;
    const address =
      /Published «Budgetaftalen og bilagene til Regionsrådets vedtagelse» \(data version \d+\) on the public site, no sign-in needed:\s+(\S+)/.exec(output);
    expect(address?.[1]).toMatch(/\/offentligt\/runder\/[0-9a-f-]{36}$/);
    const roundId = (address?.[1] as string).split('/').pop() as string;
    const page = await request(reporting.getHttpServer()).get(`/public/runder/${roundId}`).expect(200);
    expect(page.text).toContain('<h1>Budget 2026: Budgetaftalen og bilagene til Regionsrådets vedtagelse</h1>');
    // Every bilag the job wrote is on the public site, the agreement and its appendix included.
    for (const key of ['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget', 'ikke-medregnet', 'budgetaftale', 'nye-bevillinger'])
      expect(page.text).toMatch(new RegExp(`/offentligt/udgivelser/[0-9a-f-]{36}/bilag/${key}"`));
  });
});
