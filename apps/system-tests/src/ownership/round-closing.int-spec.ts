import { budget2026Round, formatAmount, parseAmountOrThrow } from '@budgetflow/domain';
import { bearer, expectEventually, proposalRequest, roundRequest } from '@budgetflow/testing';
import request from 'supertest';
import { reportText } from '../support/reports';
import { useRunningServices } from '../support/services';

// Short committee names, so each bilag row reads "<name> <amounts>" without a wrapped name in between.
const COMMITTEES = [
  { code: 'SU', name: 'Sundhedsudvalget' },
  { code: 'DNS', name: 'Nærudvalget' },
  { code: 'PSU', name: 'Socialudvalget' },
  { code: 'UAR', name: 'Uddannelsesudvalget' },
] as const;
const COLUMNS = ['2026', '2027', '2028', 'permanent'] as const;
type Amounts = Record<(typeof COLUMNS)[number], number>;

/** What happens to a proposal in this round, and so what the agreement does with it. */
type Fate =
  | 'adopted' // FU approves, the agreement adopts
  | 'adopted_amended_by_fu' // FU approves with changes, the agreement adopts
  | 'adopted_amended_by_rr' // FU approves, RR adopts with changes before the agreement
  | 'rejected' // FU rejects
  | 'postponed' // FU postpones; still waiting when the agreement comes: lapses
  | 'left_out' // FU approves, the agreement leaves it out: not adopted
  | 'undecided' // on FU's agenda, never decided: lapses
  | 'returned' // sent back to the committee and not resubmitted: lapses (intake's to settle)
  | 'draft' // never submitted: lapses (intake's), and the bilag never knew it
  | 'withdrawn'; // withdrawn by the committee after submission

const FATES: readonly Fate[] = [
  'adopted',
  'adopted_amended_by_fu',
  'adopted_amended_by_rr',
  'rejected',
  'postponed',
  'left_out',
  'undecided',
  'returned',
  'draft',
  'withdrawn',
];
const ADOPTED: readonly Fate[] = ['adopted', 'adopted_amended_by_fu', 'adopted_amended_by_rr'];
const FINAL_STATE: Record<Fate, string> = {
  adopted: 'adopted',
  adopted_amended_by_fu: 'adopted',
  adopted_amended_by_rr: 'adopted',
  rejected: 'rejected_by_fu',
  postponed: 'lapsed',
  left_out: 'not_adopted',
  undecided: 'lapsed',
  returned: 'lapsed',
  draft: 'lapsed',
  withdrawn: 'withdrawn',
};

interface Planned {
  committee: string;
  reference: string;
  fate: Fate;
  submitted: Amounts;
  amended: Amounts | null;
  id?: string;
}

// A small deterministic generator, so a failure can be replayed.
function amountsFrom(seed: number): Amounts {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return -100 * (1 + (state % 60)) - (state % 7) * 25; // savings of 0,1-6,0 mio. kr., some with 0,025 steps
  };
  return { '2026': next(), '2027': next(), '2028': next(), permanent: next() };
}

const tableInput = (amounts: Amounts) => ({
  rows: [{ label: 'Drift', category: 'drift', cells: Object.fromEntries(COLUMNS.map((column) => [column, formatAmount(amounts[column])])) }],
});

function plan(): Planned[] {
  const planned: Planned[] = [];
  COMMITTEES.forEach(({ code }, c) => {
    FATES.forEach((fate, f) => {
      const seed = 1000 * (c + 1) + f;
      const amended = fate === 'adopted_amended_by_fu' || fate === 'adopted_amended_by_rr' ? amountsFrom(seed + 500) : null;
      planned.push({ committee: code, reference: `B26-${code}-${String(f + 1).padStart(2, '0')}`, fate, submitted: amountsFrom(seed), amended });
    });
  });
  return planned;
}

