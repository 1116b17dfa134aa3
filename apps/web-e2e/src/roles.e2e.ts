import { budget2026Proposals } from '@budgetflow/domain';
import { checkPage, expect, test } from '../support/fixtures';
import { api, apiOk, signedInAs } from '../support/roles';

// The administration's pages as each role finds them (the navigation per role: sign-in.e2e.ts): a page of another
// role shows none of its buttons; and a request the page would never offer, forged in the browser with the person's
// own session and CSRF token, is refused by the service that owns the act.

const PAGES: { path: string; heading: RegExp; role: string }[] = [
  { path: '/oversigt', heading: /^Overblik/, role: 'budget_office' },
  { path: '/behandling', heading: /^Behandling/, role: 'budget_office' },
  { path: '/runder', heading: /^Budgetrunder$/, role: 'budget_office' },
  { path: '/fu', heading: /^FU’s beslutninger/, role: 'fu_secretariat' },
  { path: '/vedtagelse', heading: /^Budgetvedtagelse/, role: 'rr_secretariat' },
];

/** A request each role's pages never make, and the refusal the service gives. */
const FORGED: Record<string, { path: (roundId: string) => string; body: (roundId: string) => unknown; code: string }> = {
  budget_office: {
    path: (roundId) => `/api/intake/rounds/${roundId}/proposals`,
    body: () => ({ ...budget2026Proposals[0], reference: undefined }),
    code: 'proposal.committee_only',
  },
  fu_secretariat: { path: () => '/api/workflow/meetings', body: (roundId) => ({ roundId, body: 'RR', date: '2025-09-24' }), code: 'meeting.forbidden' },
  rr_secretariat: { path: () => '/api/workflow/meetings', body: (roundId) => ({ roundId, body: 'FU', date: '2025-05-19' }), code: 'meeting.forbidden' },
  reader: { path: () => '/api/workflow/meetings', body: (roundId) => ({ roundId, body: 'FU', date: '2025-05-19' }), code: 'meeting.forbidden' },
  politician: { path: () => '/api/workflow/meetings', body: (roundId) => ({ roundId, body: 'FU', date: '2025-05-19' }), code: 'meeting.forbidden' },
  committee_secretariat: { path: () => '/api/workflow/meetings', body: (roundId) => ({ roundId, body: 'FU', date: '2025-05-19' }), code: 'meeting.forbidden' },
};

for (const [role, forged] of Object.entries(FORGED)) {
  test(`${role}: another role's pages show no buttons, and a forged request is refused by the service`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await signedInAs(browser, role);
    for (const other of PAGES) {
      await page.goto(other.path);
      if (other.role === role) {
        await expect(page.getByRole('heading', { level: 1, name: other.heading })).toBeVisible();
      } else {
        await expect(page.getByRole('heading', { level: 1, name: 'Siden er ikke for din rolle' })).toBeVisible();
        await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
      }
    }
    if (role === 'reader') await checkPage(page, 'ikke-for-din-rolle');
    const [round] = await apiOk<{ id: string }[]>(page, 'GET', '/api/intake/rounds');
    const roundId = round?.id as string;
    const answer = await api<{ code: string }>(page, 'POST', forged.path(roundId), forged.body(roundId));
    expect([answer.status, answer.body.code]).toEqual([403, forged.code]);
  });
}
