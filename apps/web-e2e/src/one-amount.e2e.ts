import { budget2026Proposals, budget2026Round, columnKeys } from '@budgetflow/domain';
import type { Page } from '@playwright/test';
import { callAs, createRound, fetchPdfAs } from '../support/api';
import { checkPage, expect, test } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';
import { open, signedInAs } from '../support/roles';

// One amount everywhere (issue 28): after FU amended a proposal, every total a page shows is the one the frame-status
// bilag prints. Each side is read as a person reads it, the page from the DOM and the bilag from the PDF's text, so
// that the test compares two independent readings rather than one computation with itself. Every committee's own page
// is read too, and one committee has a draft it never submitted, which the bilag do not count and no page may count
// against a frame. Every list links to the proposal.

const AMENDED = 'B26-PSU-01'; // FU approves it with changes in the browser: 2026 from -2,5 to -2,0.
const APPROVED = 'B26-PSU-02';
const REJECTED = 'B26-PSU-03';
const PENDING = 'B26-SU-01'; // Submitted, still waiting for the budget office.
const POSTPONED = 'B26-DNS-01'; // FU postpones it: submitted again, still counted.
const UAR_PENDING = 'B26-UAR-01';
const DRAFT = 'B26-UAR-02'; // Never submitted: UAR's own work, not yet part of the round (-2,0 in 2026).
const PSU_NAME = 'Psykiatri- og Socialudvalget';

// An amount cell of the bilag in the pages' notation ("-2,0", "12,5", "1.234,5") or an empty one ("-").
const AMOUNT = '(-?[\\d.]+(?:,\\d+)?|-)';

/** The bilag's typographic minus (U+2212) as the pages' hyphen-minus, so that the texts compare as they read. */
const asPageText = (text: string) => text.replace(/\u2212/g, '-');

/** A Danish amount in mio. kr. as thousand kroner, read from its text ("-2,325" → -2325). */
function thousands(text: string): number {
  const [whole = '0', decimals = ''] = text.replace(/\./g, '').split(',');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 1000 + Number(decimals.padEnd(3, '0')));
}

const inputOf = (reference: string) => budget2026Proposals.find((candidate) => candidate.reference === reference);

interface RoundOnFuAgenda {
  ids: Map<string, string>;
  fuMeeting: string;
  rrDate: string;
  /** The round's committees with a frame table row and a secretariat of their own (its fagudvalg). */
  committees: { code: string; name: string }[];
}

/**
 * The round through the APIs: SU, DNS and UAR submit one proposal each, PSU three, and UAR keeps a draft; PSU's and
 * DNS' on an FU meeting's agenda.
 */
