import { checkPage, expect, signIn, test, userByRole } from '../support/fixtures';

test('signing out ends the session here and at the provider', async ({ page }) => {
  await signIn(page, userByRole('reader'));
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ud' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/logget-ud');
  await checkPage(page, 'logget-ud');
  // The session is gone: the application asks for sign-in again ...
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind i Budgetflow' })).toBeVisible();
  // ... and so does the provider (its session ended too): its login form, not a silent sign-in.
  await page.getByRole('link', { name: 'Log ind' }).click();
  await expect(page.getByRole('radio', { name: /Lars Eriksen/ })).toBeVisible();
});

test('signing out ends the person’s sessions in every browser', async ({ browser }) => {
  const user = userByRole('fu_secretariat');
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const here = await first.newPage();
    const there = await second.newPage();
    await signIn(here, user);
    await signIn(there, user);
    await here.getByRole('button', { name: 'Log ud' }).click();
    await expect(here.getByRole('heading', { level: 1, name: 'Du er logget ud' })).toBeVisible();
    // The other browser learns it at its next request: the page stays, with a notice.
    await there.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag' }).click();
    await expect(there.getByRole('alert', { name: 'Din session er udløbet' })).toBeVisible();
  } finally {
    await first.close();
    await second.close();
  }
});
