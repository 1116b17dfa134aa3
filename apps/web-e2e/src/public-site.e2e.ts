import { budget2026Proposals } from '@budgetflow/domain';
import type { Browser, Page } from '@playwright/test';
import { callAs, createRound } from '../support/api';
import { checkPage, env, expect, test } from '../support/fixtures';
import { misfits } from '../support/misfits';
import { open, signedInAs } from '../support/roles';

// The public site (issue 31) in the browser: the budget office publishes the round's material on the bilag page; a
// visitor without a session finds the round on /offentligt, reads the catalogue as HTML, drills down from committee to
// proposal, searches (a proposal's word is found, the draft's title is not), and gets a PDF; every public page passes
// axe at 1280 and at 390 px, where nothing is wider than the screen except a table's own scroll area.

const TITLE = 'Materiale til FU’s 1. behandling';
const APPROVED = 'B26-PSU-01';
const ON_AGENDA = 'B26-PSU-02';
const DRAFT_TITLE = 'Flamingoplan for kladdeværelser';
const ANSWERED = 'Hvor mange lægevikarer havde psykiatrien i 2024?';
const ANSWER = 'Psykiatrien havde i gennemsnit 14 lægevikarer ad gangen i 2024.';
const UNANSWERED = 'Hvornår åbner den nye flamingoafdeling?';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface PublicRound {
  roundId: string;
  roundName: string;
  proposals: Map<string, string>;
  draft: string;
}

/** A round of the test's own: PSU's first proposal approved by FU, its second on FU's agenda, and SU's draft. */
async function publicRound(): Promise<PublicRound> {
  // A worker that starts again after a failed test makes its own (a region has one round of a name).
  const roundName = `Prøverunde 2026: offentligt websted ${process.pid}`;
  const roundId = await createRound(roundName);
  const proposals = new Map<string, string>();
  for (const reference of [APPROVED, ON_AGENDA]) {
    const input = budget2026Proposals.find((candidate) => candidate.reference === reference);
    const draft = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/rounds/${roundId}/proposals`, input);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const submitted = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/proposals/${draft.body['id']}/submit`, {
      version: draft.body['version'],
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    proposals.set(reference, draft.body['id'] as string);
  }
  const su = budget2026Proposals.find((candidate) => candidate.reference === 'B26-SU-01');
  const draft = await callAs('committee_secretariat', 'SU', 'intake', 'POST', `/rounds/${roundId}/proposals`, { ...su, title: DRAFT_TITLE });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);

  const { round } = (await callAs('budget_office', undefined, 'intake', 'GET', `/rounds/${roundId}`)).body as { round: { dates: Record<string, string> } };
  const meeting = await callAs('budget_office', undefined, 'workflow', 'POST', '/meetings', {
    roundId,
    body: 'FU',
    date: round.dates['committeeWorkApprovedByFu'],
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  for (const reference of [APPROVED, ON_AGENDA]) {
    // The workflow hears of the submission an event later.
    await expect
      .poll(
        async () =>
          (
            await callAs('budget_office', undefined, 'workflow', 'POST', `/meetings/${meeting.body['id']}/agenda-items`, {
              proposalId: proposals.get(reference),
            })
          ).status,
        { timeout: 30_000 },
      )
      .toBe(201);
  }
  const decided = await callAs('fu_secretariat', undefined, 'workflow', 'POST', `/meetings/${meeting.body['id']}/agenda-items/1/decision`, {
    outcome: 'approved',
    text: 'Godkendt som indstillet.',
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  await questions(roundId);
  return { roundId, roundName, proposals, draft: draft.body['id'] as string };
}

/** Today in Danish time (YYYY-MM-DD), offset by some days. */
function copenhagenDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** A member's two questions: one answered and approved by the budget office, one still unanswered. */
async function questions(roundId: string): Promise<void> {
  const ok = (answer: { status: number; body: Record<string, unknown> }, status = 200) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body;
  };
  ok(
    await callAs('budget_office', undefined, 'workflow', 'PUT', `/rounds/${roundId}/question-window`, {
      opensOn: copenhagenDay(),
      opensAt: '00:00',
      closesOn: copenhagenDay(7),
      closesAt: '12:00',
      answeringDays: 6,
    }),
  );
  const ask = async (text: string) => ok(await callAs('politician', 'Socialdemokratiet', 'workflow', 'POST', `/rounds/${roundId}/questions`, { text }), 201);
  const asked = await ask(ANSWERED);
  await ask(UNANSWERED);
  const act = async (path: string, body: Record<string, unknown>, version: unknown) =>
    ok(await callAs('budget_office', undefined, 'workflow', 'POST', `/questions/${asked['id']}/${path}`, { ...body, version }));
  const assigned = await act('assign', { answerer: { kind: 'budget_office' } }, asked['version']);
  const answered = await act('answer', { text: ANSWER }, assigned['version']);
  await act('approve', {}, answered['version']);
}

/**
 * The bilag's data version once reporting has FU's decision and the approved answer: what the bilag page shows and the
 * publication must name.
 */
async function versionWithDecision(roundId: string, proposalId: string): Promise<number> {
  let version = 0;
  await expect
    .poll(
      async () => {
        const list = (await callAs('reader', undefined, 'reporting', 'GET', `/rounds/${roundId}/reports`)).body as {
          dataVersion: number;
          proposals: { id: string; state: string }[];
          questions?: { state: string }[];
        };
        version = list.dataVersion;
        const approvedAnswers = (list.questions ?? []).filter((question) => question.state === 'approved').length;
        return `${list.proposals.find((proposal) => proposal.id === proposalId)?.state} ${approvedAnswers}`;
      },
      { timeout: 30_000 },
    )
    .toBe('approved_by_fu 1');
  return version;
}

/**
 * A public page at the desktop width and a phone's: axe at both, and at 390 px nothing beyond the screen but a
 * table's scroll area. Screenshots (docs/ui, with UI_SCREENSHOTS=1): `name`.png at 1280 px, telefon-`name`.png at 390.
 */
async function checkPublicPage(page: Page, name: string, screenshots: { desktop?: boolean; phone?: boolean } = {}): Promise<void> {
  // One H1 a page: a bilag's or fact sheet's own title is the page's, never a second one.
  await expect(page.locator('h1'), name).toHaveCount(1);
  await checkPage(page, name, { signedIn: false, screenshot: screenshots.desktop ?? false });
  await page.setViewportSize(PHONE);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect.soft(await misfits(page), `${name} at 390 px`).toEqual([]);
  await checkPage(page, `telefon-${name}`, { signedIn: false, screenshot: screenshots.phone ?? false });
  await page.setViewportSize(DESKTOP);
}

/** A browser without any session: its own context, never signed in. */
async function visitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: env('E2E_BASE_URL'), locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: DESKTOP });
  return context.newPage();
}

