import { createRound } from '../support/api';
import { committeeSheet } from '../support/import-sheet';
import { checkPage, expect, signIn, test, userByRole } from '../support/fixtures';

const committee = userByRole('committee_secretariat');

test('a committee imports proposals from a sheet: the template, a preview with a located mistake, the corrected file previewed and imported', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const roundName = 'Prøverunde 2026: indlæsning';
  await createRound(roundName);
  await signIn(page, committee);
  await page.getByLabel('Budgetrunde', { exact: true }).selectOption({ label: `${roundName} (Region Nordjylland)` });
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udvalgets forslag' }).click();
  await page.getByRole('link', { name: 'Indlæs fra regneark' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indlæs forslag fra regneark' })).toBeVisible();

  // The round's template comes through the gateway as a workbook.
  const template = await page.request.get((await page.getByRole('link', { name: /Hent skabelonen/ }).getAttribute('href')) as string);
  expect(template.status()).toBe(200);
  expect(template.headers()['content-type']).toContain('spreadsheetml');

  // A mistake is shown at its cell, and nothing is saved.
  const input = page.getByLabel('Regneark (XLSX eller CSV, højst 10 MB)');
  await input.setInputFiles({ name: 'forslag.csv', mimeType: 'text/csv', buffer: committeeSheet({ cell: '-0,1234' }) });
  const problems = page.getByRole('alert').filter({ hasText: 'Filen har en fejl' });
  await expect(problems).toBeVisible();
  const problem = problems.getByRole('row', { name: /CSV!H3/ });
  await expect(problem).toContainText('2026');
  await expect(problem).toContainText('-0,1234');
  await expect(problem).toContainText('højst 3 decimaler');
  await expect(page.getByTestId('indlaes-status')).toContainText('kan ikke indlæses: én fejl. Intet er gemt.');
  await checkPage(page, 'indlaes-fejl');

  // The corrected file: the preview says what will be created, then the import creates it.
  await input.setInputFiles({ name: 'forslag.csv', mimeType: 'text/csv', buffer: committeeSheet() });
  const preview = page.getByRole('table', { name: 'Forslag i filen (forhåndsvisning)' });
  // The header, the two proposals and their sum.
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row', { name: /B26-SU-02/ })).toContainText('Ny kladde');
  // Every column of the round, and what the file adds up to («I alt», exact).
  await expect(preview.getByRole('columnheader')).toHaveText(['Reference', 'Titel', 'Sker', 'Linjer i arket', '2026', '2027', '2028', 'Permanent']);
  await expect(preview.getByRole('row', { name: /B26-SU-02/ }).locator('[data-column]')).toHaveText(['-0,2', '-0,5', '-0,5', '-0,5']);
  await expect(preview.getByRole('row', { name: /^I alt \(2 forslag\)/ }).locator('[data-column]')).toHaveText(['-1,2', '-2,5', '-2,5', '-2,5']);
  await checkPage(page, 'indlaes-forhaandsvisning');
  await page.getByRole('button', { name: 'Indlæs de 2 forslag' }).click();
  await expect(page.getByTestId('indlaes-status')).toContainText('2 forslag er indlæst som kladde.');
  await page.getByRole('table', { name: 'Indlæste forslag' }).getByRole('link', { name: 'B26-SU-02' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'B26-SU-02: Samling af ambulatorier' })).toBeVisible();
  await expect(page.getByTestId('forslag-status')).toHaveText('Kladde');
  await expect(
    page
      .getByRole('table', { name: /Økonomisk konsekvens/ })
      .locator('tfoot tr')
      .last(),
  ).toContainText('-0,2');
});
