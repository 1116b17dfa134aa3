import { budget2026Proposals, budget2026Round, columnKeys, formatAmount } from '@budgetflow/domain';
import type { ProposalDraftInput } from '@budgetflow/domain';
import { proposalsWorkbook, roundRequest } from '@budgetflow/testing/requests';
import { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkPage, env, expect, test } from '../support/fixtures';
import { addInitiative, addSource, savePackage, typeAmounts } from '../support/negotiation';
import type { TypedInitiative } from '../support/negotiation';
import { apiOk, chooseRound, open, signedInAs } from '../support/roles';

const root = join(__dirname, '..', '..', '..');
// The round's bilag on the bilag page (the four, the later «Forslag, der ikke medregnes», and the budget
// agreement with its bilag 1, which the page lists once the agreement is confirmed).
const REPORTS = ['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget', 'ikke-medregnet', 'budgetaftale', 'nye-bevillinger'] as const;
// A region has one round of a name, and the test system already has Budget 2026 of Region Nordjylland: the browser's
// round and the main job's copy each get a region of their own, and the bilag are compared with the region's name
// (in their running header and on the title page) left out.
const BROWSER_REGION = 'Region Nordjylland (browser)';
const MAIN_JOB_REGION = 'Region Nordjylland (hovedjob)';

interface Scenario {
  RETURNED: { reference: string; remark: string; addition: string };
  FU_DECISIONS: Record<string, { outcome: string; text: string; amendedTable?: { rows: { cells: Record<string, string> }[] } }>;
  DEFAULT_FU_DECISION: { outcome: string; text: string };
  AGREEMENT: { parties: string[]; text: string };
  NEGOTIATION: Record<'unbalanced' | 'balanced', ScenarioPackage>;
  PACKAGE_AGREEMENT: { signatories: { kind: 'party' | 'member'; name: string }[]; introduction: string; chapters: { title: string; text: string }[] };
}

interface ScenarioPackage {
  name: string;
  raaderum: Record<string, string>;
  sources: { key: string; name: string; amounts: Record<string, string> }[];
  initiatives: {
    key: string;
    chapter: string;
    title: string;
    text: string;
    amounts: Record<string, string>;
    source?: string;
    committee?: string;
    area?: string;
  }[];
}

/** A scenario's initiative as the editor takes it: its source by name. */
function typedInitiative(pkg: ScenarioPackage, initiative: ScenarioPackage['initiatives'][number]): TypedInitiative {
  return { ...initiative, sourceName: pkg.sources.find((source) => source.key === initiative.source)?.name };
}

// By its absolute path, not a file URL: once another test file has run in the worker, Playwright's loader hands this
// dynamic import to require(), which takes a path (and, on Node 20.19+, an ES module) but not a URL.
const importTool = <T>(path: string): Promise<T> => import(join(root, path)) as Promise<T>;

/**
 * The text of a PDF as a reader copies it, without the «Dannet … · dataversion N» line (when and from what version it
 * was made) and with the round's region as «REGION».
 */
async function bilagText(pdf: Buffer, region: string): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text
    .replace(/Dannet [^\n]*? · dataversion \d+/g, '')
    .split(region)
    .join('REGION')
    .replace(/\s+/g, ' ')
    .trim();
}

async function reloadUntil(page: Page, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 60_000 });
}

/**
 * A committee's proposals imported on the import page from a workbook in the template's layout (what the committee
 * fills in from its catalogue), then each submitted from its page.
 */
