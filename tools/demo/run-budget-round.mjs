// The main job: takes the Budget 2026 demo round from proposals to adopted bilag, through the public APIs only,
// as each role with its own token. Running it again reuses the round and continues from where it stands.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoName, mintToken } from '../auth/tokens.mjs';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { loadTs } from '../infra/load-ts.mjs';
import { loadSettings, root } from '../infra/settings.mjs';
import { ApiClient, waitFor } from './api-client.mjs';
import { DEFAULT_FU_DECISION, FU_DECISIONS, NEGOTIATION, PACKAGE_AGREEMENT, QUESTIONS, QUESTION_WINDOW, RETURNED } from './budget-2026-scenario.mjs';

const domain = () => loadTs('libs/shared/domain/src/index.ts');

export async function runBudgetRound(settings) {
  const { budget2026Round: round, budget2026Proposals: demo, formatAmount, frameStatus } = domain();
  const url = (portVariable) => `http://${settings.HTTP_HOST}:${settings[portVariable]}`;
  // The qualifier is a committee secretariat's committee, or a member's party.
  const as = async (base, role, qualifier) =>
    new ApiClient(
      url(base),
      await mintToken({
        secret: settings.JWT_SECRET,
        role,
        ...(role === 'politician' ? { party: qualifier } : { committee: qualifier }),
        name: demoName(role, qualifier),
        issuer: settings.JWT_ISSUER || undefined,
        audience: settings.JWT_AUDIENCE || undefined,
      }),
    );
  const office = { intake: await as('INTAKE_PORT', 'budget_office'), workflow: await as('WORKFLOW_PORT', 'budget_office') };
  const fu = await as('WORKFLOW_PORT', 'fu_secretariat');
  const rr = await as('WORKFLOW_PORT', 'rr_secretariat');
  const reader = { workflow: await as('WORKFLOW_PORT', 'reader'), reporting: await as('REPORTING_PORT', 'reader') };
  const committees = {};
  for (const { code } of round.committees.filter((committee) => committee.kind === 'fagudvalg'))
    committees[code] = await as('INTAKE_PORT', 'committee_secretariat', code);

  // 1. The round, as the budget office defines it.
  // DEMO_ROUND_ID names the round to play in (the browser tests compare their bilag with the main job's this way).
  const existing = (await office.intake.get('/rounds')).find((candidate) =>
    settings.DEMO_ROUND_ID ? candidate.id === settings.DEMO_ROUND_ID : candidate.round.name === round.name && candidate.round.region === round.region,
  );
  const roundId = existing?.id ?? (await office.intake.post('/rounds', roundBody(round), { 'Idempotency-Key': `demo-round-${slug(round.name)}` })).id;
  ok(`${existing ? 'Reusing' : 'Created'} the round ${round.name} (${round.region}, target ${formatAmount(round.target)} mio. kr., ${round.priceLevel})`);

  // 2. Each committee drafts and submits its proposals.
  step('Committees create and submit their proposals');
  const intakeState = {};
  for (const input of demo) {
    const client = committees[input.committee];
    const found = (await client.get(`/proposals?roundId=${roundId}&committee=${input.committee}&pageSize=100`)).items.find(
      (proposal) => proposal.reference === input.reference,
    );
    let proposal = found ?? (await client.post(`/rounds/${roundId}/proposals`, input, { 'Idempotency-Key': `demo-${roundId}-${input.reference}` }));
    if (proposal.state === 'draft') proposal = await client.post(`/proposals/${proposal.id}/submit`, { version: proposal.version });
    intakeState[input.reference] = proposal;
    console.log(`    ${input.reference.padEnd(11)} ${proposal.stateLabel.padEnd(18)} ${proposal.content.title}`);
  }
  const idOf = (reference) => intakeState[reference].id;
  // In the catalogue's order, so FU's agenda follows the committees.
  const order = new Map(demo.map((input, index) => [input.reference, index]));
  const workflowProposals = async () =>
    (await reader.workflow.get(`/proposals?roundId=${roundId}&pageSize=100`)).items.sort((a, b) => order.get(a.reference) - order.get(b.reference));
  await waitFor('the workflow service to receive the submitted proposals', async () => ((await workflowProposals()).length === demo.length ? true : undefined));

  // 3. The budget office returns one proposal with a remark; its committee fixes the text and resubmits.
  await returnAndFix(roundId, office, committees, reader, idOf(RETURNED.reference));

  // 4. Put every submitted proposal on FU's agenda; FU decides each agenda item.
  const fuDate = round.dates?.committeeWorkApprovedByFu ?? `${round.budgetYear - 1}-05-19`;
  const fuMeeting = await ensureMeeting(office.workflow, roundId, 'FU', fuDate, 'Forretningsudvalgets møde om udvalgenes forslag');
  for (const proposal of await workflowProposals()) {
    if (proposal.state === 'submitted')
      await office.workflow.post(`/meetings/${fuMeeting.id}/agenda-items`, { proposalId: proposal.id, version: proposal.version });
  }
  const agenda = (await fu.get(`/meetings/${fuMeeting.id}`)).agenda;
  step(`FU (${fuDate}) decides ${agenda.length} agenda items`);
  for (const item of agenda) {
    if (!item.decision) {
      const decision = FU_DECISIONS[item.reference] ?? DEFAULT_FU_DECISION;
      await fu.post(`/meetings/${fuMeeting.id}/agenda-items/${item.number}/decision`, decision);
    }
  }
  for (const item of (await fu.get(`/meetings/${fuMeeting.id}`)).agenda)
    console.log(`    ${String(item.number).padStart(2)}. ${item.reference.padEnd(11)} ${item.decision?.outcomeLabel ?? item.decision?.outcome}`);

  // 5. Budget questions from FU's first reading: the members ask, the budget office routes them, the answers approved.
  const approvedQuestions = await budgetQuestions(
    roundId,
    { office: office.workflow, workflowAs: (role, qualifier) => as('WORKFLOW_PORT', role, qualifier) },
    intakeState,
  );

  // 6. The negotiation: two packages of every approved proposal; the balanced one becomes RR's budget agreement.
  const rrDate = round.dates?.rrAdoption ?? `${round.budgetYear - 1}-09-24`;
  const decisions = await reader.workflow.get(`/rounds/${roundId}/decisions`);
  if (!decisions.agreement) {
    const approved = (await workflowProposals()).filter((proposal) => proposal.state === 'approved_by_fu').map((proposal) => ({ proposalId: proposal.id }));
    const chosen = await negotiate(roundId, office.workflow, rr, approved);
    const rrMeeting = await ensureMeeting(rr, roundId, 'RR', rrDate, 'Regionsrådets vedtagelse af budgettet');
    await rr.post(`/meetings/${rrMeeting.id}/budget-agreement/from-package`, {
      ...PACKAGE_AGREEMENT,
      packageId: chosen.id,
      packageVersion: chosen.version,
      date: rrDate,
    });
  }
  const { agreement } = await reader.workflow.get(`/rounds/${roundId}/decisions`);
  const signatories = agreement.document.signatories.map((signatory) => signatory.name).join(', ');
  ok(`RR (${rrDate}): budget agreement from «${agreement.document.packageName ?? 'afkrydsede forslag'}» between ${signatories}`);
  for (const chapter of agreement.document.chapters)
    for (const initiative of chapter.initiatives) console.log(`    ${chapter.title}: ${initiative.decisionSentence}`);

  // 7. Wait until the reporting service shows what the workflow decided, then fetch the bilag.
  const final = await workflowProposals();
  const expected = new Map(final.map((proposal) => [proposal.id, proposal.state]));
  step('Waiting for the reporting service to catch up');
  await waitFor(
    'the reporting service to show every decision',
    async () => {
      const list = await reader.reporting.get(`/rounds/${roundId}/reports`).catch(() => undefined);
      const shown = new Map((list?.proposals ?? []).map((proposal) => [proposal.id, proposal.state]));
      const answered = new Set((list?.questions ?? []).map((question) => question.id));
      return [...expected].every(([id, state]) => shown.get(id) === state) && approvedQuestions.every((id) => answered.has(id)) ? true : undefined;
    },
    120_000,
  );
  const out = join(resolve(root, settings.BILAG_OUT_DIR || 'out'), slug(round.name));
  mkdirSync(join(out, 'faktaark'), { recursive: true });
  step(`Fetching the bilag into ${relative(root, out)}/`);
  // Every round-wide report the reporting service lists (its report registry) that can be made (the agreement's
  // documents once there is an agreement), then one fact sheet per proposal.
  const { reports } = await reader.reporting.get(`/rounds/${roundId}/reports`);
  for (const report of reports.filter((listed) => listed.notYetAvailable === null))
    writeFileSync(join(out, `${report.key}.pdf`), await reader.reporting.bytes(report.href));
  for (const proposal of final)
    writeFileSync(join(out, 'faktaark', `${proposal.reference}.pdf`), await reader.reporting.bytes(`/rounds/${roundId}/proposals/${proposal.id}/faktaark`));

  // 8. The summary: each committee's frame, adopted sum and gap, from the decided tables.
  const adopted = final
    .filter((proposal) => proposal.state === 'adopted')
    .map((proposal) => ({ committee: proposal.committee, status: proposal.state, table: proposal.decidedTable }));
  const status = frameStatus(round, adopted);
  const column = String(round.budgetYear);
  console.log(`\nAdopted in ${round.name}, budget year ${column} (mio. kr., ${round.priceLevel}; savings are negative)`);
  console.log(`${'Committee'.padEnd(52)} ${'Frame'.padStart(8)} ${'Adopted'.padStart(9)} ${'Gap'.padStart(8)}`);
  for (const line of status.committees) {
    console.log(
      `${line.committee.name.padEnd(52)} ${formatAmount(line.frame).padStart(8)} ${formatAmount(line.byState.adopted).padStart(9)} ${formatAmount(line.gap).padStart(8)}`,
    );
  }
  console.log(
    `${'I alt'.padEnd(52)} ${formatAmount(status.target).padStart(8)} ${formatAmount(status.byState.adopted).padStart(9)} ${formatAmount(status.gap).padStart(8)}`,
  );

  // 8. The budget office publishes the round's material on the public site (once per data version).
  const publication = await publish(roundId, round, office, reader);
  const site = `${(settings.GATEWAY_PUBLIC_URL || url('GATEWAY_PORT')).replace(/\/$/, '')}/offentligt/runder/${roundId}`;
  console.log(`\nPublished «${publication.title}» (data version ${publication.dataVersion}) on the public site, no sign-in needed:\n  ${site}`);
  return { out, roundId, publicSite: site };
}

