import { checkPage, chooseSeededRound, expect, signIn, signInAtProvider, test, userByRole } from '../support/fixtures';

test('the sign-in page, the provider’s login page and a wrong password', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind i Budgetflow' })).toBeVisible();
  await checkPage(page, 'log-ind');
  await page.getByRole('link', { name: 'Log ind' }).click();
  await expect(page.getByRole('radio', { name: /Karen Holm/ })).toBeVisible();
  await checkPage(page, 'udbyder-log-ind');
  await signInAtProvider(page, userByRole('budget_office'), 'forkert-adgangskode');
  await expect(page.getByRole('alert')).toContainText('Adgangskoden er forkert');
  await expect(page.getByLabel('Adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'udbyder-forkert-adgangskode');
});

test('the budget office’s pages: proposals with amounts computed in the browser, bilag, rounds', async ({ page }) => {
  // Five pages, each checked by axe: minutes on a machine busy with other work.
  test.setTimeout(240_000);
  await signIn(page, userByRole('budget_office'));
  await chooseSeededRound(page);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forslag' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4 + 2);
  await expect(table).toContainText('B26-SU-01');
  await expect(table.getByRole('row').last()).toContainText('I alt, alle viste forslag (4)');
  await checkPage(page, 'forslag');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Bilag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilag' })).toBeVisible();
  await expect(page.getByRole('link', { name: /\(PDF\)/ }).first()).toBeVisible();
  // The PDFs' conformance statement, for the region's tilgængelighedserklæring (veraPDF's recorded verdict).
  const conformance = page.getByTestId('pdf-overensstemmelse');
  // One statement per report of the registry: the nine bilag (the appendix of answers to budget questions the ninth).
  await expect(conformance.getByRole('listitem')).toHaveCount(9);
  await expect(conformance).toContainText('«Forslag til omstillingstemaer» (PDF) er kontrolleret mod PDF/UA-1 og PDF/A-2a med veraPDF');
  await checkPage(page, 'bilag');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budgetrunder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgetrunder' })).toBeVisible();
  // Other tests add rounds of the same name in regions of their own.
  await expect(page.getByRole('row', { name: /^Budget 2026 Region Nordjylland 2026/ })).toContainText('35,0 mio. kr.');
  await checkPage(page, 'budgetrunder');

  await page.goto('/findes-ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await checkPage(page, 'findes-ikke');
});

test('a committee sees its own proposals only', async ({ page }) => {
  await signIn(page, userByRole('committee_secretariat'));
  await chooseSeededRound(page);
  await page.getByRole('link', { name: 'Udvalgets forslag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Udvalgets forslag (SU)' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.first()).toBeVisible();
  const references = await page.getByRole('table').locator('tbody tr th').allInnerTexts();
  expect(references.length).toBeGreaterThan(0);
  for (const reference of references) expect(reference).toMatch(/^B26-SU-\d\d$/);
});

test('the error page says what happened and what to do', async ({ page }) => {
  await page.goto('/fejl?aarsag=ingen-rolle');
  await expect(page.getByRole('heading', { level: 1, name: 'Du har ingen rolle i Budgetflow' })).toBeVisible();
  await expect(page.getByText('Bed din leder eller IT-afdelingen')).toBeVisible();
  await checkPage(page, 'fejl');
});