async function importAndSubmit(page: Page, inputs: readonly ProposalDraftInput[]): Promise<void> {
  await open(page, '/forslag/indlaes', /^Indlæs forslag fra regneark$/);
  await page.getByLabel('Regneark (XLSX eller CSV, højst 10 MB)').setInputFiles({
    name: `forslag-${inputs[0]?.committee}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await proposalsWorkbook(inputs, budget2026Round.yearColumns),
  });
  // The header, the proposals and their sum.
  await expect(page.getByRole('table', { name: 'Forslag i filen (forhåndsvisning)' }).getByRole('row')).toHaveCount(inputs.length + 2);
  await page.getByRole('button', { name: `Indlæs de ${inputs.length} forslag` }).click();
  await expect(page.getByTestId('indlaes-status')).toContainText(`${inputs.length} forslag er indlæst som kladde.`);
  const imported = page.getByRole('table', { name: 'Indlæste forslag' });
  const links = new Map<string, string>();
  for (const input of inputs) links.set(input.reference, (await imported.getByRole('link', { name: input.reference }).getAttribute('href')) as string);
  for (const input of inputs) {
    await open(page, links.get(input.reference) as string, new RegExp(`^${input.reference}: `));
    await page.getByRole('button', { name: 'Indsend forslaget' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Indsend', exact: true }).click();
    await expect(page.getByTestId('forslag-status')).toHaveText('Indsendt');
  }
}

/**
 * The main job (tools/demo/run-budget-round.mjs) against the test system, in a Node process of its own: its TypeScript
 * loader (@swc-node/register) would otherwise compile the test files this worker loads after it. Its bilag folder.
 */
async function runMainJob(settings: Record<string, string>): Promise<string> {
  const tool = pathToFileURL(join(root, 'tools', 'demo', 'run-budget-round.mjs')).href;
  const script = `const { runBudgetRound } = await import(${JSON.stringify(tool)});
const { out } = await runBudgetRound(JSON.parse(process.env.MAIN_JOB_SETTINGS));
console.log(JSON.stringify({ out }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, MAIN_JOB_SETTINGS: JSON.stringify(settings) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return (JSON.parse(stdout.trim().split('\n').pop() as string) as { out: string }).out;
}

test('Budget 2026 in the browser, each step as its role, ends in the same bilag as the main job', async ({ browser }) => {
  // The whole round by five roles, then the main job once more for comparison: minutes on a busy 2-core machine.
  test.setTimeout(900_000);
  const scenario = await importTool<Scenario>('tools/demo/budget-2026-scenario.mjs');
  const round = budget2026Round;

  // 1. Koncernøkonomi creates the round in the form (on the frames of the round already there).
  const office = await signedInAs(browser, 'budget_office');
  await open(office, '/runder', /^Budgetrunder$/);
  const form = office.getByRole('region', { name: 'Ny budgetrunde' });
  await form.getByLabel('Navn', { exact: true }).fill(round.name);
  await form.getByLabel('Region', { exact: true }).fill(BROWSER_REGION);
  await form.getByLabel('Budgetår').fill(String(round.budgetYear));
  await expect(form.getByLabel('Årskolonner')).toHaveValue(round.yearColumns.join(', '));
  await form.getByLabel('Prisniveau').fill(round.priceLevel);
  await form.getByLabel('Råderum (mio. kr.)').fill(formatAmount(round.target));
  for (const [key, label] of [
    ['framesApprovedByFu', 'FU fastsætter rammer'],
    ['proposalDeadline', 'Frist for forslag'],
    ['committeeWorkApprovedByFu', 'FU godkender udvalgsarbejdet'],
    ['rrAdoption', 'Regionsrådets vedtagelse'],
  ] as const) {
    await form.getByLabel(label).fill(round.dates?.[key] ?? '');
  }
  await form.getByRole('button', { name: 'Opret budgetrunde' }).click();
  await expect(office.getByRole('status').filter({ hasText: `${round.name} er oprettet og valgt` })).toBeVisible();
  const picker = office.getByLabel('Budgetrunde', { exact: true });
  await expect(picker.locator('option:checked')).toHaveText(`${round.name} (${BROWSER_REGION})`);
  const roundId = await picker.inputValue();
  const created = await apiOk<{ round: typeof round }>(office, 'GET', `/api/intake/rounds/${roundId}`);
  expect(created.round).toEqual({ ...round, region: BROWSER_REGION });

  // 2. Each committee imports its proposals from a spreadsheet (the seed catalogue in the template's layout) and submits them.
  const committees = new Map<string, Page>();
  for (const code of [...new Set(budget2026Proposals.map((input) => input.committee))]) {
    const page = await signedInAs(browser, 'committee_secretariat', roundId, code);
    committees.set(code, page);
    await importAndSubmit(
      page,
      budget2026Proposals.filter((input) => input.committee === code),
    );
  }

  // 3. Koncernøkonomi sees them in its overview and returns one with a remark.
  await open(office, '/oversigt', /^Overblik/);
  await chooseRound(office, roundId);
  await reloadUntil(office, async () =>
    expect(office.getByText(`${budget2026Proposals.length} indsendte forslag er endnu ikke tjekket`)).toBeVisible({ timeout: 2_000 }),
  );
  await expect(office.getByRole('table', { name: /Udvalgenes rammer og forslag 2026/ }).getByRole('row', { name: /^Sundhedsudvalget/ })).toContainText('24,0');
  await checkPage(office, 'overblik');
  await office.getByLabel('Udvalg', { exact: true }).selectOption('DNS');
  await office.getByLabel('Søg i reference og titel').fill('03');
  await expect(office.getByText('Viser 1 af 10 forslag.')).toBeVisible();

  await open(office, '/behandling', /^Behandling/);
  await reloadUntil(office, async () =>
    expect(office.getByRole('table', { name: 'Indsendte forslag' }).getByRole('row')).toHaveCount(budget2026Proposals.length + 1, { timeout: 2_000 }),
  );
  await office.getByRole('button', { name: `Send retur ${scenario.RETURNED.reference}` }).click();
  await office.getByLabel(`Bemærkning til udvalget om ${scenario.RETURNED.reference}`).fill(scenario.RETURNED.remark);
  await checkPage(office, 'behandling-send-retur');
  await office.getByRole('button', { name: 'Send retur til udvalget' }).click();
  await expect(office.getByRole('table', { name: 'Indsendte forslag' }).getByRole('row')).toHaveCount(budget2026Proposals.length);

  // 4. The committee finds the remark on its round's page, adds to the background (amounts unchanged) and submits again.
  const returnedBy = committees.get(scenario.RETURNED.reference.split('-')[1] as string) as Page;
  const returned = budget2026Proposals.find((input) => input.reference === scenario.RETURNED.reference) as (typeof budget2026Proposals)[number];
  await reloadUntil(returnedBy, async () => {
    await open(returnedBy, '/forslag', /^Udvalgets forslag|^Forslag/);
    await expect(returnedBy.getByText(`Koncernøkonomis bemærkning: ${scenario.RETURNED.remark}`)).toBeVisible({ timeout: 2_000 });
  });
  await returnedBy.getByRole('link', { name: `Ret ${returned.reference}: ${returned.title}` }).click();
  const background = returned.sections.find((section) => section.kind === 'baggrund')?.body as string;
  await returnedBy.getByLabel('Tekst (Baggrund)').fill(`${background}\n\n${scenario.RETURNED.addition}`);
  await expect(returnedBy.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await returnedBy.getByRole('button', { name: 'Indsend forslaget' }).click();
  await returnedBy.getByRole('dialog').getByRole('button', { name: 'Indsend', exact: true }).click();
  await expect(returnedBy.getByTestId('forslag-status')).toHaveText('Indsendt');

  // 5. Koncernøkonomi creates FU's meeting and puts the proposals on its agenda in the catalogue's order.
  await open(office, '/behandling', /^Behandling/);
  await office.getByLabel('Mødets betegnelse (valgfri)').fill('Forretningsudvalgets møde om udvalgenes forslag');
  await office.getByRole('radio', { name: 'Forretningsudvalget (FU)' }).check();
  await expect(office.getByLabel('Mødedato')).toHaveValue(round.dates?.committeeWorkApprovedByFu as string);
  await office.getByRole('button', { name: 'Opret møde' }).click();
  await expect(office.getByText(/Forretningsudvalgets møde 19\. maj 2025 er oprettet/)).toBeVisible();
  await reloadUntil(office, async () => expect(office.locator('.agenda-order-item')).toHaveCount(budget2026Proposals.length, { timeout: 2_000 }));
  const order = () => office.locator('.agenda-order-item strong').allInnerTexts();
  const catalogue = budget2026Proposals.map((input) => input.reference);
  expect(await order()).toEqual(catalogue);
  // With the keyboard: the first one down and up again; the focus stays on the moved proposal's buttons.
  await office.getByRole('button', { name: `Flyt ned ${catalogue[0]}` }).focus();
  await office.keyboard.press('Enter');
  expect((await order()).slice(0, 2)).toEqual([catalogue[1], catalogue[0]]);
  await expect(office.getByRole('button', { name: `Flyt ned ${catalogue[0]}` })).toBeFocused();
  await office.keyboard.press('Shift+Tab');
  await expect(office.getByRole('button', { name: `Flyt op ${catalogue[0]}` })).toBeFocused();
  await office.keyboard.press('Enter');
  expect(await order()).toEqual(catalogue);
  await expect(office.getByRole('button', { name: `Flyt ned ${catalogue[0]}` })).toBeFocused();
  await checkPage(office, 'behandling-dagsorden');
  await office.getByRole('button', { name: `Sæt ${catalogue.length} forslag på dagsordenen` }).click();
  await expect(office.getByText(`${catalogue.length} forslag er sat på dagsordenen.`)).toBeVisible();
  const agenda = office.getByRole('table', { name: /Dagsorden, Forretningsudvalget/ });
  await expect(agenda.getByRole('row')).toHaveCount(catalogue.length + 1);
  expect(await agenda.locator('tbody th').allInnerTexts()).toEqual(catalogue);

  // 6. FU's secretariat records each decision: one approved with changes, one rejected, the rest approved.
  const fu = await signedInAs(browser, 'fu_secretariat', roundId);
  await open(fu, '/fu', /^FU’s beslutninger/);
  // A reader has the bilag page open: it notices FU's first decision without being reloaded (its polls are background
  // checks at the gateway, so this happens while the reader's session is young).
  const reader = await signedInAs(browser, 'reader', roundId);
  await open(reader, '/bilag', /^Bilag$/);
  await expect(reader.getByRole('link', { name: /\(PDF\)/ }).first()).toBeVisible();
  await expect(reader.getByTestId('bilag-opdateret')).toHaveText('');
  for (const reference of catalogue) {
    const decision = scenario.FU_DECISIONS[reference] ?? scenario.DEFAULT_FU_DECISION;
    const item = fu.getByRole('form', { name: `Beslutning om ${reference}` });
    await item
      .getByRole('radio', {
        name: { approved: 'Godkendt', approved_with_changes: 'Godkendt med ændringer', rejected: 'Afvist', postponed: 'Udsat' }[decision.outcome] as string,
        exact: true,
      })
      .check();
    if (decision.amendedTable) {
      const cells = decision.amendedTable.rows[0]?.cells ?? {};
      for (const column of columnKeys(round)) await item.getByLabel(`Drift, ${column === 'permanent' ? 'Permanent' : column}`).fill(cells[column] as string);
      // The submitted table stays beside the amended one, and every changed amount is listed from → to.
      await expect(item.getByRole('table', { name: /^Som indsendt/ })).toContainText('-14,0');
      const changes = item.getByRole('table', { name: 'Ændrede beløb' }).locator('tbody tr');
      await expect(changes).toHaveCount(2);
      await expect(changes.first()).toHaveText(/Drift, 2026\s*-14,0\s*-10,0/);
      await checkPage(fu, 'fu-godkend-med-aendringer');
    }
    await item.getByLabel('Beslutningstekst').fill(decision.text);
    await item.getByRole('button', { name: `Registrér beslutningen om ${reference}` }).click();
    await expect(item).toHaveCount(0);
    if (reference === catalogue[0]) await expect(reader.getByTestId('bilag-opdateret')).toContainText('Nye data i', { timeout: 30_000 });
  }
  await expect(fu.getByText('Afvist.')).toHaveCount(1);

  // 7. The negotiation: the budget office builds «Forhandlingsoplæg 1» (sundhedspakken overdrawn in 2028), copies it,
  // fixes the copy until it balances, and compares the two; RR's secretariat makes the copy the budget agreement.
  const { unbalanced, balanced } = scenario.NEGOTIATION;
  await open(office, '/forhandling', /^Forhandling i /);
  await office.getByLabel('Pakkens navn').fill(unbalanced.name);
  await office.getByRole('button', { name: 'Opret pakken' }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`Forhandlingspakke: ${unbalanced.name}`);
  const approved = budget2026Proposals.filter((input) => scenario.FU_DECISIONS[input.reference]?.outcome !== 'rejected');
  await expect(office.getByRole('checkbox', { name: /^B26-/, checked: true })).toHaveCount(approved.length);
  await typeAmounts(office, 'Råderummet', unbalanced.raaderum);
  for (const source of unbalanced.sources) await addSource(office, source);
  for (const initiative of unbalanced.initiatives) await addInitiative(office, typedInitiative(unbalanced, initiative));
  // The balance follows the typing, before anything is saved; saving keeps the verdict.
  const verdict = office.getByTestId('balance-message');
  await expect(verdict).toHaveText('Pakken balancerer ikke: sundhedspakken er overskredet med 2,0 mio. kr. i 2028.');
  await savePackage(office, unbalanced.name, 2);
  // The balance stays in view beside the form; the screenshot shows the page from its top, as it opens.
  await office.evaluate(() => window.scrollTo(0, 0));
  await checkPage(office, 'forhandling-pakke');
  await office.getByLabel('Kopiens navn').fill(balanced.name);
  await office.getByRole('button', { name: 'Kopiér pakken' }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`Forhandlingspakke: ${balanced.name}`);
  const emergency = balanced.initiatives.find((initiative) => initiative.source);
  for (const [column, amount] of Object.entries(emergency?.amounts ?? {})) {
    await office.getByLabel(`Beløb til ${emergency?.title}, ${column === 'permanent' ? 'Permanent' : column}`, { exact: true }).fill(amount);
  }
  await expect(verdict).toHaveText('Pakken balancerer i alle år og varigt.');
  await savePackage(office, balanced.name, 2);
  await open(office, '/forhandling', /^Forhandling i /);
  await checkPage(office, 'forhandling');
  await office.getByLabel(`Sammenlign ${unbalanced.name}`).check();
  await office.getByLabel(`Sammenlign ${balanced.name}`).check();
  await office.getByRole('button', { name: 'Sammenlign de valgte pakker' }).click();
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Sammenligning af pakker');
  const differing = office.getByRole('table', { name: /^Poster, der er forskellige/ }).locator('tbody tr');
  await expect(differing).toHaveCount(1);
  await expect(differing).toHaveText(
    new RegExp(`${emergency?.title}\\s*2028: 6,0; finansieret af sundhedspakken\\s*2028: 4,0; finansieret af sundhedspakken\\s*beløb`),
  );
  await checkPage(office, 'forhandling-sammenligning');

  const rr = await signedInAs(browser, 'rr_secretariat', roundId);
  await open(rr, '/vedtagelse', /^Budgetvedtagelse/);
  await rr.getByLabel('Mødets betegnelse (valgfri)').fill('Regionsrådets vedtagelse af budgettet');
  await expect(rr.getByLabel('Mødedato')).toHaveValue(round.dates?.rrAdoption as string);
  await rr.getByRole('button', { name: 'Opret møde' }).click();
  await expect(rr.getByLabel('Regionsrådets møde', { exact: true })).toBeVisible();
  // The unbalanced package cannot become the agreement: the domain says where it lacks, before anything is sent.
  await rr.getByRole('radio', { name: new RegExp(`^${unbalanced.name} `) }).check();
  await expect(rr.getByRole('status').filter({ hasText: 'Pakken kan ikke blive budgetaftalen.' })).toContainText('2,0 mio. kr. i 2028');
  await rr.getByRole('radio', { name: new RegExp(`^${balanced.name} `) }).check();
  const agreement = scenario.PACKAGE_AGREEMENT;
  const named = (kind: string) => agreement.signatories.filter((signatory) => signatory.kind === kind).map((signatory) => signatory.name);
  await rr.getByLabel('Aftalens parter').fill(named('party').join('\n'));
  await rr.getByLabel('Medlemmer, der skriver under alene (løsgængere)').fill(named('member').join('\n'));
  await expect(rr.getByLabel('Aftalens dato')).toHaveValue(round.dates?.rrAdoption as string);
  await rr.getByLabel('Aftalens indledning').fill(agreement.introduction);
  const [basis, ...packageChapters] = agreement.chapters;
  await rr.getByRole('button', { name: 'Tilføj kapitel med tekst' }).click();
  await rr.getByLabel('Kapitlets titel').fill(basis?.title ?? '');
  await rr.getByLabel('Tekst til kapitel 1').fill(basis?.text ?? '');
  for (const chapter of packageChapters) await rr.getByLabel(`Tekst til kapitlet «${chapter.title}»`).fill(chapter.text);
  // Each decision sentence is worded from the amounts by the agreement's rules, ready to be edited.
  await expect(rr.getByLabel(`Beslutningssætning: ${emergency?.title}`)).toHaveValue(
    'Aftaleparterne er enige om at afsætte 4,0 mio. kr. i 2026, 2027 og 2028 til flere ansatte på akutmodtagelserne, finansieret af sundhedspakken.',
  );
  await rr.getByRole('button', { name: 'Gennemse aftalen' }).click();
  await checkPage(rr, 'rr-budgetaftale');
  await rr.getByRole('button', { name: 'Bekræft budgetaftalen' }).click();
  // The agreement's own section, not the confirmation line that may still be showing the same words.
  await expect(rr.getByRole('region', { name: 'Budgetaftalen', exact: true })).toContainText('Runden er afsluttet.');
  await expect(rr.getByRole('region', { name: 'Budgetaftalen', exact: true })).toContainText(`på grundlag af «${balanced.name}»`);
  const packages = await apiOk<
    {
      id: string;
      content: { name: string; sources: { key: string; name: string }[]; initiatives: { source: string; amounts: Record<string, number | null> }[] };
    }[]
  >(rr, 'GET', `/api/workflow/rounds/${roundId}/packages`);
  const agreedPackage = packages.find((pkg) => pkg.content.name === balanced.name);

  // 8. The reader's bilag page, once the reporting service shows every decision: the four bilag.
  // The reader has been idle while RR worked (the page's polls are no activity): the session may have ended.
  await open(reader, '/bilag', /^Bilag$/);
  const final = await apiOk<{ items: { id: string; state: string }[] }>(reader, 'GET', `/api/workflow/proposals?roundId=${roundId}&pageSize=100`);
  await expect(async () => {
    const list = await apiOk<{ proposals: { id: string; state: string }[] }>(reader, 'GET', `/api/reporting/rounds/${roundId}/reports`);
    const shown = new Map(list.proposals.map((entry) => [entry.id, entry.state]));
    expect(final.items.every((entry) => shown.get(entry.id) === entry.state)).toBe(true);
  }).toPass({ timeout: 120_000 });
  await reader.reload();
  await expect(reader.getByRole('link', { name: /som regneark \(XLSX\)/ }).first()).toBeVisible();
  await checkPage(reader, 'bilag-laeser');
  const browserBilag: Record<string, string> = {};
  for (const report of REPORTS) {
    const link = reader.locator(`a[href$="/reports/${report}"]`);
    const response = await reader.request.get((await link.getAttribute('href')) as string);
    expect(response.headers()['content-type']).toContain('application/pdf');
    browserBilag[report] = await bilagText(await response.body(), BROWSER_REGION);
    const xlsx = await reader.request.get((await reader.locator(`a[href$="/reports/${report}.xlsx"]`).getAttribute('href')) as string);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  }

  // 9. The main job plays the same round through the APIs (in a fresh copy of the round); its bilag read the same.
  await open(office, '/runder', /^Budgetrunder$/);
  const copy = await apiOk<{ id: string }>(office, 'POST', '/api/intake/rounds', roundRequest({ ...round, region: MAIN_JOB_REGION }));
  const mainJob = await runMainJob({
    ...JSON.parse(env('E2E_STACK_SETTINGS')),
    DEMO_ROUND_ID: copy.id,
    BILAG_OUT_DIR: mkdtempSync(join(tmpdir(), 'budgetflow-e2e-bilag-')),
  });
  // The browser negotiated the same packages as the main job: every bilag, the agreement and its appendix included.
  for (const report of REPORTS) {
    const main = await bilagText(readFileSync(join(mainJob, `${report}.pdf`)), MAIN_JOB_REGION);
    expect(browserBilag[report], report).toEqual(main);
  }
  expect(browserBilag['budgetaftale']).toContain(`mellem ${scenario.AGREEMENT.parties.slice(0, 2).join(', ')}`);
  // The appendix's totals per funding source are the package's: the initiatives' amounts summed by their source.
  const columns = columnKeys(round);
  const sumOf = (source: string | undefined) =>
    columns.map((column) =>
      (agreedPackage?.content.initiatives ?? [])
        .filter((initiative) => source === undefined || initiative.source === source)
        .reduce((sum, initiative) => sum + (initiative.amounts[column] ?? 0), 0),
    );
  const line = (amounts: number[]) => amounts.map((amount) => formatAmount(amount === 0 ? null : amount)).join(' ');
  for (const source of agreedPackage?.content.sources ?? []) {
    const heading = source.name.charAt(0).toUpperCase() + source.name.slice(1);
    expect(browserBilag['nye-bevillinger']).toContain(`${heading} ${line(sumOf(source.key))}`);
  }
  expect(browserBilag['nye-bevillinger']).toContain(`I alt ${line(sumOf(undefined))} Beløbene`);
});