const PUBLICATION_TITLE = 'Budgetaftalen og bilagene til Regionsrådets vedtagelse';

/**
 * Publishes the round's material at the data version the reporting service shows now, unless the current
 * publication is of that version already (running the job again publishes nothing new), and waits until the
 * reporting service has built its public pages. A publication overtaken by data that moved meanwhile is published again.
 */
async function publish(roundId, round, office, reader) {
  step('Publishing the material on the public site');
  for (let attempt = 1; ; attempt += 1) {
    const { dataVersion } = await reader.reporting.get(`/rounds/${roundId}/reports`);
    const [current] = await office.workflow.get(`/rounds/${roundId}/publications`);
    const publication =
      current && current.dataVersion === dataVersion && current.title === PUBLICATION_TITLE
        ? current
        : await office.workflow.post(`/rounds/${roundId}/publications`, { title: PUBLICATION_TITLE, date: round.dates.rrAdoption, dataVersion });
    const built = await waitFor(
      'the reporting service to build the public pages',
      async () => {
        const statuses = await reader.reporting.get(`/rounds/${roundId}/publications`);
        const status = statuses.find((candidate) => candidate.id === publication.id);
        return status && status.status !== 'pending' ? status : undefined;
      },
      120_000,
    );
    if (built.status === 'ready') {
      ok(`«${publication.title}» is on the public site (${built.href})`);
      return publication;
    }
    if (attempt >= 3) fail(`The publication could not be built: ${built.reason}`);
  }
}

