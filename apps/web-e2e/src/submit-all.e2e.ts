import { proposalRequest } from '@budgetflow/testing/requests';
import { callAs, createRound } from '../support/api';
import { checkPage, expect, test } from '../support/fixtures';
import { open, signedInAs } from '../support/roles';

// «Indsend alle» (issue 28): the committee's drafts after one confirmation that lists them, each submitted as its own
// act, so one that someone else changed meanwhile is refused while the others go through.

const references = ['B26-PSU-01', 'B26-PSU-02', 'B26-PSU-03'];

test('a committee submits its drafts at once: one confirmation lists them, one changed meanwhile is refused, the others are submitted', async ({ browser }) => {
  test.setTimeout(180_000);
  const roundId = await createRound('Prøverunde 2026: indsend alle');
  const drafts = new Map<string, { id: string; title: string }>();
  for (const reference of references) {
    const created = await callAs('committee_secretariat', 'PSU', 'intake', 'POST', `/rounds/${roundId}/proposals`, proposalRequest(reference));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    drafts.set(reference, { id: created.body['id'] as string, title: (created.body['content'] as { title: string }).title });
  }
  const listed = references.map((reference) => `${reference}: ${drafts.get(reference)?.title}`);

  const page = await signedInAs(browser, 'committee_secretariat', roundId, 'PSU');
  await open(page, '/forslag', /^Udvalgets forslag \(PSU\)$/);
  await expect(page.getByTestId('indsend-alle-klar')).toHaveText('3 kladder er klar til at blive indsendt.');

  // By keyboard: the button opens the one confirmation, which lists every draft by reference and title.
  await page.getByRole('button', { name: 'Indsend alle', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Indsend 3 kladder til Koncernøkonomi?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('indsend-alle-liste').getByRole('listitem')).toHaveText(listed);
  await checkPage(page, 'indsend-alle-bekraeftelse');

  // Meanwhile another person of the committee changes B26-PSU-02 (version 1 → 2): the page's version is stale.
  const changed = await callAs('committee_secretariat', 'PSU', 'intake', 'PUT', `/proposals/${drafts.get('B26-PSU-02')?.id}`, {
    ...proposalRequest('B26-PSU-02'),
    title: 'Ændret af en kollega',
    version: 1,
  });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);

  const confirm = dialog.getByRole('button', { name: 'Indsend de 3 kladder' });
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Each result, the refusal with the service's Danish reason; the focus on the results; the status line counts them.
  const results = page.getByRole('table', { name: 'Resultat af «Indsend alle»' });
  await expect(page.getByRole('heading', { name: 'Resultat af «Indsend alle»' })).toBeFocused();
  await expect(results.getByRole('row', { name: /B26-PSU-01/ })).toContainText('Indsendt til Koncernøkonomi');
  await expect(results.getByRole('row', { name: /B26-PSU-02/ })).toContainText(
    'Ikke indsendt: Forslaget er ændret siden version 1; den aktuelle version er 2. Hent forslaget igen og gentag ændringen.',
  );
  await expect(results.getByRole('row', { name: /B26-PSU-03/ })).toContainText('Indsendt til Koncernøkonomi');
  await expect(page.getByRole('status').and(page.getByTestId('handling-status'))).toHaveText(
    '2 af 3 forslag er indsendt til Koncernøkonomi; ét forslag blev ikke indsendt, se hvorfor i resultatet.',
  );

  // The list follows: two submitted, the changed one still a draft, offered again in its new version.
  const list = page.getByRole('table', { name: 'Udvalgets forslag og rammen' });
  await expect(list.getByRole('row', { name: /B26-PSU-01/ })).toContainText('Indsendt');
  await expect(list.getByRole('row', { name: /B26-PSU-02/ })).toContainText('Kladde');
  await expect(list.getByRole('row', { name: /B26-PSU-03/ })).toContainText('Indsendt');
  await expect(page.getByTestId('indsend-alle-klar')).toHaveText('1 kladde er klar til at blive indsendt.');
  await checkPage(page, 'indsend-alle-resultat');

  // Each submission is its own act on the record.
  for (const reference of ['B26-PSU-01', 'B26-PSU-03']) {
    const history = await callAs('committee_secretariat', 'PSU', 'intake', 'GET', `/proposals/${drafts.get(reference)?.id}/history`);
    expect((history.body as unknown as { action: string }[]).map((line) => line.action)).toEqual(['create', 'submit']);
  }
});
