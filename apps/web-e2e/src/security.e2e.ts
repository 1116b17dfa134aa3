import { expect, env, signIn, test, userByRole } from '../support/fixtures';

const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]+/;

test('no response to the browser carries a token', async ({ page }) => {
  const leaks: string[] = [];
  page.on('response', async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    let body = '';
    try {
      body = (await response.body()).toString('latin1');
    } catch {
      // A redirect has no body.
    }
    if (JWT.test(headers) || JWT.test(body)) leaks.push(`${response.status()} ${response.url()}`);
  });
  await signIn(page, userByRole('budget_office'));
  for (const label of ['Forslag', 'Bilag', 'Budgetrunder', 'Forside']) {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: label }).click();
    await page.waitForLoadState('networkidle');
  }
  const session = await page.request.get('/auth/session');
  expect(await session.text()).not.toMatch(JWT);
  const cookies = await page.context().cookies();
  const sessionCookie = cookies.find((cookie) => cookie.name === env('E2E_COOKIE_NAME'));
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(sessionCookie?.value).not.toMatch(JWT);
  expect(leaks).toEqual([]);
});

test('a state-changing call without the page’s CSRF token is refused, and one from another origin too', async ({ page }) => {
  await signIn(page, userByRole('budget_office'));
  const body = { name: 'Forfalsket runde' };
  // The session cookie goes along (same browser context), but not the token.
  const withoutToken = await page.request.post('/api/intake/rounds', { data: body });
  expect(withoutToken.status()).toBe(403);
  expect(await withoutToken.json()).toMatchObject({ code: 'csrf.refused' });

  const { csrfToken } = await (await page.request.get('/auth/session')).json();
  const otherOrigin = await page.request.post('/api/intake/rounds', { data: body, headers: { 'x-csrf-token': csrfToken, origin: 'http://127.0.0.1:9999' } });
  expect(otherOrigin.status()).toBe(403);

  // A form on another site posting into the gateway, as a CSRF attack does: refused.
  await page.setContent(
    `<form method="post" action="${env('E2E_BASE_URL')}/api/intake/rounds" enctype="text/plain"><input name='{"name":"x' value='"}'></form>`,
  );
  const [attack] = await Promise.all([
    page.waitForResponse(`${env('E2E_BASE_URL')}/api/intake/rounds`),
    page.locator('form').evaluate((form: HTMLFormElement) => form.submit()),
  ]);
  expect(attack.status()).toBe(403);

  // Sign-out needs the token too.
  const logout = await page.request.post('/auth/logout');
  expect(logout.status()).toBe(403);
});

test('a service called directly without a token refuses', async ({ request }) => {
  const direct = await request.get(`${env('E2E_INTAKE_URL')}/rounds`);
  expect(direct.status()).toBe(401);
  expect(await direct.json()).toMatchObject({ code: 'auth.unauthenticated' });
  const forged = await request.get(`${env('E2E_INTAKE_URL')}/rounds`, {
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYnVkZ2V0X29mZmljZSJ9.' },
  });
  expect(forged.status()).toBe(401);
  const noSession = await request.get('/api/intake/rounds');
  expect(noSession.status()).toBe(401);
  expect(await noSession.json()).toMatchObject({ code: 'session.missing' });
});
