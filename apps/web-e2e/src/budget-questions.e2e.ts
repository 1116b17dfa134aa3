import { Page } from '@playwright/test';
import { createRound } from '../support/api';
import { DEMO_USERS, checkPage, expect, test } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';
import { open, signedInAs } from '../support/roles';

// Budget questions (issue 30) as the people asking, routing and answering them: the budget office opens the window,
// two members of different parties ask, the budget office assigns one to a committee and answers the other itself,
// sends the committee's first answer back and approves the rest; members read an answer only once it is approved.

const member = (party: string) => DEMO_USERS.find((user) => user.role === 'politician' && user.party === party);
const [SOCIAL_DEMOCRAT, LIBERAL] = ['Socialdemokratiet', 'Venstre'];
const Q1 = 'Hvad betyder B26-PSU-01 for antallet af lægevikarer om natten i psykiatrien i Aalborg?';
const Q2 = 'Hvor meget brugte regionen på vikarer i alt i 2024?';

/** Today in Danish time as YYYY-MM-DD, and a week later (the window is set around the test's own clock). */
function copenhagenDay(offsetDays = 0): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

const card = (page: Page, number: number) => page.getByRole('listitem', { name: new RegExp(`^Spørgsmål nr\\. ${number} `) });

async function ask(page: Page, text: string): Promise<number> {
  await page.getByLabel('Dit spørgsmål').fill(text);
  await page.getByRole('button', { name: 'Send spørgsmålet' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: 'Dit spørgsmål er modtaget som spørgsmål nr.' });
  await expect(confirmation).toBeAttached();
  return Number(/nr\. (\d+)/.exec((await confirmation.textContent()) ?? '')?.[1]);
}

