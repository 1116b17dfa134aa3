import { Browser, Page, expect } from '@playwright/test';
import { DEMO_USERS, DemoUser, env, signIn, signInAtProvider } from './fixtures';

const people = new WeakMap<Page, DemoUser>();

/**
 * A person of a role (a committee's secretariat: give the committee; a council member: give the party) in a browser
 * of their own (own cookies and storage), signed in and working in the given round.
 */
export async function signedInAs(browser: Browser, role: string, roundId?: string, group?: string): Promise<Page> {
  const user = DEMO_USERS.find((candidate) => candidate.role === role && (!group || (candidate.committee ?? candidate.party) === group));
  if (!user) throw new Error(`No demo user for ${role} ${group ?? ''}`);
  const context = await browser.newContext({
    baseURL: env('E2E_BASE_URL'),
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, user);
  people.set(page, user);
  if (roundId) await chooseRound(page, roundId);
  return page;
}

/** Picks the round in the header (two rounds may share a name, so by its id). */
export async function chooseRound(page: Page, roundId: string): Promise<void> {
  await page.getByLabel('Budgetrunde', { exact: true }).selectOption(roundId);
  await expect(page.getByLabel('Budgetrunde', { exact: true })).toHaveValue(roundId);
}

/** A call to the API through the gateway as the signed-in person, with the page's CSRF token, as the page itself makes it. */
export async function api<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const { csrfToken } = await (await page.request.get('/auth/session')).json();
  const response = await page.request.fetch(path, { method, data: body, headers: { 'x-csrf-token': csrfToken } });
  const text = await response.text();
  return { status: response.status(), body: (text ? JSON.parse(text) : undefined) as T };
}

/** The same call, which must succeed. */
export async function apiOk<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await api<T>(page, method, path, body);
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

/**
 * Opens a page of the application as the person of this browser; when their session has ended meanwhile (the test
 * gateway ends one after 45 s without activity, and a round has pauses while other roles work), they sign in again.
 */
export async function open(page: Page, path: string, heading: RegExp): Promise<void> {
  await page.goto(path);
  const signInPage = page.getByRole('heading', { level: 1, name: 'Log ind i Budgetflow' });
  const wanted = page.getByRole('heading', { level: 1, name: heading });
  await expect(signInPage.or(wanted)).toBeVisible();
  if (await signInPage.isVisible()) {
    await page.getByRole('link', { name: 'Log ind' }).click();
    // The provider's own session may still live: then it signs the person in at once.
    await expect(page.getByRole('heading', { name: 'Log ind i Budgetflow' }).or(wanted)).toBeVisible();
    if (!(await wanted.isVisible())) await signInAtProvider(page, people.get(page) as DemoUser);
  }
  await expect(wanted).toBeVisible();
}