/** "<name> a b c d" in a bilag's text: the amounts after the name, as thousand kroner (an empty cell is 0). */
function amountsAfter(text: string, label: string, count: number): number[] {
  const amount = '(?:[−-]?\\d{1,3}(?:\\.\\d{3})*,\\d+|-)';
  const match = new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?: ${amount}){${count}})(?= |$)`).exec(text);
  if (!match?.[1]) throw new Error(`«${label}» followed by ${count} amounts is not in the text`);
  return match[1]
    .trim()
    .split(' ')
    .map((word) => parseAmountOrThrow(word) ?? 0);
}

// The budget agreement ends the round: after it, every bilag agrees with vedtaget on what was adopted.
describe('the budget agreement closes the round', () => {
  const services = useRunningServices();

  it('settles every proposal with its reason, refuses later acts, and udmøntning, rammeopfølgning and vedtaget give the same adopted totals', async () => {
    const { intake, workflow, reporting } = services;
    const auth = async (role: string, committee?: string) => bearer(committee ? { role: 'committee_secretariat', committee } : ({ role } as never));
    const [office, fu, rr, readerAuth] = await Promise.all([auth('budget_office'), auth('fu_secretariat'), auth('rr_secretariat'), auth('reader')]);
    const toIntake = () => request(intake.getHttpServer());
    const toWorkflow = () => request(workflow.getHttpServer());
    const committees = budget2026Round.committees.map((committee) => ({
      ...committee,
      name: COMMITTEES.find((short) => short.code === committee.code)?.name ?? committee.name,
    }));
    const round = await toIntake()
      .post('/rounds')
      .set('Authorization', office)
      .send(roundRequest(budget2026Round, { name: 'Budget 2026, lukket runde', committees }))
      .expect(201);
    const roundId = round.body.id as string;
    const planned = plan();

    // The committees write and submit; one is withdrawn after its submission, one stays a draft.
    for (const proposal of planned) {
      const committee = await auth('committee_secretariat', proposal.committee);
      const body = proposalRequest(`B26-${proposal.committee}-01`, {
        reference: proposal.reference,
        title: `Forslag ${proposal.reference}`,
        table: tableInput(proposal.submitted),
      });
      const created = await toIntake().post(`/rounds/${roundId}/proposals`).set('Authorization', committee).send(body).expect(201);
      proposal.id = created.body.id;
      if (proposal.fate !== 'draft') await toIntake().post(`/proposals/${proposal.id}/submit`).set('Authorization', committee).send({}).expect(200);
    }
    const submitted = planned.filter((proposal) => proposal.fate !== 'draft');
    await expectEventually(
      async () => {
        const listed = await toWorkflow().get(`/proposals?roundId=${roundId}&state=submitted&pageSize=100`).set('Authorization', readerAuth).expect(200);
        expect(listed.body.total).toBe(submitted.length);
      },
      { timeoutMs: 60_000 },
    );
    for (const proposal of planned.filter((candidate) => candidate.fate === 'withdrawn')) {
      await toIntake()
        .post(`/proposals/${proposal.id}/withdraw`)
        .set('Authorization', await auth('committee_secretariat', proposal.committee))
        .send({})
        .expect(200);
    }
    for (const proposal of planned.filter((candidate) => candidate.fate === 'returned')) {
      await toWorkflow().post(`/proposals/${proposal.id}/return`).set('Authorization', office).send({ remark: 'Uddyb baggrunden.' }).expect(200);
    }

    // FU: everything else on the agenda, and decided as planned.
    const fuMeeting = (await toWorkflow().post('/meetings').set('Authorization', office).send({ roundId, body: 'FU', date: '2025-05-19' }).expect(201)).body
      .id as string;
    const atFu = planned.filter((proposal) => !['returned', 'draft', 'withdrawn'].includes(proposal.fate));
    const items = new Map<string, number>();
    for (const proposal of atFu) {
      const agenda = await toWorkflow().post(`/meetings/${fuMeeting}/agenda-items`).set('Authorization', office).send({ proposalId: proposal.id }).expect(201);
      items.set(proposal.reference, agenda.body.agenda.find((item: { proposalId: string }) => item.proposalId === proposal.id).number);
    }
    const fuOutcome: Partial<Record<Fate, string>> = {
      adopted: 'approved',
      adopted_amended_by_fu: 'approved_with_changes',
      adopted_amended_by_rr: 'approved',
      rejected: 'rejected',
      postponed: 'postponed',
      left_out: 'approved',
    };
    for (const proposal of atFu) {
      const outcome = fuOutcome[proposal.fate];
      if (!outcome) continue;
      const amendedTable = proposal.fate === 'adopted_amended_by_fu' && proposal.amended ? tableInput(proposal.amended) : undefined;
      await toWorkflow()
        .post(`/meetings/${fuMeeting}/agenda-items/${items.get(proposal.reference)}/decision`)
        .set('Authorization', fu)
        .send({ outcome, text: 'Besluttet.', amendedTable })
        .expect(200);
    }

    // RR: one amended before the agreement; the agreement adopts the rest of the approved, leaving some out.
    const rrMeeting = (await toWorkflow().post('/meetings').set('Authorization', rr).send({ roundId, body: 'RR', date: '2025-09-24' }).expect(201)).body
      .id as string;
    for (const proposal of planned.filter((candidate) => candidate.fate === 'adopted_amended_by_rr')) {
      const agenda = await toWorkflow().post(`/meetings/${rrMeeting}/agenda-items`).set('Authorization', rr).send({ proposalId: proposal.id }).expect(201);
      const item = agenda.body.agenda.find((entry: { proposalId: string }) => entry.proposalId === proposal.id).number;
      await toWorkflow()
        .post(`/meetings/${rrMeeting}/agenda-items/${item}/decision`)
        .set('Authorization', rr)
        .send({ outcome: 'adopted_with_changes', text: 'Vedtaget med ændringer.', amendedTable: proposal.amended ? tableInput(proposal.amended) : undefined })
        .expect(200);
    }
    const inAgreement = planned.filter((proposal) => proposal.fate === 'adopted' || proposal.fate === 'adopted_amended_by_fu');
    await toWorkflow()
      .post(`/meetings/${rrMeeting}/budget-agreement`)
      .set('Authorization', rr)
      .send({ parties: ['Socialdemokratiet', 'Venstre'], date: '2025-09-24', proposalIds: inAgreement.map((proposal) => proposal.id) })
      .expect(201);

    // Every proposal reaches its final state in the workflow and in intake, the reason on record.
    await expectEventually(
      async () => {
        const listed = await toIntake().get(`/proposals?roundId=${roundId}&pageSize=100`).set('Authorization', office).expect(200);
        const states = new Map(listed.body.items.map((proposal: { id: string; state: string }) => [proposal.id, proposal.state]));
        for (const proposal of planned) expect([proposal.reference, states.get(proposal.id)]).toEqual([proposal.reference, FINAL_STATE[proposal.fate]]);
      },
      { timeoutMs: 60_000 },
    );
    // The workflow follows intake's lapses of returned proposals, so it may be a moment behind intake.
    await expectEventually(
      async () => {
        for (const proposal of submitted) {
          const state = (await toWorkflow().get(`/proposals/${proposal.id}`).set('Authorization', readerAuth).expect(200)).body.state;
          expect([proposal.reference, state]).toEqual([proposal.reference, FINAL_STATE[proposal.fate]]);
        }
      },
      { timeoutMs: 60_000 },
    );
    const lapsedDraft = planned.find((proposal) => proposal.fate === 'draft');
    const draftHistory = await toIntake().get(`/proposals/${lapsedDraft?.id}/history`).set('Authorization', office).expect(200);
    expect(draftHistory.body.at(-1)).toMatchObject({
      action: 'lapse',
      fromState: 'draft',
      toState: 'lapsed',
      actorRole: 'rr_secretariat',
      remark: expect.stringContaining('Bortfaldet ved budgetvedtagelsen'),
    });
    const leftOut = planned.find((proposal) => proposal.fate === 'left_out');
    const leftOutHistory = await toWorkflow().get(`/proposals/${leftOut?.id}/history`).set('Authorization', readerAuth).expect(200);
    expect(leftOutHistory.body.at(-1)).toMatchObject({
      action: 'rr_not_adopt',
      toState: 'not_adopted',
      decisionText: expect.stringContaining('ikke medtaget i budgetaftalen'),
    });

    // Nothing more happens in a closed round.
    const su = await auth('committee_secretariat', 'SU');
    const late = await toIntake()
      .post(`/rounds/${roundId}/proposals`)
      .set('Authorization', su)
      .send(proposalRequest('B26-SU-01', { reference: 'B26-SU-90' }))
      .expect(409);
    expect(late.body.code).toBe('workflow.round_closed');
    expect((await toWorkflow().post('/meetings').set('Authorization', office).send({ roundId, body: 'FU', date: '2025-10-01' }).expect(409)).body.code).toBe(
      'workflow.round_closed',
    );
    const decided = planned.find((proposal) => proposal.fate === 'rejected');
    expect((await toIntake().get(`/proposals/${decided?.id}`).set('Authorization', su).expect(200)).body).toMatchObject({
      roundClosed: true,
      allowedActions: [],
    });

    // What was adopted, per committee and column, added up here from the amounts typed above.
    const expected = new Map<string, number[]>();
    for (const { code } of COMMITTEES) {
      const adopted = planned.filter((proposal) => proposal.committee === code && ADOPTED.includes(proposal.fate));
      expected.set(
        code,
        COLUMNS.map((column) => adopted.reduce((sum, proposal) => sum + (proposal.amended ?? proposal.submitted)[column], 0)),
      );
    }
    await expectEventually(
      async () => {
        const [udmoentning, vedtaget, ramme] = await Promise.all(
          ['udmoentning', 'vedtaget', 'rammeopfoelgning'].map((report) => reportText(reporting, roundId, report)),
        );
        for (const { code, name } of COMMITTEES) {
          const adopted = expected.get(code) ?? [];
          expect([code, 'udmøntning', amountsAfter(udmoentning, `I alt, ${name}`, 4)]).toEqual([code, 'udmøntning', adopted]);
          expect([code, 'vedtaget', amountsAfter(vedtaget, name, 4)]).toEqual([code, 'vedtaget', adopted]);
          // Frame, under behandling, godkendt af FU, vedtaget, medregnet, rest, ikke medregnet (the budget year).
          const [, pending, approved, adoptedInYear, counted] = amountsAfter(ramme, name, 7);
          expect([code, 'rammeopfølgning', pending, approved, adoptedInYear, counted]).toEqual([code, 'rammeopfølgning', 0, 0, adopted[0], adopted[0]]);
        }
        const adoptedCount = planned.filter((proposal) => ADOPTED.includes(proposal.fate)).length;
        expect(udmoentning).toContain(`Medtaget er de ${adoptedCount} forslag`);
      },
      { timeoutMs: 90_000 },
    );
  }, 600_000);
});