/**
 * The round's budget questions (issue 30), each step taken only where the question does not stand past it yet, so a
 * second run changes nothing: the budget office opens the window by the service's clock (the current hour today until
 * noon a week later), the two members ask, the budget office rewords, merges and assigns, the answerers answer, the
 * budget office sends one answer back once and approves all, then closes the window early. Returns the ids of the
 * questions the appendix shows (approved, and merged into an approved one).
 */
async function budgetQuestions(roundId, { office, workflowAs }, intakeState) {
  step('Budget questions: two members ask, the administration answers');
  const { addCopenhagenDays, copenhagenLocal } = domain();
  let window = await office.find(`/rounds/${roundId}/question-window`);
  if (!window) {
    // Honest dates: the workflow decides by its clock (the machine's), and the scenario's own dates are in 2025.
    const now = new Date();
    const opens = copenhagenLocal(now);
    const closes = copenhagenLocal(addCopenhagenDays(now, QUESTION_WINDOW.daysOpen));
    window = await office.put(`/rounds/${roundId}/question-window`, {
      opensOn: opens.date,
      opensAt: `${opens.time.slice(0, 2)}:00`,
      closesOn: closes.date,
      closesAt: QUESTION_WINDOW.closesAt,
      answeringDays: QUESTION_WINDOW.answeringDays,
    });
  }
  ok(`Question window: ${window.text}`);
  const members = {};
  const memberOf = async (party) => (members[party] ??= await workflowAs('politician', party));
  const answerers = {};
  const answererOf = async (answerer) =>
    answerer.kind === 'budget_office' ? office : (answerers[answerer.committee] ??= await workflowAs('committee_secretariat', answerer.committee));

  // Asked in the scenario's order (numbered 1, 2, 3 …), each once: a question is known by the member's own wording.
  const ids = {};
  for (const question of QUESTIONS) {
    const member = await memberOf(question.asker.party);
    const found = (await member.get(`/rounds/${roundId}/questions`)).find((asked) => asked.mine && asked.originalText === question.text);
    ids[question.key] =
      found?.id ??
      (
        await member.post(
          `/rounds/${roundId}/questions`,
          { text: question.text, proposalIds: question.proposals.map((reference) => intakeState[reference].id) },
          { 'Idempotency-Key': `demo-question-${roundId}-${question.key}` },
        )
      ).id;
  }

  const current = (key) => office.get(`/questions/${ids[key]}`);
  for (const question of QUESTIONS) {
    let seen = await current(question.key);
    if (question.reworded && seen.text !== question.reworded && seen.allowedActs.includes('reword'))
      seen = await office.post(`/questions/${seen.id}/reword`, { text: question.reworded, version: seen.version });
    if (question.mergeInto) {
      if (seen.state !== 'merged') seen = await office.post(`/questions/${seen.id}/merge`, { intoQuestionId: ids[question.mergeInto], version: seen.version });
      console.log(`    ${seen.title.padEnd(17)} ${seen.stateLabel} (${seen.mergedInto ? `nr. ${seen.mergedInto.number}` : ''})`);
      continue;
    }
    const answerer = await answererOf(question.answerer);
    const sentBack = async () => (await office.get(`/questions/${seen.id}/history`)).some((entry) => entry.act === 'send_back');
    // One step at a time until approved: assign, answer (the draft first where it is sent back once), send back, approve.
    for (let steps = 0; seen.state !== 'approved' && steps < 8; steps += 1) {
      if (seen.state === 'asked') seen = await office.post(`/questions/${seen.id}/assign`, { answerer: question.answerer, version: seen.version });
      else if (seen.state === 'assigned' || seen.state === 'sent_back') {
        const answer = question.draft && !(await sentBack()) ? question.draft : question.answer;
        seen = await answerer.post(`/questions/${seen.id}/answer`, { ...answer, version: seen.version });
      } else if (seen.state === 'answered' && question.draft && !(await sentBack()))
        seen = await office.post(`/questions/${seen.id}/send-back`, { remark: question.remark, version: seen.version });
      else if (seen.state === 'answered') seen = await office.post(`/questions/${seen.id}/approve`, { version: seen.version });
    }
    if (seen.state !== 'approved') fail(`${seen.title} did not reach approval (${seen.stateLabel}).`);
    console.log(`    ${seen.title.padEnd(17)} ${seen.stateLabel} (${seen.answerer?.label ?? ''}${(await sentBack()) ? ', sendt tilbage én gang' : ''})`);
  }

  window = await office.get(`/rounds/${roundId}/question-window`);
  if (window.state === 'open') window = await office.post(`/rounds/${roundId}/question-window/close`, {});
  ok(`Every answer approved; the window is closed (${window.text})`);
  return QUESTIONS.map((question) => ids[question.key]);
}

