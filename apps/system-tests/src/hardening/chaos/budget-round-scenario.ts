// The main job's round (tools/demo/run-budget-round.mjs), played through the public HTTP APIs only, by a client
// that survives services and the broker going away: every POST has an Idempotency-Key, every write is checked
// against the state it leaves when a repeat is refused.
import { Actor } from '@budgetflow/domain';
import { proposalRequest, roundRequest, tokenFor } from '@budgetflow/testing';
import { ROUND_REPORT_KEYS } from '@budgetflow/reporting/bilag';
import { ResilientApi, Success, eventually, putIfMatch } from './resilient-api';

// tools/demo/budget-2026-scenario.mjs, as data.
const RETURNED = {
  reference: 'B26-DNS-03',
  remark: 'Uddyb venligst i baggrunden, hvilke tilbagebetalingskrav det forventede niveau bygger på.',
  addition: 'Niveauet bygger på de tilbagebetalingskrav, der er fremsat i 2024 og 2025, og på de sager, der verserer i samarbejdsudvalgene.',
};
const FU_DECISIONS: Record<string, Record<string, unknown>> = {
  'B26-SU-02': {
    outcome: 'approved_with_changes',
    text: 'Godkendt med indfasning: besparelsen stiger fra 10,0 mio. kr. i 2026 til 14,0 mio. kr. fra 2028.',
    amendedTable: { rows: [{ label: 'Drift', category: 'drift', cells: { 2026: '-10,0', 2027: '-12,0', 2028: '-14,0', permanent: '-14,0' } }] },
  },
  'B26-PSU-03': { outcome: 'rejected', text: 'Afvist: gevinsterne af Borgerplatformen kan endnu ikke opgøres.' },
};
const DEFAULT_FU_DECISION = { outcome: 'approved', text: 'Godkendt som indstillet.' };
const AGREEMENT = { parties: ['Socialdemokratiet', 'Venstre', 'SF', 'Det Konservative Folkeparti'], text: 'Budgetaftale for Budget 2026.' };
const FU_DATE = '2025-05-19';
const RR_DATE = '2025-09-24';

export interface ServiceUrls {
  intake: () => string;
  workflow: () => string;
  reporting: () => string;
}

export interface RoundOutcome {
  roundId: string;
  /** Proposal id by reference. */
  ids: Record<string, string>;
  successes: Success[];
}

interface Proposal {
  id: string;
  reference: string;
  state: string;
  version: number;
  committee: string;
  content: { sections: { kind: string; body: string }[] } & Record<string, unknown>;
}

