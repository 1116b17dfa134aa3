import { budget2026Proposals } from '@budgetflow/domain';
import { Browser, Page } from '@playwright/test';
import { callAs, createRound } from '../support/api';
import { expect, signIn, test, userByRole, checkPage } from '../support/fixtures';

const committee = userByRole('committee_secretariat');

async function editorIn(browser: Browser, proposalId: string): Promise<Page> {
  const page = await (
    await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1280, height: 900 }, baseURL: process.env['E2E_BASE_URL'] })
  ).newPage();
  await signIn(page, committee);
  await page.goto(`/forslag/${proposalId}/rediger`);
  await expect(page.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  return page;
}

test('two people edit the same draft: the second save is refused, and that person compares and chooses', async ({ browser }) => {
  test.setTimeout(240_000);
  const roundId = await createRound('Prøverunde 2026: samtidig redigering');
  const seed = budget2026Proposals.find((proposal) => proposal.committee === committee.committee) ?? budget2026Proposals[0];
  const created = await callAs('committee_secretariat', committee.committee, 'intake', 'POST', `/rounds/${roundId}/proposals`, {
    ...seed,
    reference: undefined,
  });
  expect(created.status).toBe(201);
  const id = created.body['id'] as string;

  const first = await editorIn(browser, id);
  const second = await editorIn(browser, id);

  // The first saves a new title; the second, still on the version both opened, changes the area.
  await first.getByLabel('Titel').fill('Effektiv ambulatoriedrift (første)');
  await expect(first.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await second.getByLabel('Hospital/virksomhed/område forslaget vedrører').fill('Aalborg Universitetshospital (anden)');
  const dialog = second.getByRole('dialog', { name: 'En anden har gemt forslaget, mens du skrev' });
  await expect(dialog).toBeVisible();
  await expect(second.getByTestId('gemt-status')).toContainText('Ikke gemt: en anden har gemt forslaget i mellemtiden.');
  // The comparison: both versions of each field that differs.
  const differences = dialog.getByRole('table', { name: 'Felter, der er forskellige' });
  await expect(differences.getByRole('row', { name: /Titel/ })).toContainText('Effektiv ambulatoriedrift (første)');
  await expect(differences.getByRole('row', { name: /Hospital\/virksomhed/ })).toContainText('Aalborg Universitetshospital (anden)');
  await expect(second.getByRole('button', { name: 'Indsend forslaget' })).toBeDisabled();
  await expect(second.getByTestId('indsend-hvorfor')).toHaveText('Vælg først, hvilken version af forslaget der skal gælde.');
  await checkPage(second, 'ret-forslag-konflikt');

  // Nothing was overwritten: the saved proposal is the first person's.
  const before = await callAs('committee_secretariat', committee.committee, 'intake', 'GET', `/proposals/${id}`);
  expect(before.body['content']).toMatchObject({ title: 'Effektiv ambulatoriedrift (første)', area: seed?.area });

  // The second keeps their own version, knowingly: saved over the first on the new version.
  await dialog.getByRole('button', { name: 'Behold min version' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  const after = await callAs('committee_secretariat', committee.committee, 'intake', 'GET', `/proposals/${id}`);
  expect(after.body['content']).toMatchObject({ title: seed?.title, area: 'Aalborg Universitetshospital (anden)' });
  expect(after.body['version']).toBe((before.body['version'] as number) + 1);

  // The first now meets the same guard and takes the saved version instead.
  await first.getByLabel('Tekst (Økonomi)').fill('Besparelse på ca. 10 mio. kr.');
  const firstDialog = first.getByRole('dialog', { name: 'En anden har gemt forslaget, mens du skrev' });
  await firstDialog.getByRole('button', { name: 'Brug den gemte version' }).click();
  await expect(first.getByLabel('Hospital/virksomhed/område forslaget vedrører')).toHaveValue('Aalborg Universitetshospital (anden)');
  await expect(first.getByLabel('Titel')).toHaveValue(seed?.title ?? '');
  await expect(first.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await first.context().close();
  await second.context().close();
});
