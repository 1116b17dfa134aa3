import { Page } from '@playwright/test';
import { createRound, paste, returnAsBudgetOffice } from '../support/api';
import { checkPage, expect, signIn, test, userByRole } from '../support/fixtures';

const committee = userByRole('committee_secretariat');

async function openRound(page: Page, name: string): Promise<void> {
  await page.getByLabel('Budgetrunde', { exact: true }).selectOption({ label: `${name} (Region Nordjylland)` });
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udvalgets forslag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Udvalgets forslag (${committee.committee})` })).toBeVisible();
}

test('a committee writes a proposal by typing and pasting, fixes what is refused, submits; returned, it edits and submits again; the history shows every step', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const roundName = 'Prøverunde 2026: udvalgets forslag';
  await createRound(roundName, 10);
  await signIn(page, committee);
  await openRound(page, roundName);
  // The round as the committee sees it: its frame and the deadline with the days left.
  await expect(page.getByTestId('ramme')).toHaveText('24,0 mio. kr.');
  await expect(page.getByTestId('frist')).toContainText('(om 10 dage)');
  await expect(page.getByText('Udvalget har endnu ingen forslag i runden.')).toBeVisible();

  await page.getByRole('link', { name: 'Nyt forslag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt forslag' })).toBeVisible();
  await page.getByLabel('Titel').fill('Færre vikarer og lavere husleje');
  await page.getByLabel('Hospital/virksomhed/område forslaget vedrører').fill('Aalborg Universitetshospital');
  await page.getByLabel('Tekst (Baggrund)').fill('Hospitalet bruger mange vikarer.\n\nHuslejen kan sættes ned ved at samle funktioner.');

  // Row 1 typed with the keyboard alone: the text, then Tab to the category, Tab to the amounts, Tab between them.
  const table = page.getByRole('table', { name: /Økonomisk konsekvens \(P\/L-2025; mio\. kr\.\)/ });
  await page.getByLabel('Tekst, række 1').fill('Færre vikarer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Færre vikarer, 2026')).toBeFocused();
  for (const amount of ['-1,5', '-2,0', '-2,0']) {
    await page.keyboard.type(amount);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('-2,0');
  // Arrow keys move like a spreadsheet's: left from the start of a cell goes to the cell before.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('Færre vikarer, 2028')).toBeFocused();
  await expect(table.locator('tfoot tr').last()).toContainText('-1,5');

  // Row 2 pasted from a spreadsheet: a whole row into the text cell. Nothing proves the format, so «1,000» is marked.
  await page.getByRole('button', { name: 'Tilføj række' }).click();
  await expect(page.getByLabel('Tekst, række 2')).toBeFocused();
  await paste(page.getByLabel('Tekst, række 2'), 'Færre vikarer\t-1\t1,000\t-1\t-1\r\n');
  const ambiguous = page.locator('#tabel-1-2027');
  await expect(ambiguous).toHaveValue('1,000');
  await expect(ambiguous).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#tabel-1-2027-fejl')).toContainText('«1,000» kan læses både som 1,0 og 1.000,0 mio. kr.');
  await expect(page.getByTestId('tabel-status')).toContainText('Én celle kunne ikke læses sikkert og er markeret');
  // «Samlet» is computed as typed by the domain's sums; the marked column waits for a readable amount.
  const sum = table.locator('tfoot tr').last();
  await expect(sum.locator('[data-column="2026"]')).toHaveText('-2,5');
  await expect(sum.locator('[data-column="2027"]')).toContainText('?');
  await checkPage(page, 'nyt-forslag-indsat');
  await ambiguous.fill('-1,0');
  await expect(sum.locator('[data-column="2027"]')).toHaveText('-3,0');
  await expect(page.getByTestId('samlet-status')).toContainText('Samlet, prioriteringsforslag: 2026 -2,5, 2027 -3,0, 2028 -3,0, Permanent -3,0 mio. kr.');

  // The service refuses two rows with the same text: its message stands next to the cell it names.
  await page.getByRole('button', { name: 'Opret kladde' }).click();
  await expect(page.locator('#tabel-1-tekst-fejl')).toContainText('findes allerede under «Drift»');
  await expect(page.getByRole('alert', { name: 'Der er en fejl i formularen' }).getByRole('link')).toHaveAttribute('href', '#tabel-1-tekst');
  await checkPage(page, 'nyt-forslag-fejl');
  await page.locator('#tabel-1-tekst').fill('Lavere huslejeudgift');
  await page.getByRole('button', { name: 'Opret kladde' }).click();

  // Created: the editor saves from now on; submitting is possible once everything is saved.
  await expect(page.getByRole('heading', { level: 1, name: /^Ret B26-SU-01: Færre vikarer og lavere husleje$/ })).toBeVisible();
  await expect(page.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await page.getByLabel('Tekst (Økonomi)').fill('Samlet ca. 3 mio. kr. årligt.');
  await expect(page.getByTestId('indsend-hvorfor')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Indsend forslaget' })).toBeDisabled();
  await expect(page.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await expect(page.getByRole('button', { name: 'Indsend forslaget' })).toBeEnabled();
  await checkPage(page, 'ret-forslag');

  // The confirmation shows what is sent.
  await page.getByRole('button', { name: 'Indsend forslaget' }).click();
  const confirm = page.getByRole('dialog', { name: 'Indsend B26-SU-01 til Koncernøkonomi?' });
  await expect(confirm).toContainText('Samlet ca. 3 mio. kr. årligt.');
  await expect(confirm.getByRole('table')).toContainText('Lavere huslejeudgift');
  await checkPage(page, 'indsend-bekraeftelse');
  await confirm.getByRole('button', { name: 'Indsend', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forslaget er indsendt til Koncernøkonomi.' })).toBeVisible();
  await expect(page.getByTestId('forslag-status')).toHaveText('Indsendt');
  // Submitted: the committee may withdraw it, no longer edit or submit it.
  await expect(page.getByRole('button', { name: 'Træk forslaget tilbage' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ret forslaget' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Indsend forslaget' })).toHaveCount(0);

  // The budget office returns it through the API; the committee sees the remark on its round and the proposal.
  const proposalId = new URL(page.url()).pathname.split('/')[2] as string;
  await returnAsBudgetOffice(proposalId, 'Beskriv, hvilke funktioner der samles.');
  await openRound(page, roundName);
  const action = page.getByRole('region', { name: 'Kræver udvalgets handling' });
  await expect(action).toContainText('Koncernøkonomis bemærkning: Beskriv, hvilke funktioner der samles.');
  await expect(page.getByRole('table', { name: 'Udvalgets forslag og rammen' })).toContainText('Retur til udvalg');
  await expect(page.getByTestId('i-alt')).toHaveText('-2,5');
  await expect(page.getByTestId('mangler')).toHaveText('21,5');
  await checkPage(page, 'udvalgets-forslag');

  await action.getByRole('link', { name: /Ret B26-SU-01/ }).click();
  await expect(page.getByRole('region', { name: 'Koncernøkonomis bemærkning' })).toContainText('Beskriv, hvilke funktioner der samles.');
  await page.getByLabel('Tekst (Baggrund)').fill('Hospitalet bruger mange vikarer.\n\nHuslejen sættes ned ved at samle ambulatorierne i én bygning.');
  await expect(page.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await page.getByRole('button', { name: 'Indsend forslaget' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Indsend', exact: true }).click();
  await expect(page.getByTestId('forslag-status')).toHaveText('Indsendt');

  // The history: every step, who and why. The committee signed in: its steps carry the person's name beside the role;
  // the budget office acted with a development token without a name: its role and login id.
  const history = page.getByRole('list', { name: 'Forslagets historik' });
  await expect(history.getByRole('listitem')).toHaveCount(6);
  const steps = await history.getByRole('listitem').allInnerTexts();
  const member = `${committee.name}, Udvalgssekretariatet for ${committee.committee}`;
  expect(steps[0]).toContain(`Oprettet som kladde · ${member}`);
  expect(steps[1]).toMatch(/Rettet[\s\S]*Kladde/);
  expect(steps[2]).toMatch(/Indsendt[\s\S]*Kladde → Indsendt/);
  expect(steps[2]).toContain(member);
  expect(steps[3]).toMatch(
    /Sendt retur med bemærkninger · Koncernøkonomi \(dev-budget_office\)[\s\S]*Indsendt → Retur til udvalg[\s\S]*Begrundelse: Beskriv, hvilke funktioner der samles\./,
  );
  expect(steps[4]).toMatch(/Rettet[\s\S]*Retur til udvalg/);
  expect(steps[5]).toMatch(/Indsendt[\s\S]*Retur til udvalg → Indsendt/);
  await checkPage(page, 'forslag-side');

  // The fact sheet opens in the browser as a PDF (through the gateway, with the person's session).
  const factSheet = (await page.getByRole('link', { name: /Faktaark \(PDF\)/ }).getAttribute('href')) as string;
  await expect.poll(async () => (await page.request.get(factSheet)).status(), { timeout: 30_000 }).toBe(200);
  const pdf = await page.request.get(factSheet);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect(pdf.headers()['content-disposition']).toContain('inline');

  // On a tablet the editor fits the screen: only the table scrolls sideways, inside its own frame.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/forslag/nyt');
  await expect(page.getByLabel('Tekst, række 1')).toBeVisible();
  const tooWide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > 768 && !element.closest('.table--responsive-scroll'))
      .map((element) => element.tagName + '.' + element.className),
  );
  expect(tooWide).toEqual([]);
  await checkPage(page, 'nyt-forslag-tablet');
});
