import { DEMO_USERS, checkPage, chooseSeededRound, expect, navigationLabels, signIn, test } from '../support/fixtures';

// What each role finds in the navigation (apps/web/src/layout/page-table.ts).
const NAVIGATION: Record<string, string[]> = {
  budget_office: ['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål', 'Overblik', 'Behandling', 'Forhandling', 'Budgetrunder'],
  committee_secretariat: ['Forside', 'Udvalgets forslag', 'Bilag', 'Budgetspørgsmål'],
  fu_secretariat: ['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål', 'FU’s beslutninger'],
  rr_secretariat: ['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål', 'Forhandling', 'Budgetvedtagelse'],
  reader: ['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål'],
  politician: ['Forside', 'Forslag', 'Bilag', 'Budgetspørgsmål'],
};

test.describe('sign-in as each demo user', () => {
  for (const user of DEMO_USERS) {
    test(`${user.name} (${user.title}) signs in and sees name, role, committee, navigation and the Budget 2026 round`, async ({ page }) => {
      await signIn(page, user);
      const person = page.getByTestId('bruger');
      await expect(person).toContainText(user.name);
      if (user.committee) await expect(page.getByTestId('udvalg')).toHaveText(`Udvalg ${user.committee}`);
      else await expect(page.getByTestId('udvalg')).toHaveCount(0);
      expect(await navigationLabels(page)).toEqual(NAVIGATION[user.role]);
      await expect(page.getByLabel('Budgetrunde')).toHaveValue(/.+/);
      await chooseSeededRound(page);
      await expect(page.getByRole('heading', { level: 2, name: 'Budget 2026' })).toBeVisible();
      await expect(page.getByRole('table', { name: /Rammer pr. udvalg/ })).toContainText('I alt');
      await checkPage(page, `forside-${user.username}`);
    });
  }
});
