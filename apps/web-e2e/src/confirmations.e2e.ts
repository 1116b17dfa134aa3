import { budget2026Proposals } from '@budgetflow/domain';
import type { Page } from '@playwright/test';
import { callAs, createRound } from '../support/api';
import { checkPage, expect, test } from '../support/fixtures';
import { chooseRound, open, signedInAs } from '../support/roles';

// Confirmations and defaults (issue 28): every act says in the page's status line (a live region) what it did, the
// meeting date follows the selected round, and the round picker opens on the current round.

const inputs = budget2026Proposals.filter((input) => input.committee === 'PSU').slice(0, 2);

/** The committee PSU enters and submits two proposals through the API; their ids by reference. */
async function submitted(roundId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const input of inputs) {
    const draft = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/rounds/${roundId}/proposals`, input);
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const sent = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/proposals/${draft.body['id']}/submit`, { version: draft.body['version'] });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    ids.set(input.reference, draft.body['id'] as string);
  }
  return ids;
}

async function fuMeetingDate(roundId: string): Promise<string> {
  const { round } = (await callAs('budget_office', undefined, 'intake', 'GET', `/rounds/${roundId}`)).body as { round: { dates: Record<string, string> } };
  return round.dates['committeeWorkApprovedByFu'] as string;
}

/** The page's status line: a live region (role status) that is always on the page. */
const status = (page: Page) => page.getByRole('status').and(page.getByTestId('handling-status'));

test('the budget office and FU see each act confirmed in the status line; the meeting date follows the round; the picker opens on the current round', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const other = await createRound('Prøverunde 2026: bekræftelser, anden runde', 30);
  const roundId = await createRound('Prøverunde 2026: bekræftelser', 10);
  const ids = await submitted(roundId);
  const [returned, placed] = inputs.map((input) => input.reference) as [string, string];

  // A browser that has never chosen a round opens on the current one: the newest still open, not the first by name.
  const office = await signedInAs(browser, 'budget_office');
  await expect(office.getByLabel('Budgetrunde', { exact: true })).toHaveValue(roundId);

  await open(office, '/behandling', /^Behandling af Prøverunde 2026: bekræftelser$/);
  const waiting = office.getByRole('table', { name: 'Indsendte forslag' });
  // The workflow hears of the submissions an event later.
  await expect(async () => {
    await office.reload();
    await expect(waiting.getByRole('row')).toHaveCount(3, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  // «Send retur til udvalget»: the row leaves the list, and the status line says what happened to it.
  await waiting.getByRole('button', { name: `Send retur ${returned}` }).click();
  await office.getByLabel(`Bemærkning til udvalget om ${returned}`).fill('Uddyb konsekvenserne for patienterne.');
  await office.getByRole('button', { name: 'Send retur til udvalget' }).click();
  await expect(status(office)).toHaveText(`${returned} er sendt retur til udvalget PSU med bemærkningen.`);
  await expect(waiting.getByRole('row')).toHaveCount(2);
  await expect(office.getByTestId('handling-status')).toHaveAttribute('aria-live', 'polite');
  await checkPage(office, 'behandling-bekraeftet');

  // The meeting date is the selected round's, and follows when another round is chosen.
  await expect(office.getByLabel('Mødedato')).toHaveValue(await fuMeetingDate(roundId));
  await chooseRound(office, other);
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Behandling af Prøverunde 2026: bekræftelser, anden runde');
  await expect(office.getByLabel('Mødedato')).toHaveValue(await fuMeetingDate(other));
  await chooseRound(office, roundId);
  const date = await fuMeetingDate(roundId);
  await expect(office.getByLabel('Mødedato')).toHaveValue(date);

  await office.getByRole('button', { name: 'Opret møde' }).click();
  await expect(status(office)).toHaveText(/^Forretningsudvalgets møde \d+\. \p{L}+ \d{4} er oprettet\.$/u);
  await office.getByRole('button', { name: 'Sæt 1 forslag på dagsordenen' }).click();
  await expect(status(office)).toHaveText('1 forslag er sat på dagsordenen.');
  await expect(office.getByLabel('Møde', { exact: true }).locator('option').first()).toContainText('(1 punkt)');

  // FU's decision: the form leaves with the decided item, the status line confirms the outcome.
  const fu = await signedInAs(browser, 'fu_secretariat', roundId);
  await open(fu, '/fu', /^FU’s beslutninger/);
  const item = fu.getByRole('form', { name: `Beslutning om ${placed}` });
  await item.getByRole('radio', { name: 'Godkendt', exact: true }).check();
  await item.getByLabel('Beslutningstekst').fill('Godkendt som indstillet.');
  await item.getByRole('button', { name: `Registrér beslutningen om ${placed}` }).click();
  await expect(status(fu)).toHaveText(`Beslutningen om ${placed} er registreret: Godkendt.`);
  await checkPage(fu, 'fu-beslutning-bekraeftet');

  // The committee's withdrawal of the returned proposal is confirmed on the proposal's page.
  const committee = await signedInAs(browser, 'committee_secretariat', roundId, 'PSU');
  await open(committee, `/forslag/${ids.get(returned)}`, new RegExp(`^${returned}`));
  await expect(async () => {
    await committee.reload();
    await expect(committee.getByTestId('forslag-status')).toHaveText('Retur til udvalg', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await committee.getByRole('button', { name: 'Træk forslaget tilbage' }).click();
  await committee.getByRole('dialog').getByRole('button', { name: 'Træk tilbage', exact: true }).click();
  await expect(status(committee)).toHaveText('Forslaget er trukket tilbage.');
  await expect(committee.getByTestId('forslag-status')).toHaveText('Trukket tilbage');
  await checkPage(committee, 'forslag-trukket-tilbage');

  // A link that says it opens a new tab does (and gives the new page no hold on this one).
  const newTab = committee.getByRole('link', { name: /ny fane/ });
  await expect(newTab).toHaveCount(1);
  await expect(newTab).toHaveAttribute('target', '_blank');
  await expect(newTab).toHaveAttribute('rel', /noopener/);
});