/** Plays the round for the given demo proposals (references) and returns when RR has adopted the budget. */
export async function playBudgetRound(urls: ServiceUrls, references: string[], tag: string): Promise<RoundOutcome> {
  const successes: Success[] = [];
  const api = async (url: () => string, actor: Actor) => new ResilientApi(url, { Authorization: `Bearer ${await tokenFor(actor)}` }, successes);
  const office = { intake: await api(urls.intake, { role: 'budget_office' }), workflow: await api(urls.workflow, { role: 'budget_office' }) };
  const fu = await api(urls.workflow, { role: 'fu_secretariat' });
  const rr = await api(urls.workflow, { role: 'rr_secretariat' });
  const reader = await api(urls.workflow, { role: 'reader' });
  const committees: Record<string, ResilientApi> = {};
  const committeeOf = (reference: string) => reference.split('-')[1];
  for (const code of new Set(references.map(committeeOf))) committees[code] = await api(urls.intake, { role: 'committee_secretariat', committee: code });
  const expectOk = <T>(answer: { status: number; body: T }, what: string): T => {
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  // 1. The round.
  const round = expectOk(await office.intake.send<{ id: string }>('POST', '/rounds', roundRequest(), `${tag}-round`), 'create the round');

  // 2. Each committee drafts and submits. A repeat refused with 409 after a crash: the list shows what happened.
  const ids: Record<string, string> = {};
  for (const reference of references) {
    const client = committees[committeeOf(reference)];
    const created = await client.send<Proposal>('POST', `/rounds/${round.id}/proposals`, proposalRequest(reference), `${tag}-create-${reference}`);
    const proposal =
      created.status === 201
        ? created.body
        : await eventually(`${reference} in the list`, async () =>
            (await client.get<{ items: Proposal[] }>(`/proposals?roundId=${round.id}&pageSize=100`)).body.items?.find((item) => item.reference === reference),
          );
    ids[reference] = proposal.id;
    const submitted = await client.send<Proposal>('POST', `/proposals/${proposal.id}/submit`, { version: proposal.version }, `${tag}-submit-${reference}`);
    if (submitted.status !== 200)
      await eventually(`${reference} submitted`, async () =>
        (await client.get<Proposal>(`/proposals/${proposal.id}`)).body.state === 'submitted' ? true : undefined,
      );
  }
  const workflowProposals = async () => (await reader.get<{ items: Proposal[] }>(`/proposals?roundId=${round.id}&pageSize=100`)).body.items ?? [];
  await eventually('the workflow service to receive every submission', async () =>
    (await workflowProposals()).filter((item) => item.state === 'submitted').length === references.length ? true : undefined,
  );

  // 3. The budget office returns one proposal; its committee fixes the text and resubmits.
  if (references.includes(RETURNED.reference)) {
    const id = ids[RETURNED.reference];
    const client = committees[committeeOf(RETURNED.reference)];
    const current = (await reader.get<Proposal>(`/proposals/${id}`)).body;
    const returned = await office.workflow.send('POST', `/proposals/${id}/return`, { remark: RETURNED.remark, version: current.version }, `${tag}-return`);
    if (returned.status !== 200)
      await eventually('the return', async () => ((await reader.get<Proposal>(`/proposals/${id}`)).body.state === 'returned' ? true : undefined));
    const inIntake = await eventually('intake to show the proposal as returned', async () => {
      const proposal = (await client.get<Proposal>(`/proposals/${id}`)).body;
      return proposal.state === 'returned' ? proposal : undefined;
    });
    if (!inIntake.content.sections.some((section) => section.body.includes(RETURNED.addition))) {
      const input = proposalRequest(RETURNED.reference, { reference: undefined, committee: undefined });
      const sections = (input.sections as { kind: string; body: string }[]).map((section) =>
        section.kind === 'baggrund' ? { ...section, body: `${section.body}\n\n${RETURNED.addition}` } : section,
      );
      const sent = { ...input, sections };
      const sameText = (stored: Proposal) =>
        JSON.stringify(stored.content.sections.map(({ kind, body }) => ({ kind, body }))) ===
        JSON.stringify(sections.map(({ kind, body }) => ({ kind, body })));
      const edited = await putIfMatch<Proposal>(client, `/proposals/${id}`, sent, inIntake.version, sameText);
      if (edited.status !== 200) throw new Error(`The edit was refused: ${JSON.stringify(edited.body)}`);
    }
    const fixed = (await client.get<Proposal>(`/proposals/${id}`)).body;
    const resubmitted = await client.send('POST', `/proposals/${id}/submit`, { version: fixed.version }, `${tag}-resubmit`);
    if (resubmitted.status !== 200)
      await eventually('the resubmission', async () => ((await client.get<Proposal>(`/proposals/${id}`)).body.state === 'submitted' ? true : undefined));
    await eventually('the workflow service to see the resubmission', async () =>
      (await reader.get<Proposal>(`/proposals/${id}`)).body.state === 'submitted' ? true : undefined,
    );
  }

  // 4. FU's agenda and decisions, in the catalogue's order.
  const meeting = expectOk(
    await office.workflow.send<{ id: string }>(
      'POST',
      '/meetings',
      { roundId: round.id, body: 'FU', date: FU_DATE, title: 'Forretningsudvalgets møde om udvalgenes forslag' },
      `${tag}-fu-meeting`,
    ),
    'the FU meeting',
  );
  for (const reference of references) {
    const id = ids[reference];
    const added = await office.workflow.send('POST', `/meetings/${meeting.id}/agenda-items`, { proposalId: id }, `${tag}-agenda-${reference}`);
    if (added.status >= 300) {
      await eventually(`${reference} on the agenda`, async () =>
        (await reader.get<{ agenda: { proposalId: string }[] }>(`/meetings/${meeting.id}`)).body.agenda.some((item) => item.proposalId === id)
          ? true
          : undefined,
      );
    }
  }
  const agenda = (await reader.get<{ agenda: { number: number; reference: string; proposalId: string; decision?: unknown }[] }>(`/meetings/${meeting.id}`)).body
    .agenda;
  for (const item of agenda) {
    const decided = await fu.send(
      'POST',
      `/meetings/${meeting.id}/agenda-items/${item.number}/decision`,
      FU_DECISIONS[item.reference] ?? DEFAULT_FU_DECISION,
      `${tag}-decide-${item.reference}`,
    );
    if (decided.status !== 200) {
      await eventually(`FU's decision on ${item.reference}`, async () =>
        (await reader.get<{ agenda: { number: number; decision?: unknown }[] }>(`/meetings/${meeting.id}`)).body.agenda.find(
          (candidate) => candidate.number === item.number,
        )?.decision
          ? true
          : undefined,
      );
    }
  }

  // 5. RR adopts the approved proposals in the budget agreement.
  const rrMeeting = expectOk(
    await rr.send<{ id: string }>(
      'POST',
      '/meetings',
      { roundId: round.id, body: 'RR', date: RR_DATE, title: 'Regionsrådets vedtagelse af budgettet' },
      `${tag}-rr-meeting`,
    ),
    'the RR meeting',
  );
  const approved = (await workflowProposals()).filter((proposal) => proposal.state === 'approved_by_fu').map((proposal) => proposal.id);
  const agreement = await rr.send(
    'POST',
    `/meetings/${rrMeeting.id}/budget-agreement`,
    { ...AGREEMENT, date: RR_DATE, proposalIds: approved },
    `${tag}-agreement`,
  );
  if (agreement.status >= 300) {
    await eventually('the budget agreement', async () =>
      (await reader.get<{ agreement?: unknown }>(`/rounds/${round.id}/decisions`)).body.agreement ? true : undefined,
    );
  }
  return { roundId: round.id, ids, successes };
}

export interface RoundRecord {
  /** The text of every bilag, the «Dannet … · dataversion» line left out. */
  bilag: Record<string, string>;
  /** Final state and history (actions → states) of each proposal in intake and workflow, by reference. */
  proposals: Record<string, { intakeState: string; workflowState: string; intakeHistory: string[]; workflowHistory: string[] }>;
  dataVersion: number;
}

/** Waits until reporting and intake show what workflow decided, then reads the bilag and the record of every proposal. */
export async function recordOfRound(urls: ServiceUrls, outcome: RoundOutcome, textOf: (pdf: Buffer) => Promise<string>): Promise<RoundRecord> {
  const ignored: Success[] = [];
  const reader = {
    intake: new ResilientApi(urls.intake, { Authorization: `Bearer ${await tokenFor({ role: 'reader' })}` }, ignored),
    workflow: new ResilientApi(urls.workflow, { Authorization: `Bearer ${await tokenFor({ role: 'reader' })}` }, ignored),
    reporting: new ResilientApi(urls.reporting, { Authorization: `Bearer ${await tokenFor({ role: 'reader' })}` }, ignored),
  };
  const final = (await reader.workflow.get<{ items: Proposal[] }>(`/proposals?roundId=${outcome.roundId}&pageSize=100`)).body.items;
  const list = await eventually('reporting to show every decision', async () => {
    const answer = await reader.reporting.get<{ dataVersion: number; proposals: { id: string; state: string }[] }>(`/rounds/${outcome.roundId}/reports`);
    const shown = new Map((answer.body.proposals ?? []).map((proposal) => [proposal.id, proposal.state]));
    return final.every((proposal) => shown.get(proposal.id) === proposal.state) ? answer.body : undefined;
  });
  // Intake follows the workflow's decisions too, and may still be catching up after its last restart.
  await eventually('intake to show every decision', async () => {
    for (const proposal of final) if ((await reader.intake.get<Proposal>(`/proposals/${proposal.id}`)).body.state !== proposal.state) return undefined;
    return true;
  });
  // The agreement is an event of its own, keyed by the round (another partition than the proposals' adoptions), so
  // reporting can show every proposal adopted before it has the agreement: wait until its bilag names the parties.
  const { agreement } = (await reader.workflow.get<{ agreement?: unknown }>(`/rounds/${outcome.roundId}/decisions`)).body;
  if (agreement) {
    await eventually('reporting to show the budget agreement', async () =>
      (await textOf(await reader.reporting.bytes(`/rounds/${outcome.roundId}/reports/vedtaget`))).includes(AGREEMENT.parties[0]) ? true : undefined,
    );
  }
  // Reporting's quiet period: wait until its data version stops moving.
  let dataVersion = list.dataVersion;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const next = (await reader.reporting.get<{ dataVersion: number }>(`/rounds/${outcome.roundId}/reports`)).body.dataVersion;
    if (next === dataVersion) break;
    dataVersion = next;
  }
  const generated = /Dannet [^\n]*dataversion[^\n]*/g;
  const bilag: Record<string, string> = {};
  // Every report the round can have (the scenario asks no budget question: not the answers to them).
  const listed = (await reader.reporting.get<{ reports: { key: string; notYetAvailable: string | null }[] }>(`/rounds/${outcome.roundId}/reports`)).body
    .reports;
  const available = new Set(listed.filter((report) => report.notYetAvailable === null).map((report) => report.key));
  for (const report of ROUND_REPORT_KEYS.filter((key) => available.has(key))) {
    bilag[report] = (await textOf(await reader.reporting.bytes(`/rounds/${outcome.roundId}/reports/${report}`))).replace(generated, '');
  }
  const proposals: RoundRecord['proposals'] = {};
  for (const [reference, id] of Object.entries(outcome.ids).sort()) {
    bilag[`faktaark ${reference}`] = (await textOf(await reader.reporting.bytes(`/rounds/${outcome.roundId}/proposals/${id}/faktaark`))).replace(generated, '');
    const history = async (client: ResilientApi) =>
      ((await client.get<{ action: string; toState: string }[]>(`/proposals/${id}/history`)).body ?? []).map((entry) => `${entry.action}→${entry.toState}`);
    proposals[reference] = {
      intakeState: (await reader.intake.get<Proposal>(`/proposals/${id}`)).body.state,
      workflowState: (await reader.workflow.get<Proposal>(`/proposals/${id}`)).body.state,
      intakeHistory: await history(reader.intake),
      workflowHistory: await history(reader.workflow),
    };
  }
  return { bilag, proposals, dataVersion };
}
