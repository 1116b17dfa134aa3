import { Page } from '@playwright/test';
import { env, expect, test, userByRole } from '../support/fixtures';

async function tabTo(page: Page, accessibleName: RegExp, maxTabs = 30): Promise<void> {
  for (let step = 0; step < maxTabs; step += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : '';
      return `${element.getAttribute('aria-label') ?? ''} ${label ?? ''} ${element.innerText ?? ''}`.trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`No element named ${accessibleName} within ${maxTabs} presses of Tab`);
}

test('sign-in with the keyboard only', async ({ page }) => {
  const user = userByRole('rr_secretariat');
  await page.goto('/');
  await tabTo(page, /^Log ind$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Log ind i Budgetflow' })).toBeVisible();
  // The first demo user is chosen; the arrow keys move through the radio group to the one wanted.
  await tabTo(page, /Karen Holm/);
  const names = await page.getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
  for (let index = 0; index < names.indexOf(user.username); index += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: new RegExp(user.name) })).toBeChecked();
  await tabTo(page, /Adgangskode/);
  await page.keyboard.type(env('E2E_PASSWORD'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Velkommen, ${user.name}` })).toBeVisible();
  // The skip link is the first stop of the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Gå til sidens indhold' })).toBeFocused();
});
