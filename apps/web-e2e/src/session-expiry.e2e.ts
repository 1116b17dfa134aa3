import { checkPage, chooseSeededRound, expect, signIn, signInAtProvider, test, userByRole } from '../support/fixtures';

// The test gateway ends a session after 45 s without activity (GATEWAY_SESSION_IDLE in tools/e2e/stack.mjs).
test('a session that ends under an open page: the page stays, says so, and carries on after signing in again in a new tab', async ({ page, context }) => {
  test.setTimeout(150_000);
  const user = userByRole('budget_office');
  await signIn(page, user);
  await chooseSeededRound(page);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budgetrunder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgetrunder' })).toBeVisible();
  await page.waitForTimeout(47_000);

  // The next request finds the session gone; nothing is navigated away or cleared.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag' }).click();
  const notice = page.getByRole('alert', { name: 'Din session er udløbet' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Det, du har skrevet på denne side, er ikke gået tabt');
  expect(new URL(page.url()).pathname).toBe('/forslag');
  await expect(page.getByTestId('bruger')).toContainText(user.name);
  await checkPage(page, 'session-udloebet');

  // Signing in again happens in a new tab; this one stays as it was.
  const [tab] = await Promise.all([context.waitForEvent('page'), notice.getByRole('link', { name: 'Log ind igen i en ny fane' }).click()]);
  // The provider's own session outlives the gateway's idle one: it signs the person in at once, or asks again.
  await tab.waitForURL(/\/logget-ind-igen$|\/interaction\//);
  if (tab.url().includes('/interaction/')) await signInAtProvider(tab, user);
  await expect(tab.getByRole('heading', { level: 1, name: 'Du er logget ind igen' })).toBeVisible();
  await checkPage(tab, 'logget-ind-igen');
  await tab.close();

  // Back in the first tab, the session is found again and the notice goes.
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(notice).toHaveCount(0, { timeout: 40_000 });
  await expect(page.getByRole('table')).toContainText('B26-');
});
