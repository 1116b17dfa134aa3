import { AREA_LABEL, SECTION_KIND_LABELS, budget2026Proposals, isProposalState } from '@budgetflow/domain';
import type { ProposalDraftInput, SectionKind } from '@budgetflow/domain';
import { Page } from '@playwright/test';
import { callAs, createRound, fetchPdfAs } from '../support/api';
import { expect, signIn, test, userByRole } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';

const committee = userByRole('committee_secretariat');
// The committee's proposals of the seed catalogue (Sundhedsudvalget: B26-SU-01 and B26-SU-02).
const proposals = budget2026Proposals.filter((proposal) => proposal.committee === committee.committee);

/** A seed proposal typed into the editor field by field, row by row, then submitted. */
async function typeAndSubmit(page: Page, proposal: ProposalDraftInput): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udvalgets forslag' }).click();
  await page.getByRole('link', { name: 'Nyt forslag' }).click();
  await page.getByLabel('Titel').fill(proposal.title);
  await page.getByLabel(AREA_LABEL).fill(proposal.area);
  await page.getByLabel('Forslagets art').selectOption(proposal.kind);
  if (proposal.fundingSource) await page.getByLabel('Finansiering').fill(proposal.fundingSource);
  for (const section of proposal.sections) {
    const label = SECTION_KIND_LABELS[section.kind as SectionKind];
    if (section.heading) await page.getByLabel(`Overskrift (${label})`).fill(section.heading);
    await page.getByLabel(`Tekst (${label})`).fill(section.body);
  }
  for (const [index, row] of proposal.table.rows.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Tilføj række' }).click();
    await page.getByLabel(`Tekst, række ${index + 1}`).fill(row.label);
    await page.locator(`#tabel-${index}-kategori`).selectOption(row.category);
    for (const [key, text] of Object.entries(row.cells)) await page.locator(`#tabel-${index}-${key}`).fill(text);
  }
  await page.getByRole('button', { name: 'Opret kladde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ret ${proposal.reference}: ${proposal.title}` })).toBeVisible();
  await expect(page.getByTestId('gemt-status')).toContainText('Alle ændringer er gemt');
  await page.getByRole('button', { name: 'Indsend forslaget' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Indsend', exact: true }).click();
  await expect(page.getByTestId('forslag-status')).toHaveText('Indsendt');
}

/** The catalogue of a round once it shows `count` submitted proposals, as text. */
async function catalogueText(roundId: string, roundName: string, count: number): Promise<string> {
  await expect
    .poll(
      async () => {
        const reports = await callAs('reader', undefined, 'reporting', 'GET', `/rounds/${roundId}/reports`);
        return Array.isArray(reports.body['factSheets']) ? reports.body['factSheets'].length : 0;
      },
      { timeout: 60_000 },
    )
    .toBe(count);
  const text = await pdfText(await fetchPdfAs('reader', `/rounds/${roundId}/reports/katalog`));
  // The round's name and the moment of rendering are the only things that may differ.
  return text
    .split(roundName)
    .join('«runden»')
    .replace(/Dannet \S+ kl\. \d\d\.\d\d/g, 'Dannet «tidspunkt»');
}

test('two Budget 2026 proposals of the seed catalogue typed into the browser give the same catalogue text as through the API', async ({ page }) => {
  test.setTimeout(360_000);
  expect(proposals.map((proposal) => proposal.reference)).toEqual(['B26-SU-01', 'B26-SU-02']);
  const viaApi = 'Prøverunde 2026: katalog via API';
  const viaBrowser = 'Prøverunde 2026: katalog i browseren';
  const apiRound = await createRound(viaApi);
  const browserRound = await createRound(viaBrowser);

  // The main job's path: the committee's calls to the API.
  for (const proposal of proposals) {
    const created = await callAs('committee_secretariat', committee.committee, 'intake', 'POST', `/rounds/${apiRound}/proposals`, proposal);
    expect(created.status).toBe(201);
    const submitted = await callAs('committee_secretariat', committee.committee, 'intake', 'POST', `/proposals/${created.body['id']}/submit`, {});
    expect(submitted.status).toBe(200);
    expect(isProposalState(submitted.body['state']) && submitted.body['state']).toBe('submitted');
  }

  // The browser's path: the same proposals typed by the committee.
  await signIn(page, committee);
  await page.getByLabel('Budgetrunde', { exact: true }).selectOption({ label: `${viaBrowser} (Region Nordjylland)` });
  for (const proposal of proposals) await typeAndSubmit(page, proposal);

  const fromApi = await catalogueText(apiRound, viaApi, proposals.length);
  const fromBrowser = await catalogueText(browserRound, viaBrowser, proposals.length);
  for (const proposal of proposals) expect(fromBrowser).toContain(proposal.title);
  expect(fromBrowser).toContain('Effektiv ambulatoriedrift – diverse initiativer');
  expect(fromBrowser).toBe(fromApi);
});
