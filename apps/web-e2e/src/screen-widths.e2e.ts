import { NEGOTIATORS, budget2026Proposals } from '@budgetflow/domain';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callAs, createRound } from '../support/api';
import { checkPage, expect, test } from '../support/fixtures';
import { misfits } from '../support/misfits';
import { committeeSheet } from '../support/import-sheet';
import { signedInAs } from '../support/roles';

// Phones and tablets (issue 28): at each width below, every page of the page table, for every role that may open it,
// and the states a page opens on a person's act (FU's amended table, the edit conflict, the import's preview), fit the
// screen: nothing is wider than the viewport except inside a table's own scroll area (focusable, a region with a
// name), every element that scrolls sideways is such an area, and a chart's text is at least 12 px as drawn; and they
// pass axe. A page is loaded once and checked at every width in turn (the same person, resized), which keeps the run
// short.

const WIDTHS = [
  { name: 'telefon', width: 390, height: 844, axe: true },
  { name: 'tablet', width: 768, height: 1024, axe: true },
  // From 992 px DKFDS lays a page out as on a desktop, which the other tests check with axe at 1280 px: here only
  // whether it fits (axe is most of this file's time).
  { name: 'tablet liggende', width: 1024, height: 768, axe: false },
] as const;
// The committee first: its editor is the screenshot of the proposal pages.
const ROLES = ['committee_secretariat', 'budget_office', 'fu_secretariat', 'rr_secretariat', 'reader', 'politician'] as const;
type Role = (typeof ROLES)[number];