async function roundOnFuAgenda(roundId: string): Promise<RoundOnFuAgenda> {
  const ids = new Map<string, string>();
  for (const reference of [PENDING, UAR_PENDING, AMENDED, APPROVED, REJECTED, POSTPONED, DRAFT]) {
    const input = inputOf(reference);
    const draft = await callAs('committee_secretariat', input?.committee, 'intake', 'POST', `/rounds/${roundId}/proposals`, input);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    ids.set(reference, draft.body['id'] as string);
    if (reference === DRAFT) continue;
    const submitted = await callAs('committee_secretariat', input?.committee, 'intake', 'POST', `/proposals/${draft.body['id']}/submit`, {
      version: draft.body['version'],
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  }
  const { round } = (await callAs('budget_office', undefined, 'intake', 'GET', `/rounds/${roundId}`)).body as {
    round: { dates: Record<string, string>; committees: { code: string; name: string; kind: string }[] };
  };
  const committees = round.committees.filter((committee) => committee.kind === 'fagudvalg');
  expect(committees.length, 'the round’s fagudvalg').toBeGreaterThan(0);
  const meeting = await callAs('budget_office', undefined, 'workflow', 'POST', '/meetings', {
    roundId,
    body: 'FU',
    date: round.dates['committeeWorkApprovedByFu'],
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  for (const reference of [AMENDED, APPROVED, REJECTED, POSTPONED]) {
    // The workflow hears of the submission an event later.
    await expect
      .poll(
        async () =>
          (await callAs('budget_office', undefined, 'workflow', 'POST', `/meetings/${meeting.body['id']}/agenda-items`, { proposalId: ids.get(reference) }))
            .status,
        { timeout: 30_000 },
      )
      .toBe(201);
  }
  return { ids, fuMeeting: meeting.body['id'] as string, rrDate: round.dates['rrAdoption'] as string, committees };
}

/** Reloads the page until the check passes (intake and reporting follow the workflow's events). */
async function reloadUntil(page: Page, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 60_000 });
}

/** The reference and the title in a list both lead to the proposal's page. */
async function linksToProposal(page: Page, scope: ReturnType<Page['locator']>, reference: string, title: string, id: string | undefined): Promise<void> {
  await expect(scope.getByRole('link', { name: reference, exact: true }).first()).toHaveAttribute('href', `/forslag/${id}`);
  await expect(scope.getByRole('link', { name: title, exact: true }).first()).toHaveAttribute('href', `/forslag/${id}`);
}

/** The frame-status bilag's text as a reader copies it, once reporting has every decision (the frame row of PSU shows the rejection). */
async function frameStatusText(roundId: string): Promise<string> {
  await expect
    .poll(
      async () => {
        const list = await callAs('reader', undefined, 'reporting', 'GET', `/rounds/${roundId}/reports`);
        const states = (list.body['proposals'] as { state: string }[] | undefined)?.map((proposal) => proposal.state) ?? [];
        return [...states].sort();
      },
      { timeout: 60_000 },
    )
    .toEqual(['approved_by_fu', 'approved_by_fu', 'rejected_by_fu', 'submitted', 'submitted', 'submitted']);
  return asPageText(await pdfText(await fetchPdfAs('reader', `/rounds/${roundId}/reports/rammeopfoelgning`)));
}

/** A committee's row of the bilag's frame table: frame, the three state sums, counted, rest, not counted. */
function bilagFrameRow(text: string, name: string): string[] {
  const match = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${Array(7).fill(AMOUNT).join(' ')}`).exec(text);
  expect(match, `${name} in the frame-status bilag: ${text}`).not.toBeNull();
  return (match ?? []).slice(1);
}

test('After FU amends, rejects and postpones proposals, every total on the pages is the frame-status bilag’s, and every list leads to the proposal', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const roundId = await createRound('Prøverunde 2026: ét beløb overalt');
  const { ids, fuMeeting, rrDate, committees } = await roundOnFuAgenda(roundId);
  const titleOf = (reference: string) => inputOf(reference)?.title ?? reference;

  // FU's agenda: committee and year amounts on each item, reference and title lead to the proposal; FU amends one.
  const fu = await signedInAs(browser, 'fu_secretariat', roundId);
  await open(fu, '/fu', /^FU’s beslutninger/);
  const item = fu.locator('.agenda-item').filter({ hasText: AMENDED });
  await expect(item).toContainText(PSU_NAME);
  await expect(item.locator('.agenda-amounts')).toHaveText(/2026\s*-2,5\s*2027\s*-2,5\s*2028\s*-2,5\s*Permanent\s*-2,5/);
  await expect(item.getByRole('link', { name: `${AMENDED} ${titleOf(AMENDED)}` })).toHaveAttribute('href', `/forslag/${ids.get(AMENDED)}`);
  await checkPage(fu, 'fu-dagsorden-beloeb');
  const form = fu.getByRole('form', { name: `Beslutning om ${AMENDED}` });
  await form.getByRole('radio', { name: 'Godkendt med ændringer', exact: true }).check();
  await form.getByLabel('Drift, 2026').fill('-2,0');
  await form.getByLabel('Beslutningstekst').fill('Godkendt med halv effekt i 2026.');
  await form.getByRole('button', { name: `Registrér beslutningen om ${AMENDED}` }).click();
  await expect(form).toHaveCount(0);
  // The decided amount, the submitted one beside it.
  await expect(item.locator('.agenda-amounts')).toContainText(/2026\s*-2,0 \(indsendt -2,5\)/);
  for (const [number, outcome] of [
    [2, 'approved'],
    [3, 'rejected'],
    [4, 'postponed'],
  ] as const) {
    const decided = await callAs('fu_secretariat', undefined, 'workflow', 'POST', `/meetings/${fuMeeting}/agenda-items/${number}/decision`, {
      outcome,
      text: 'Som indstillet.',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  }

  const bilag = await frameStatusText(roundId);
  const psuRow = bilagFrameRow(bilag, PSU_NAME);
  // The bilag counts the decided -2,0 (with the approved -1,0), and not the rejected -0,5: a reading that
  // the submitted amount would have given -3,5.
  expect(psuRow[4]).toBe('-3,0');
  const [counted, notCounted] = (/I alt (\S+) (\S+)(?![\s\S]*I alt \S+ \S+)/.exec(bilag.slice(bilag.indexOf('Forslagene 2026 efter status'))) ?? []).slice(1);
  expect(counted, 'the bilag’s proposal table «I alt»').toBeDefined();

  // Koncernøkonomi's «Overblik»: every cell of every committee's row and of «I alt» is the bilag's; the target's rest too.
  const office = await signedInAs(browser, 'budget_office', roundId);
  await open(office, '/oversigt', /^Overblik/);
  const frames = office.getByRole('table', { name: /Udvalgenes rammer og forslag 2026/ });
  await reloadUntil(office, async () => {
    await expect(frames.getByRole('row', { name: new RegExp(`^${PSU_NAME}`) }).getByRole('cell')).toHaveText(psuRow, { timeout: 2_000 });
  });
  for (const name of [...committees.map((committee) => committee.name), 'I alt']) {
    const cells = await frames
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .getByRole('cell')
      .allInnerTexts();
    expect(cells, `«Overblik», ${name}`).toEqual(bilagFrameRow(bilag, name));
  }
  const targetRest = (/Mål for budgetrunden \(råderum\) \S+ Medregnede forslag i alt \S+ Rest (\S+)/.exec(bilag) ?? [])[1];
  expect(targetRest).toBeDefined();
  await expect(
    office
      .getByRole('table', { name: /Runden mod råderummet/ })
      .getByRole('row', { name: /^Rest/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(targetRest as string);
  // Its proposal list: the decided amount with the submitted beside it, and links to the proposal.
  const finder = office.getByRole('table', { name: 'Forslag efter filtrering' });
  await expect(finder.getByRole('row', { name: new RegExp(`^${AMENDED}`) })).toContainText('-2,0 (indsendt -2,5)');
  await linksToProposal(office, finder, AMENDED, titleOf(AMENDED), ids.get(AMENDED));
  await checkPage(office, 'overblik-beloeb');

  // «Behandling»: the waiting proposal and the FU meeting's agenda lead to the proposals.
  await open(office, '/behandling', /^Behandling/);
  await linksToProposal(office, office.getByRole('table', { name: 'Indsendte forslag' }), PENDING, titleOf(PENDING), ids.get(PENDING));
  await linksToProposal(office, office.getByRole('table', { name: /^Dagsorden, / }), AMENDED, titleOf(AMENDED), ids.get(AMENDED));
  await checkPage(office, 'behandling-links');

  // «Forslag» for every role that sees the whole round: the amended proposal's amount, and «I alt» (of every proposal
  // shown) = the bilag's counted plus not counted; Koncernøkonomi, who may read drafts, sees UAR's draft listed and
  // added as typed.
  const shownTotal = thousands(counted as string) + thousands(notCounted as string);
  const draftAmount = (inputOf(DRAFT)?.table.rows ?? []).reduce((sum, row) => sum + thousands(row.cells['2026'] ?? '0'), 0);
  const rr = await signedInAs(browser, 'rr_secretariat', roundId);
  const reader = await signedInAs(browser, 'reader', roundId);
  for (const page of [office, fu, rr, reader]) {
    await open(page, '/forslag', /^Forslag$/);
    const list = page.getByRole('table', { name: /^Forslag i / });
    await reloadUntil(page, async () => {
      await expect(list.getByRole('row', { name: new RegExp(`^${AMENDED}`) })).toContainText('-2,0 (indsendt -2,5)', { timeout: 2_000 });
    });
    const seesDraft = page === office;
    await expect(list.getByRole('row', { name: new RegExp(`^${DRAFT}`) })).toHaveCount(seesDraft ? 1 : 0);
    expect(thousands(await page.getByTestId('i-alt').innerText()), '«Forslag», I alt').toBe(shownTotal + (seesDraft ? draftAmount : 0));
    await linksToProposal(page, list, AMENDED, titleOf(AMENDED), ids.get(AMENDED));
  }
  await checkPage(reader, 'forslag-beloeb');

  // Every committee's own page: its frame, its counted sum and what it lacks of its frame are the bilag's «Ramme»,
  // «Medregnet i alt» and «Rest»; UAR's draft is listed there but not counted.
  for (const committee of committees) {
    const row = bilagFrameRow(bilag, committee.name);
    const secretariat = await signedInAs(browser, 'committee_secretariat', roundId, committee.code);
    await open(secretariat, '/forslag', /^Udvalgets forslag/);
    const own = secretariat.getByRole('table', { name: 'Udvalgets forslag og rammen' });
    await reloadUntil(secretariat, async () => {
      await expect(secretariat.getByTestId('i-alt'), `${committee.code}: Medregnet i alt`).toHaveText(row[4] as string, { timeout: 2_000 });
    });
    await expect(secretariat.getByTestId('ramme'), `${committee.code}: Ramme`).toHaveText(`${row[0]} mio. kr.`);
    await expect(secretariat.getByTestId('mangler'), `${committee.code}: Rest`).toHaveText(row[5] as string);
    if (committee.code === inputOf(DRAFT)?.committee) await expect(own.getByRole('row', { name: new RegExp(`^${DRAFT}`) })).toContainText('Kladde');
    if (committee.code === inputOf(AMENDED)?.committee) {
      await expect(own.getByRole('row', { name: new RegExp(`^${AMENDED}`) })).toContainText('-2,0 (indsendt -2,5)');
      await linksToProposal(secretariat, own, AMENDED, titleOf(AMENDED), ids.get(AMENDED));
      await checkPage(secretariat, 'udvalg-beloeb');
    }
    await secretariat.context().close();
  }

  // RR's page: an agenda item with committee and amounts in force; the package the agreement is made from leads to its
  // proposals' pages.
  const rrMeeting = await callAs('budget_office', undefined, 'workflow', 'POST', '/meetings', { roundId, body: 'RR', date: rrDate });
  expect(rrMeeting.status, JSON.stringify(rrMeeting.body)).toBe(201);
  const added = await callAs('rr_secretariat', undefined, 'workflow', 'POST', `/meetings/${rrMeeting.body['id']}/agenda-items`, {
    proposalId: ids.get(AMENDED),
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  await open(rr, '/vedtagelse', /^Budgetvedtagelse/);
  const rrItem = rr.locator('.agenda-item').filter({ hasText: AMENDED });
  await expect(rrItem).toContainText(PSU_NAME);
  await expect(rrItem.locator('.agenda-amounts')).toContainText(/2026\s*-2,0 \(indsendt -2,5\)/);
  await expect(rrItem.getByRole('link', { name: `${AMENDED} ${titleOf(AMENDED)}` })).toHaveAttribute('href', `/forslag/${ids.get(AMENDED)}`);
  await checkPage(rr, 'vedtagelse-links');
  const pkg = await callAs('rr_secretariat', undefined, 'workflow', 'POST', `/rounds/${roundId}/packages`, {
    name: 'Aftalepakke',
    raaderum: Object.fromEntries(columnKeys(budget2026Round).map((column) => [column, '-'])),
    proposals: [{ proposalId: ids.get(APPROVED) }],
  });
  expect(pkg.status, JSON.stringify(pkg.body)).toBe(201);
  await open(rr, `/forhandling/${pkg.body['id']}`, /^Forhandlingspakke: Aftalepakke$/);
  await expect(rr.getByRole('link', { name: `Læs ${APPROVED}` })).toHaveAttribute('href', `/forslag/${ids.get(APPROVED)}`);
  // A link is followed as a person follows it.
  await rr.getByRole('link', { name: `Læs ${APPROVED}` }).click();
  await expect(rr.getByRole('heading', { level: 1, name: new RegExp(`^${APPROVED}`) })).toBeVisible();
});
