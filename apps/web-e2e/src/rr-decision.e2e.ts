import { budget2026Proposals } from '@budgetflow/domain';
import { callAs, createRound } from '../support/api';
import { checkPage, expect, test, userByRole } from '../support/fixtures';
import { open, signedInAs } from '../support/roles';
import type { Page } from '@playwright/test';

// Regionsrådet decides single proposals before the budget agreement (issue 17): one adopted with changes, one not
// adopted; the agreement then adopts the rest, and each proposal's page shows what RR decided.

const [WITH_CHANGES, AGREED, NOT_ADOPTED] = ['B26-PSU-01', 'B26-PSU-02', 'B26-PSU-03'];
const inputs = budget2026Proposals.filter((input) => input.committee === 'PSU');

/** The committee enters and submits its proposals, the budget office puts them on FU's agenda and FU approves them all, through the APIs. */
async function approvedByFu(roundId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const input of inputs) {
    const draft = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/rounds/${roundId}/proposals`, input);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const submitted = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/proposals/${draft.body['id']}/submit`, {
      version: draft.body['version'],
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    ids.set(input.reference, draft.body['id'] as string);
  }
  const { round } = (await callAs('budget_office', undefined, 'intake', 'GET', `/rounds/${roundId}`)).body as { round: { dates: Record<string, string> } };
  const date = round.dates['committeeWorkApprovedByFu'];
  const meeting = await callAs('budget_office', undefined, 'workflow', 'POST', '/meetings', { roundId, body: 'FU', date });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  for (const id of ids.values()) {
    // The workflow hears of the submission an event later.
    await expect
      .poll(
        async () => (await callAs('budget_office', undefined, 'workflow', 'POST', `/meetings/${meeting.body['id']}/agenda-items`, { proposalId: id })).status,
        {
          timeout: 30_000,
        },
      )
      .toBe(201);
  }
  for (const number of inputs.keys()) {
    const decided = await callAs('fu_secretariat', undefined, 'workflow', 'POST', `/meetings/${meeting.body['id']}/agenda-items/${number + 1}/decision`, {
      outcome: 'approved',
      text: 'Godkendt som indstillet.',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  }
  return ids;
}

/** The steps of the proposal's history on its page, as read. */
async function historySteps(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Forslagets historik' }).getByRole('listitem').allInnerTexts();
}

/** A proposal's page, once intake shows the state the workflow gave it (an event later). */
async function proposalPage(page: Page, id: string | undefined, reference: string, state: string): Promise<void> {
  await open(page, `/forslag/${id}`, new RegExp(`^${reference}`));
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('forslag-status')).toHaveText(state, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

test('RR decides single proposals before the agreement: adopted with changes and not adopted, seen on the agreement page and on the proposals', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const roundId = await createRound('Prøverunde 2026: Regionsrådets enkeltbeslutninger');
  const ids = await approvedByFu(roundId);

  const rr = await signedInAs(browser, 'rr_secretariat', roundId);
  await open(rr, '/vedtagelse', /^Budgetvedtagelse/);
  await rr.getByRole('button', { name: 'Opret møde' }).click();
  const single = rr.getByLabel('Enkeltbeslutning: sæt et forslag godkendt af FU på dagsordenen');
  await expect(single.locator('option')).toHaveCount(inputs.length);

  // Adopted with changes: the submitted table beside the amended one, a changed amount listed from → to.
  await single.selectOption({ label: `${WITH_CHANGES} Nedbringelse af lægevikarer` });
  await rr.getByRole('button', { name: 'Sæt på dagsordenen' }).click();
  const first = rr.getByRole('form', { name: `Beslutning om ${WITH_CHANGES}` });
  await first.getByRole('radio', { name: 'Vedtaget med ændringer', exact: true }).check();
  await first.getByLabel('Drift, 2026').fill('-2,0');
  await expect(first.getByRole('table', { name: 'Ændrede beløb' }).locator('tbody tr')).toHaveText([/Drift, 2026\s*-2,5\s*-2,0/]);
  await first.getByLabel('Beslutningstekst').fill('Vedtaget med halv effekt i 2026.');
  await checkPage(rr, 'rr-enkeltbeslutning');
  await first.getByRole('button', { name: `Registrér beslutningen om ${WITH_CHANGES}` }).click();
  await expect(first).toHaveCount(0);

  // Not adopted.
  await single.selectOption({ label: `${NOT_ADOPTED} Digital værdiskabelse` });
  await rr.getByRole('button', { name: 'Sæt på dagsordenen' }).click();
  const second = rr.getByRole('form', { name: `Beslutning om ${NOT_ADOPTED}` });
  await second.getByRole('radio', { name: 'Ikke vedtaget', exact: true }).check();
  await second.getByLabel('Beslutningstekst').fill('Ikke vedtaget: gevinsten er for usikker.');
  await second.getByRole('button', { name: `Registrér beslutningen om ${NOT_ADOPTED}` }).click();
  await expect(second).toHaveCount(0);

  // The meeting's agenda shows both decisions.
  const agenda = rr.locator('.agenda-item');
  await expect(agenda.filter({ hasText: WITH_CHANGES })).toContainText('Vedtaget med ændringer. Vedtaget med halv effekt i 2026.');
  await expect(agenda.filter({ hasText: NOT_ADOPTED })).toContainText('Ikke vedtaget. Ikke vedtaget: gevinsten er for usikker.');
  // A package of what is left: only the proposal RR has not decided is offered (and included) in a new one.
  await open(rr, '/forhandling', /^Forhandling i /);
  await rr.getByLabel('Pakkens navn').fill('Aftalepakke');
  await rr.getByRole('button', { name: 'Opret pakken' }).click();
  await expect(rr.getByRole('heading', { level: 1 })).toHaveText('Forhandlingspakke: Aftalepakke');
  const offered = rr.getByRole('checkbox', { name: /^B26-PSU-/ });
  await expect(offered).toHaveCount(1);
  await expect(offered).toBeChecked();
  await expect(offered).toHaveAccessibleName(new RegExp(`^${AGREED} `));
  await expect(rr.getByTestId('balance-message')).toHaveText('Pakken balancerer i alle år og varigt.');
  await open(rr, '/vedtagelse', /^Budgetvedtagelse/);
  await expect(rr.getByRole('radio', { name: /^Aftalepakke / })).toBeChecked();
  await rr.getByLabel('Aftalens parter').fill('Socialdemokratiet\nVenstre');
  await rr.getByRole('button', { name: 'Gennemse aftalen' }).click();
  await rr.getByRole('button', { name: 'Bekræft budgetaftalen' }).click();
  // The agreement's own section, not the confirmation line that may still be showing the same words.
  await expect(rr.getByRole('region', { name: 'Budgetaftalen', exact: true })).toContainText('Runden er afsluttet.');
  await expect(rr.getByText(`Aftalen vedtog: ${AGREED}.`)).toBeVisible();

  // Each proposal's page: RR's amended table for the one adopted with changes, the state of the one not adopted.
  await proposalPage(rr, ids.get(WITH_CHANGES), WITH_CHANGES, 'Vedtaget');
  await expect(rr.getByRole('heading', { name: 'Besluttet af Regionsrådet' })).toBeVisible();
  await expect(
    rr
      .getByRole('table', { name: /^Besluttet/ })
      .getByRole('row', { name: /^Drift/ })
      .first(),
  ).toContainText('-2,0');
  // Its history in Danish: FU's decision (through the API, with a development token without a name: role and login
  // id) and RR's (by the signed-in secretary: name beside the role), each by its body and outcome, never a code.
  const secretary = `${userByRole('rr_secretariat').name}, RR-sekretariatet`;
  const amendedHistory = await historySteps(rr);
  expect(amendedHistory.join('\n')).toMatch(/FU: Godkendt · FU-sekretariatet \(dev-fu_secretariat\)[\s\S]*Klar til FU → Godkendt af FU/);
  expect(amendedHistory.at(-1)).toMatch(
    new RegExp(`RR: Vedtaget med ændringer · ${secretary}[\\s\\S]*Godkendt af FU → Vedtaget[\\s\\S]*Begrundelse: Vedtaget med halv effekt i 2026\\.`),
  );
  expect(amendedHistory.join('\n')).not.toMatch(/approved|adopted/);
  await proposalPage(rr, ids.get(NOT_ADOPTED), NOT_ADOPTED, 'Ikke vedtaget');
  expect((await historySteps(rr)).at(-1)).toContain(`RR: Ikke vedtaget · ${secretary}`);
  await proposalPage(rr, ids.get(AGREED), AGREED, 'Vedtaget');
});