/** The page table's paths and roles, read from its source, so that a page added there is visited here too. */
function pageTable(): { path: string; roles: readonly Role[] }[] {
  const source = readFileSync(join(__dirname, '..', '..', 'web', 'src', 'layout', 'page-table.ts'), 'utf8');
  const entries = [...source.matchAll(/path: '([^']+)',\s*page: '[^']+',\s*roles: (EVERYONE|NEGOTIATORS|\[([^\]]*)\])/g)].map((match) => ({
    path: match[1] as string,
    roles:
      match[2] === 'EVERYONE'
        ? ROLES
        : match[2] === 'NEGOTIATORS'
          ? (NEGOTIATORS as readonly Role[])
          : ((match[3] ?? '').split(',').map((role) => role.trim().replace(/'/g, '')) as Role[]),
  }));
  // Every entry of the table is read (a roles value the pattern does not know would drop its page silently).
  expect(entries.length, 'pages read from page-table.ts').toBe([...source.matchAll(/path: '/g)].length);
  return entries;
}

const DRAFT = 'B26-SU-01';
const ON_AGENDA = 'B26-PSU-01';

interface WidthsRound {
  roundId: string;
  draft: string;
  submitted: string;
  /** Two negotiation packages that differ in one initiative's amount. */
  packages: [string, string];
}

/** A package with the proposal on FU's agenda, another source and an initiative it finances (2028 as given). */
function packageBody(name: string, proposalId: string, amount2028: string) {
  const every = (amount: string) => ({ 2026: amount, 2027: amount, 2028: amount, permanent: '-' });
  return {
    name,
    raaderum: every('-1,0'),
    sources: [{ key: 'sundhedspakken', name: 'sundhedspakken', amounts: every('4,0') }],
    proposals: [{ proposalId }],
    initiatives: [
      {
        key: 'akutpersonale',
        chapter: 'Hospitaler',
        title: 'Flere ansatte på akutmodtagelserne',
        text: 'Flere læger og sygeplejersker i de travleste timer.',
        amounts: { ...every('4,0'), 2028: amount2028 },
        source: 'sundhedspakken',
        area: 'Akutmodtagelserne',
      },
    ],
  };
}

/** A round of the test's own: SU with a draft and a submitted proposal, PSU's proposal on FU's agenda. */
async function widthsRound(): Promise<WidthsRound> {
  // A worker that starts again after a failed test makes its own (a region has one round of a name).
  const roundId = await createRound(`Prøverunde 2026: skærmbredder ${process.pid}`);
  const create = async (reference: string) => {
    const input = budget2026Proposals.find((candidate) => candidate.reference === reference);
    const draft = await callAs('committee_secretariat', input?.committee, 'intake', 'POST', `/rounds/${roundId}/proposals`, input);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    return { id: draft.body['id'] as string, version: draft.body['version'], committee: input?.committee };
  };
  const submit = async (reference: string) => {
    const draft = await create(reference);
    const answer = await callAs('committee_secretariat', draft.committee, 'intake', 'POST', `/proposals/${draft.id}/submit`, { version: draft.version });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return draft.id;
  };
  const draft = (await create(DRAFT)).id;
  const submitted = await submit('B26-SU-02');
  const onAgenda = await submit(ON_AGENDA);
  const { round } = (await callAs('budget_office', undefined, 'intake', 'GET', `/rounds/${roundId}`)).body as { round: { dates: Record<string, string> } };
  const meeting = await callAs('budget_office', undefined, 'workflow', 'POST', '/meetings', {
    roundId,
    body: 'FU',
    date: round.dates['committeeWorkApprovedByFu'],
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  // The workflow hears of the submission an event later.
  await expect
    .poll(
      async () =>
        (await callAs('budget_office', undefined, 'workflow', 'POST', `/meetings/${meeting.body['id']}/agenda-items`, { proposalId: onAgenda })).status,
      {
        timeout: 30_000,
      },
    )
    .toBe(201);
  const newPackage = async (name: string, amount2028: string) => {
    const created = await callAs('budget_office', undefined, 'workflow', 'POST', `/rounds/${roundId}/packages`, packageBody(name, onAgenda, amount2028));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body['id'] as string;
  };
  const packages: [string, string] = [await newPackage('Forhandlingsoplæg A', '6,0'), await newPackage('Forhandlingsoplæg B', '4,0')];
  return { roundId, draft, submitted, packages };
}

/** The address a person opens for a page of the table: a proposal, a package, or two packages compared. */
function addressOf(path: string, role: Role, current: WidthsRound): string {
  if (path === '/forhandling/:id') return `/forhandling/${current.packages[0]}`;
  if (path === '/forhandling/sammenlign') return `${path}?pakker=${current.packages.join(',')}`;
  // The committee edits its draft; the others (who may not see a draft) open the submitted proposal.
  return path.replace(':id', path.endsWith('rediger') && role === 'committee_secretariat' ? current.draft : current.submitted);
}

/** A page's file name part: «/forslag/:id/rediger» → «forslag-id-rediger», «/» → «forside». */
const slug = (path: string) => path.replace(/[/:]+/g, '-').replace(/^-|-$/g, '') || 'forside';

/**
 * What a person opens on a page by acting there, keyed by role and path: each is checked at every width too. `name`
 * names its screenshot.
 */
const STATES: Record<string, { name: string; open(page: Page, round: WidthsRound): Promise<void> }> = {
  'fu_secretariat /fu': {
    name: 'fu-godkend-med-aendringer',
    async open(page) {
      const form = page.getByRole('form', { name: `Beslutning om ${ON_AGENDA}` });
      await form.getByRole('radio', { name: 'Godkendt med ændringer', exact: true }).check();
      await expect(form.getByLabel('Drift, 2026')).toBeVisible();
    },
  },
  'committee_secretariat /forslag/indlaes': {
    name: 'indlaes-forhaandsvisning',
    async open(page) {
      await page
        .getByLabel('Regneark (XLSX eller CSV, højst 10 MB)')
        .setInputFiles({ name: 'forslag.csv', mimeType: 'text/csv', buffer: committeeSheet({ references: ['B26-SU-03', 'B26-SU-04'] }) });
      await expect(page.getByRole('table', { name: 'Forslag i filen (forhåndsvisning)' })).toBeVisible();
    },
  },
  'committee_secretariat /forslag/:id/rediger': {
    name: 'ret-forslag-konflikt',
    async open(page, { draft }) {
      // Someone else saves the draft (another title and a table cell) while this person changes the area.
      const input = budget2026Proposals.find((candidate) => candidate.reference === DRAFT);
      const saved = await callAs('committee_secretariat', input?.committee, 'intake', 'GET', `/proposals/${draft}`);
      const [row, ...rows] = input?.table.rows ?? [];
      const answer = await callAs('committee_secretariat', input?.committee, 'intake', 'PUT', `/proposals/${draft}`, {
        ...input,
        title: `${input?.title} (gemt af en anden)`,
        table: { rows: [{ ...row, cells: { ...row?.cells, '2026': '-9,0' } }, ...rows] },
        version: saved.body['version'],
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      await page.getByLabel('Hospital/virksomhed/område forslaget vedrører').fill('Aalborg Universitetshospital (min version)');
      await expect(page.getByRole('dialog', { name: 'En anden har gemt forslaget, mens du skrev' })).toBeVisible();
    },
  },
};

const shot = new Set<string>();

/** The page as it stands, at every width: the overflow check and axe; a screenshot at phone width, once a name. */
async function checkEveryWidth(page: Page, what: string, name: string): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Two frames: the resize's layout, and what a size observer re-renders after it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect.soft(await misfits(page), `${what} at ${size.width}×${size.height}`).toEqual([]);
    if (!size.axe) continue;
    const label = `${size.name}-${name}`;
    await checkPage(page, label, { screenshot: size === WIDTHS[0] && !shot.has(label) });
    shot.add(label);
  }
}

const pages = pageTable();
let round: WidthsRound | undefined;

test.beforeAll(async () => {
  round = await widthsRound();
});

for (const role of ROLES) {
  test(`${role}: every page fits the screen at ${WIDTHS.map((size) => size.width).join(', ')} px and passes axe`, async ({ browser }) => {
    test.setTimeout(240_000);
    const current = round as WidthsRound;
    const page = await signedInAs(browser, role, current.roundId, role === 'committee_secretariat' ? 'SU' : undefined);
    for (const { path } of pages.filter((entry) => entry.roles.includes(role))) {
      const address = addressOf(path, role, current);
      await page.goto(address);
      await expect(page.locator('main h1'), address).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Henter' }), address).toHaveCount(0);
      await checkEveryWidth(page, `${role} at ${path}`, slug(path));
      const state = STATES[`${role} ${path}`];
      if (state) {
        await state.open(page, current);
        await checkEveryWidth(page, `${role} at ${path}, ${state.name}`, state.name);
      }
    }
    await page.context().close();
  });
}
