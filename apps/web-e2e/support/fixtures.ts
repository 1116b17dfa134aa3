import AxeBuilder from '@axe-core/playwright';
import { Page, expect, test as base } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoUser {
  username: string;
  name: string;
  title: string;
  role: string;
  committee?: string;
  /** A council member's party. */
  party?: string;
}

// The demo users of the development provider (its data file), as its login page lists them.
export const DEMO_USERS: DemoUser[] = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'tools', 'oidc', 'demo-users.json'), 'utf8'));

export const userByRole = (role: string) => DEMO_USERS.find((user) => user.role === role) as DemoUser;

export const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the global setup sets it)`);
  return value;
};

export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(env('E2E_BASE_URL')),
});
export { expect };

/** Signs in through the provider's login page as a person would: the user's name, the password, «Log ind». */
export async function signIn(page: Page, user: DemoUser, password = env('E2E_PASSWORD')): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Log ind' }).click();
  await signInAtProvider(page, user, password);
  await expect(page.getByRole('heading', { level: 1, name: `Velkommen, ${user.name}` })).toBeVisible();
}

export async function signInAtProvider(page: Page, user: DemoUser, password = env('E2E_PASSWORD')): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Log ind i Budgetflow' })).toBeVisible();
  await page.getByRole('radio', { name: user.name }).check();
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
}

/**
 * The page meets WCAG 2.1 AA as far as axe-core can tell: no serious or critical violation. With UI_SCREENSHOTS=1
 * it also writes a screenshot to docs/ui/<name>.png (so that a CI run leaves tracked files alone), unless told not to.
 * A visitor of the public site (`signedIn: false`) has no session to keep alive, and asks for none.
 */
export async function checkPage(
  page: Page,
  name: string,
  { screenshot = true, signedIn = true }: { screenshot?: boolean; signedIn?: boolean } = {},
): Promise<void> {
  // The analysis takes a person's minutes on a loaded machine, longer than the test system's 45 s of idle session:
  // it counts as the person's activity (a session check without the background header), before and after.
  if (signedIn) await stillHere(page);
  // Legacy mode runs axe in the page itself, without the blank page the default opens to merge frames' results (the
  // application has no frames): the same rules at about half the time, which every page at three widths needs.
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
  if (signedIn) await stillHere(page);
  const serious = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
  if (screenshot && process.env['UI_SCREENSHOTS'] === '1') {
    const folder = join(__dirname, '..', '..', '..', 'docs', 'ui');
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  }
}

/**
 * The test system's seeded round (Budget 2026 with four drafts). The picker opens on the current round, the newest
 * still open: another test's round when tests ran before, so a test about the seeded round chooses it.
 */
export async function chooseSeededRound(page: Page): Promise<void> {
  const picker = page.getByLabel('Budgetrunde', { exact: true });
  await picker.selectOption({ label: 'Budget 2026 (Region Nordjylland)' });
  await expect(picker.locator('option:checked')).toHaveText('Budget 2026 (Region Nordjylland)');
}

/** The main navigation's entries, in order. */
export async function navigationLabels(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link').allInnerTexts();
}

/** The person is still at work: the session's idle time starts again (nothing happens without a session). */
async function stillHere(page: Page): Promise<void> {
  await page.request.get('/auth/session');
}
