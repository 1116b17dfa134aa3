import type { Page } from '@playwright/test';
import { Workbook } from 'exceljs';
import { createRound } from '../support/api';
import { committeeSheet } from '../support/import-sheet';
import { checkPage, expect, signIn, test, userByRole } from '../support/fixtures';

const committee = userByRole('committee_secretariat');

/** The template the page links to, as the committee gets it: its example's references and committees, and the next references it lists. */
async function template(page: Page): Promise<{ example: string[]; next: string[] }> {
  const response = await page.request.get((await page.getByRole('link', { name: /Hent skabelonen/ }).getAttribute('href')) as string);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml');
  const workbook = new Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const example: string[] = [];
  workbook.getWorksheet('Forslag')?.eachRow((row, number) => {
    if (number > 1) example.push(`${row.getCell('A').value} ${row.getCell('B').value ?? ''}`.trim());
  });
  const next: string[] = [];
  workbook.getWorksheet('Vejledning')?.eachRow((row) => {
    const line = String(row.getCell(1).value);
    if (line.startsWith('Næste ledige referencer')) next.push(line);
  });
  return { example, next };
}

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

  // The round's template comes through the gateway as a workbook, the committee's: its code and first free reference.
  expect(await template(page)).toEqual({
    example: ['B26-SU-01 SU', 'B26-SU-01'],
    next: [
      `Næste ledige referencer for udvalget SU i ${roundName}: B26-SU-01, B26-SU-02, B26-SU-03, B26-SU-04 og B26-SU-05 (numre, der er brugt af kladder og tilbagetrukne forslag, gives ikke igen).`,
    ],
  });

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
  // The imported drafts may be submitted at once from here; the template now starts after them.
  await expect(page.getByTestId('indsend-alle-klar')).toHaveText('2 kladder er klar til at blive indsendt.');
  expect((await template(page)).example).toEqual(['B26-SU-03 SU', 'B26-SU-03']);
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