test('the budget office publishes the round; a visitor without a session reads, drills down, searches and downloads it on /offentligt', async ({ browser }) => {
  test.setTimeout(120_000);
  const current = await publicRound();
  const version = await versionWithDecision(current.roundId, current.proposals.get(APPROVED) as string);

  // The budget office: the form on the bilag page, prefilled with the data version the bilag show.
  const office = await signedInAs(browser, 'budget_office', current.roundId);
  await open(office, '/bilag', /^Bilag$/);
  const form = office.getByRole('form', { name: 'Offentliggør materialet' });
  // The page asks for the bilag every 5 s: it shows FU's decision's version at the latest then.
  await expect(office.getByText(`Dataversion ${version}.`)).toBeVisible();
  await expect(form.getByLabel('Bilagenes dataversion')).toHaveValue(String(version));
  await expect(form.getByLabel('Udgivelsesdato')).not.toHaveValue('');
  await expect(office.getByTestId('udgivelser')).toHaveCount(0);
  await expect(office.getByText('Rundens materiale er endnu ikke udgivet.')).toBeVisible();
  // Without a title: the problem next to the field and in the summary, nothing sent.
  await form.getByRole('button', { name: 'Udgiv materialet' }).click();
  await expect(form.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#udgivelse-titel-error')).toContainText('Skriv en titel på udgivelsen');
  await expect(form.getByRole('alert')).toContainText('Der er en fejl i formularen');
  await form.getByLabel('Titel').fill(TITLE);
  await form.getByRole('button', { name: 'Udgiv materialet' }).click();
  const dialog = office.getByRole('dialog', { name: 'Udgiv materialet på det offentlige websted?' });
  await expect(dialog).toContainText(`«${TITLE}» udgives`);
  await expect(dialog).toContainText(`dataversion ${version}`);
  await dialog.getByRole('button', { name: 'Udgiv', exact: true }).click();
  await expect(office.getByTestId('handling-status')).toContainText(`«${TITLE}» er udgivet med bilagene ved dataversion ${version}.`);
  await expect(form.locator('#udgivelse-titel-error')).toHaveCount(0);
  const entry = office.getByTestId('udgivelser').getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Aktuel udgivelse');
  // Reporting builds the pages: the list is asked again until they are ready, then links to them.
  const published = entry.getByRole('link', { name: `Se «${TITLE}» på det offentlige websted` });
  await expect(published).toBeVisible({ timeout: 60_000 });
  const publicationHref = (await published.getAttribute('href')) as string;
  expect(publicationHref).toMatch(/^\/offentligt\/udgivelser\/[0-9a-f-]{36}$/);
  await expect(office.getByTestId('offentlig-udgave').getByRole('link', { name: TITLE })).toHaveAttribute('href', `/offentligt/runder/${current.roundId}`);
  // The status line stays in view (sticky): the screenshot from the top, where it stands above the page.
  await office.evaluate(() => window.scrollTo(0, 0));
  await checkPage(office, 'bilag-offentliggoer');
  await office.context().close();

  // Anyone else sees the link to the public edition, and no form.
  const reader = await signedInAs(browser, 'reader', current.roundId);
  await open(reader, '/bilag', /^Bilag$/);
  await expect(reader.getByTestId('offentlig-udgave').getByRole('link', { name: TITLE })).toHaveAttribute('href', `/offentligt/runder/${current.roundId}`);
  await expect(reader.getByRole('heading', { name: 'Offentliggør materialet' })).toHaveCount(0);
  await reader.context().close();

  // A visitor without a session: the site's front page lists the round.
  const page = await visitor(browser);
  await page.goto('/offentligt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budgetmateriale');
  await checkPublicPage(page, 'offentligt-forside', { desktop: true });
  await page.getByRole('link', { name: current.roundName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${current.roundName}: ${TITLE}`);
  await checkPublicPage(page, 'offentligt-runde');
  const roundPage = page.url();

  // The approved answer, in the appendix «Svar på budgetspørgsmål» the round's page leads to; the unanswered question
  // is nowhere.
  await page
    .getByRole('region', { name: 'Svar på budgetspørgsmål' })
    .getByRole('link', { name: /^Svar på budgetspørgsmål/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Svar på budgetspørgsmål');
  await expect(page.locator('main')).toContainText(ANSWERED);
  await expect(page.locator('main')).toContainText(ANSWER);
  await expect(page.locator('main')).not.toContainText(UNANSWERED);
  await checkPublicPage(page, 'offentligt-svar', { desktop: true });
  await page.goto(roundPage);

  // The catalogue as HTML, its proposal's consequence table with the amounts as the bilag print them.
  await page.getByRole('link', { name: 'Forslag til omstillingstemaer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Forslag til omstillingstemaer');
  await expect(page.getByRole('heading', { name: 'Nedbringelse af lægevikarer' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await checkPublicPage(page, 'offentligt-katalog', { desktop: true, phone: true });
  // Its PDF: a PDF, for a visitor without a session too.
  const pdfHref = (await page.getByRole('link', { name: 'Hent bilaget som PDF' }).getAttribute('href')) as string;
  const pdf = await page.request.get(pdfHref);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Drill-down: committee → proposal, its text and consequence table.
  await page.goto(roundPage);
  await page.getByRole('link', { name: 'Psykiatri- og Socialudvalget' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Psykiatri- og Socialudvalget');
  await expect(page.getByRole('table', { name: 'Forslag fra Psykiatri- og Socialudvalget' }).getByRole('row')).toHaveCount(3);
  await checkPublicPage(page, 'offentligt-udvalg');
  await page.getByRole('link', { name: APPROVED, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText([/Nedbringelse af lægevikarer/]);
  await expect(page.locator('main')).toContainText('Psykiatrien vil i 2026 arbejde målrettet og specifikt på nedbringelse af langtidsvikarer.');
  const consequence = page.getByRole('table', { name: /Økonomisk konsekvens/ }).first();
  // The bilag write a minus as the typographic sign (U+2212), as the PDF does.
  await expect(consequence.getByRole('row', { name: /^Drift/ }).first()).toHaveText(/^Drift(\s*−2,5){4}$/);
  await expect(page.locator('main')).toContainText('Godkendt som indstillet.');
  expect(page.url()).toContain(`/forslag/${current.proposals.get(APPROVED)}`);
  await checkPublicPage(page, 'offentligt-forslag', { desktop: true, phone: true });

  // Search: a word of the proposal's title finds it; the draft's title finds nothing.
  await page.goto(roundPage);
  await page.getByLabel('Søg i materialet').fill('lægevikarer');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /resultat(er)? for «lægevikarer»/ })).toBeVisible();
  await expect(page.locator('.bf-results').getByRole('link', { name: `${APPROVED} Nedbringelse af lægevikarer` })).toHaveAttribute(
    'href',
    new RegExp(`/forslag/${current.proposals.get(APPROVED)}$`),
  );
  await checkPublicPage(page, 'offentligt-soeg', { desktop: true });
  await page.getByLabel('Søg i titler og tekst').fill(DRAFT_TITLE);
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Ingen resultater for «${DRAFT_TITLE}»`);
  await expect(page.locator('.bf-results li')).toHaveCount(0);

  // The draft has no public address: the site's 404 page, in Danish, passing axe, not kept long by caches.
  const draftAddress = `${publicationHref}/forslag/${current.draft}`;
  const missing = await page.goto(draftAddress);
  expect(missing?.status()).toBe(404);
  expect(missing?.headers()['cache-control']).toBe('public, max-age=10');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  await checkPublicPage(page, 'offentligt-findes-ikke');

  // The visitor never had a session.
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain(env('E2E_COOKIE_NAME'));
  await page.context().close();
});
