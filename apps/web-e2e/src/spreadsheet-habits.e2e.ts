import { createRound, paste } from '../support/api';
import { checkPage, expect, test } from '../support/fixtures';
import { open, signedInAs } from '../support/roles';

// Spreadsheet habits in the consequence table editor (issue 28): a row copied from the table as shown (text,
// category, amounts) fills the category instead of shifting the amounts, counts are Danish, and Enter on the last
// row adds a row.

test('a committee pastes a row with its category, and Enter on the last row adds a row', async ({ browser }) => {
  test.setTimeout(180_000);
  const roundId = await createRound('Prøverunde 2026: regnearksvaner');
  const page = await signedInAs(browser, 'committee_secretariat', roundId, 'SU');
  await open(page, '/forslag/nyt', /^Nyt forslag$/);

  // As copied from the table: Tekst, Kategori, 2026, 2027, 2028, Permanent, and one cell too many.
  await paste(page.getByLabel('Tekst, række 1'), 'Ny scanner\tAnlæg\t2,0\t-0,5\t-0,5\t-0,5\t-0,5\r\n');
  await expect(page.getByLabel('Tekst, række 1')).toHaveValue('Ny scanner');
  await expect(page.getByLabel('Kategori, Ny scanner')).toHaveValue('anlaeg');
  await expect(page.getByLabel('Ny scanner, 2026')).toHaveValue('2,0');
  await expect(page.getByLabel('Ny scanner, Permanent')).toHaveValue('-0,5');
  await expect(page.getByTestId('tabel-status')).toHaveText(
    'Indsat én række. Tallene er læst som dansk talformat. 1 celle uden for tabellens kolonner er ikke indsat.',
  );

  // Enter goes down; on the last row it adds a row and puts the cursor in its text.
  await page.getByLabel('Ny scanner, 2027').click();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tekst, række 2')).toBeFocused();
  await page.keyboard.type('Færre vikarer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('-1,5');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tekst, række 3')).toBeFocused();
  // Enter on a new row that is still empty adds nothing more: one Enter too many leaves no trail of empty rows.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tekst, række 4')).toHaveCount(0);
  await expect(page.getByLabel('Tekst, række 3')).toBeFocused();
  await checkPage(page, 'nyt-forslag-regnearksvaner');
});