async function returnAndFix(roundId, office, committees, reader, proposalId) {
  const history = await reader.workflow.get(`/proposals/${proposalId}/history`);
  if (history.some((entry) => entry.action === 'return_with_remarks')) return;
  const current = await reader.workflow.get(`/proposals/${proposalId}`);
  step(`The budget office returns ${current.reference} with a remark`);
  await office.workflow.post(`/proposals/${proposalId}/return`, { remark: RETURNED.remark, version: current.version });
  const client = committees[current.committee];
  const returned = await waitFor('intake to show the proposal as returned', async () => {
    const proposal = await client.get(`/proposals/${proposalId}`);
    return proposal.state === 'returned' ? proposal : undefined;
  });
  const sections = returned.content.sections.map((section) =>
    section.kind === 'baggrund' ? { ...section, body: `${section.body}\n\n${RETURNED.addition}` } : section,
  );
  const fixed = await client.put(`/proposals/${proposalId}`, { ...inputOf(returned.content), sections, version: returned.version });
  await client.post(`/proposals/${proposalId}/submit`, { version: fixed.version });
  await waitFor('the workflow service to see the resubmission', async () =>
    (await reader.workflow.get(`/proposals/${proposalId}`)).state === 'submitted' ? true : undefined,
  );
  ok(`${current.reference}: text fixed and resubmitted (amounts unchanged)`);
}

