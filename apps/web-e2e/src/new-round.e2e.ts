import { checkPage, chooseSeededRound, expect, signIn, test, userByRole } from '../support/fixtures';

test('a new round: amounts read by the domain rules in the browser, the service’s problems next to their fields', async ({ page }) => {
  await signIn(page, userByRole('budget_office'));
  // The form proposes the round after the selected one: here the seeded Budget 2026.
  await chooseSeededRound(page);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budgetrunder' }).click();
  const form = page.getByRole('region', { name: 'Ny budgetrunde' });
  await expect(form.getByLabel('Navn')).toHaveValue('Budget 2027');
  // Each committee's name shows whole in its field, the region's longest («Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering») too.
  const names = await form.getByLabel(/^Udvalg \d+, betegnelse$/).all();
  expect(names.length).toBeGreaterThanOrEqual(4);
  for (const name of names) expect(await name.evaluate((input) => input.scrollWidth <= input.clientWidth), await name.inputValue()).toBe(true);

  // Wrong amounts are refused here, before anything is sent, with the domain's Danish message next to the field.
  await form.getByLabel('Råderum (mio. kr.)').fill('12,34567');
  await form.getByLabel('Sundhedsudvalget (SU)').fill('ti');
  await form.getByRole('button', { name: 'Opret budgetrunde' }).click();
  await expect(form.getByRole('alert', { name: 'Der er 2 fejl i formularen' })).toBeVisible();
  await expect(form.getByLabel('Råderum (mio. kr.)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#raaderum-error')).toContainText('«12,34567» er ikke et gyldigt beløb');
  await expect(form.locator('#ramme-SU-error')).toContainText('«ti» er ikke et gyldigt beløb');
  await checkPage(page, 'ny-runde-fejl');

  // The service's own check (problem details with the field's path) is shown next to the field it names.
  await form.getByLabel('Råderum (mio. kr.)').fill('30,0');
  await form.getByLabel('Sundhedsudvalget (SU)').fill('19,0');
  await form.getByLabel('Prisniveau').fill('2026-priser');
  await form.getByRole('button', { name: 'Opret budgetrunde' }).click();
  await expect(form.locator('#prisniveau-error')).toContainText('Prisniveauet «2026-priser» skal skrives som «P/L-ÅÅÅÅ»');
  await expect(form.getByRole('alert', { name: 'Der er en fejl i formularen' }).getByRole('link')).toHaveAttribute('href', '#prisniveau');

  // More year columns than the bilag hold: the domain's limit, named next to the field.
  await form.getByLabel('Prisniveau').fill('P/L-2026');
  await form.getByLabel('Årskolonner').fill('2027, 2028, 2029, 2030, 2031, 2032');
  await form.getByRole('button', { name: 'Opret budgetrunde' }).click();
  await expect(form.locator('#aarskolonner-error')).toContainText('Budgetrunden kan højst have 5 årskolonner (budgetåret og 4 overslagsår), ikke 6');
  await expect(form.getByRole('alert', { name: 'Der er en fejl i formularen' }).getByRole('link')).toHaveAttribute('href', '#aarskolonner');
  await form.getByLabel('Årskolonner').fill('2027, 2028, 2029');

  // Corrected: created (an earlier year) and selected.
  await form.getByLabel('Navn').fill('Budget 2025 (prøve)');
  await form.getByLabel('Budgetår').fill('2025');
  await form.getByLabel('Prisniveau').fill('P/L-2024');
  await form.getByRole('button', { name: 'Opret budgetrunde' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Budget 2025 (prøve) er oprettet og valgt' })).toBeVisible();
  await expect(page.getByLabel('Budgetrunde', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Budgetrunde', { exact: true }).locator('option:checked')).toHaveText('Budget 2025 (prøve) (Region Nordjylland)');
  await expect(page.getByRole('row', { name: /Budget 2025 \(prøve\)/ })).toContainText('30,0 mio. kr.');
});