test('members ask, the budget office routes, a committee answers, one answer is sent back, members read the approved answers', async ({ browser }) => {
  test.setTimeout(300_000);
  const roundId = await createRound('Prøverunde 2026: budgetspørgsmål');

  // The budget office opens the window: from today 00:00 to a week later at 12:00, six days to answer.
  const office = await signedInAs(browser, 'budget_office', roundId);
  await open(office, '/spoergsmaal', /^Budgetspørgsmål i /);
  await expect(office.getByTestId('vindue-status')).toHaveText('Koncernøkonomi har endnu ikke åbnet for spørgsmål i runden.');
  await office.getByLabel('Åbner, dato').fill(copenhagenDay());
  await office.getByLabel('Åbner, klokkeslæt').fill('00:00');
  await office.getByLabel('Frist, dato').fill(copenhagenDay(7));
  await office.getByLabel('Frist, klokkeslæt (spørgsmål skal være modtaget før)').fill('12:00');
  await office.getByLabel('Svarfrist (dage fra fordelingen)').fill('6');
  await office.getByRole('button', { name: 'Gem fristen' }).click();
  await expect(office.getByTestId('vindue-status')).toContainText('Der kan stilles spørgsmål');

  // Two members of different parties ask.
  const socialDemocrat = await signedInAs(browser, 'politician', roundId, SOCIAL_DEMOCRAT);
  await open(socialDemocrat, '/spoergsmaal', /^Budgetspørgsmål i /);
  const first = await ask(socialDemocrat, Q1);
  await checkPage(socialDemocrat, 'spoergsmaal-medlem');
  const liberal = await signedInAs(browser, 'politician', roundId, LIBERAL);
  await open(liberal, '/spoergsmaal', /^Budgetspørgsmål i /);
  const second = await ask(liberal, Q2);
  expect([first, second].sort()).toEqual([1, 2]);
  // A member follows its own questions, not the other party's.
  await liberal.reload();
  await expect(card(liberal, second)).toContainText(Q2);
  await expect(card(liberal, first)).toHaveCount(0);

  // The budget office assigns the first to the psychiatry committee and answers the second itself.
  await office.reload();
  await expect(card(office, first)).toContainText(`${member(SOCIAL_DEMOCRAT)?.name} (${SOCIAL_DEMOCRAT})`);
  await card(office, first).getByLabel('Hvem skal svare').selectOption('PSU');
  await card(office, first)
    .getByRole('button', { name: `Fordel spørgsmål nr. ${first}` })
    .click();
  await expect(card(office, first)).toContainText('svarfrist');
  await card(office, second).getByLabel('Hvem skal svare').selectOption('budget_office');
  await card(office, second)
    .getByRole('button', { name: `Fordel spørgsmål nr. ${second}` })
    .click();
  await card(office, second).getByLabel(`Svar på spørgsmål nr. ${second}`, { exact: true }).fill('Regionen brugte 212,4 mio. kr. på vikarer i 2024.');
  await card(office, second).getByRole('button', { name: 'Send svaret til godkendelse' }).click();
  await checkPage(office, 'spoergsmaal-koncernoekonomi');

  // The committee answers with a small table of amounts.
  const committee = await signedInAs(browser, 'committee_secretariat', roundId, 'PSU');
  await open(committee, '/spoergsmaal', /^Budgetspørgsmål i /);
  const assigned = card(committee, first);
  await expect(assigned).toContainText(Q1);
  await assigned.getByLabel(`Svar på spørgsmål nr. ${first}`, { exact: true }).fill('Forslaget betyder to færre vikarvagter om natten.');
  await assigned.getByRole('button', { name: 'Tilføj en tabel med beløb' }).click();
  await assigned.getByLabel('Rækkens tekst').fill('Færre vikarudgifter');
  for (const [column, amount] of [
    ['2026', '-0,6'],
    ['2027', '-1,2'],
    ['2028', '-1,2'],
    ['Permanent', '-1,2'],
  ]) {
    await assigned.getByLabel(`Beløb i række 1, ${column}`, { exact: true }).fill(amount as string);
  }
  await checkPage(committee, 'spoergsmaal-udvalg');
  await assigned.getByRole('button', { name: 'Send svaret til godkendelse' }).click();
  await expect(card(committee, first)).toContainText('Svar (udkast, ikke godkendt)');

  // Before approval the member sees the question, not the answer.
  await socialDemocrat.reload();
  await expect(card(socialDemocrat, first)).toContainText(Q1);
  await expect(card(socialDemocrat, first)).not.toContainText('to færre vikarvagter');

  // The budget office sends the committee's answer back and approves its own.
  await office.reload();
  await card(office, first).getByLabel('Hvad skal rettes i svaret').fill('Skriv, hvilke afdelinger det gælder.');
  await card(office, first).getByRole('button', { name: 'Send svaret tilbage' }).click();
  await card(office, second)
    .getByRole('button', { name: `Godkend svaret på spørgsmål nr. ${second}` })
    .click();
  await expect(office.getByRole('region', { name: /^Besvarede spørgsmål/ })).toContainText('212,4 mio. kr.');

  // Both members read the approved answer; the sent-back one stays unseen.
  for (const page of [socialDemocrat, liberal]) {
    await page.reload();
    const answered = page.getByRole('region', { name: /^Besvarede spørgsmål/ });
    await expect(answered).toContainText('Regionen brugte 212,4 mio. kr. på vikarer i 2024.');
    await expect(answered).not.toContainText('to færre vikarvagter');
  }

  // The committee answers again; once approved, the asker reads it with its table.
  await committee.reload();
  await expect(card(committee, first)).toContainText('Skriv, hvilke afdelinger det gælder.');
  await card(committee, first)
    .getByLabel(`Svar på spørgsmål nr. ${first}`, { exact: true })
    .fill('Forslaget betyder to færre vikarvagter om natten på de psykiatriske afdelinger i Aalborg.');
  await card(committee, first).getByRole('button', { name: 'Send svaret til godkendelse' }).click();
  await office.reload();
  await card(office, first)
    .getByRole('button', { name: `Godkend svaret på spørgsmål nr. ${first}` })
    .click();
  await socialDemocrat.reload();
  const answer = socialDemocrat.getByRole('region', { name: /^Besvarede spørgsmål/ });
  await expect(answer).toContainText('de psykiatriske afdelinger i Aalborg');
  await expect(answer.getByRole('table', { name: /^Beløb i svaret på spørgsmål nr\./ }).getByRole('row', { name: /^Færre vikarudgifter/ })).toHaveText(
    /Færre vikarudgifter\s*-0,6\s*-1,2\s*-1,2\s*-1,2/,
  );
  await checkPage(socialDemocrat, 'spoergsmaal-besvaret');

  // The appendix «Svar på budgetspørgsmål» on the bilag page, once reporting has the approvals: both answers, the
  // askers with their parties, and nothing of the answer that was sent back or of the remark.
  await open(socialDemocrat, '/bilag', /^Bilag$/);
  const appendixLink = socialDemocrat.locator('a[href$="/reports/budgetspoergsmaal"]');
  await expect(async () => {
    await socialDemocrat.reload();
    await expect(appendixLink).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const response = await socialDemocrat.request.get((await appendixLink.getAttribute('href')) as string);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const appendix = (await pdfText(await response.body())).replace(/\s+/g, ' ');
  for (const expected of [
    Q1,
    Q2,
    'Forslaget betyder to færre vikarvagter om natten på de psykiatriske afdelinger i Aalborg.',
    'Regionen brugte 212,4 mio. kr. på vikarer i 2024.',
    `${member(SOCIAL_DEMOCRAT)?.name}`,
    SOCIAL_DEMOCRAT,
    `${member(LIBERAL)?.name}`,
    LIBERAL,
  ]) {
    expect(appendix).toContain(expected);
  }
  expect(appendix).not.toContain('Skriv, hvilke afdelinger det gælder.');
});