/**
 * The budget office's two packages (the first does not balance; the second is a copy of it, amended until it does),
 * each kept again on a second run. Returns the balanced one as RR's secretariat sees it.
 */
async function negotiate(roundId, office, rr, proposals) {
  step('The negotiation: two packages');
  const packages = () => office.get(`/rounds/${roundId}/packages`);
  const named = async (name) => (await packages()).find((pkg) => pkg.content.name === name);
  const first =
    (await named(NEGOTIATION.unbalanced.name)) ??
    (await office.post(`/rounds/${roundId}/packages`, { ...NEGOTIATION.unbalanced, proposals }, { 'Idempotency-Key': `demo-package-1-${roundId}` }));
  ok(`${first.content.name}: ${first.balance.message}`);
  let second =
    (await named(NEGOTIATION.balanced.name)) ??
    (await office.post(`/packages/${first.id}/copy`, { name: NEGOTIATION.balanced.name }, { 'Idempotency-Key': `demo-package-2-${roundId}` }));
  if (!second.balance.balanced) second = await office.put(`/packages/${second.id}`, { ...NEGOTIATION.balanced, proposals, version: second.version });
  ok(`${second.content.name}: ${second.balance.message}`);
  return rr.get(`/packages/${second.id}`);
}

async function ensureMeeting(client, roundId, body, date, title) {
  const meetings = await client.get(`/meetings?roundId=${roundId}&body=${body}`);
  return meetings.find((meeting) => meeting.date === date) ?? client.post('/meetings', { roundId, body, date, title });
}

// An edit sends the content back as typed: amounts in Danish text again.
function inputOf(content) {
  const { formatAmount } = domain();
  return {
    title: content.title,
    area: content.area,
    kind: content.kind,
    fundingSource: content.fundingSource,
    table: {
      rows: content.table.rows.map((row) => ({
        label: row.label,
        category: row.category,
        cells: Object.fromEntries(Object.entries(row.cells).map(([column, amount]) => [column, amount === null ? '-' : formatAmount(amount)])),
      })),
    },
  };
}

/** A domain round as POST /rounds takes it (amounts as Danish text): the same body the tests send. */
export function roundBody(round) {
  return loadTs('libs/shared/testing/src/demo-requests.ts').roundRequest(round);
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// Also runnable on its own against services that are already up: node tools/demo/run-budget-round.mjs
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runMain(() => runBudgetRound(loadSettings()));
}
