import { aTable, aTableOf } from '../testing/proposal.builder';
import { budgetOffice, committeeSecretariat, fuSecretariat, politician, reader, rrSecretariat } from '../testing/workflow.builder';
import { Actor } from './actor';
import { PROPOSAL_STATES, ProposalState } from './proposal-state';
import { WORKFLOW_ACTIONS, WorkflowAction } from './workflow-action';
import { ActionDetails, ActionResult, allowedActions, applyAction, WORKFLOW_TRANSITIONS } from './workflow-rules';

// The workflow table (who may do what), written out again independently of the implementation.
// Each entry: "from action" → [who may, to]. Anything else must be refused.
const BRIEF: Readonly<Record<string, readonly [string, ProposalState]>> = {
  'draft edit': ['owner', 'draft'],
  'draft submit': ['owner', 'submitted'],
  'draft withdraw': ['owner', 'withdrawn'],
  'submitted return_with_remarks': ['budget_office', 'returned'],
  'submitted schedule_for_fu': ['budget_office', 'on_fu_agenda'],
  'submitted withdraw': ['owner', 'withdrawn'],
  'returned edit': ['owner', 'returned'],
  'returned submit': ['owner', 'submitted'],
  'returned withdraw': ['owner', 'withdrawn'],
  'on_fu_agenda fu_approve': ['fu_secretariat', 'approved_by_fu'],
  'on_fu_agenda fu_approve_with_changes': ['fu_secretariat', 'approved_by_fu'],
  'on_fu_agenda fu_reject': ['fu_secretariat', 'rejected_by_fu'],
  'on_fu_agenda fu_postpone': ['fu_secretariat', 'submitted'],
  'on_fu_agenda fu_return_to_committee': ['fu_secretariat', 'returned'],
  'approved_by_fu rr_adopt': ['rr_secretariat', 'adopted'],
  'approved_by_fu rr_adopt_with_changes': ['rr_secretariat', 'adopted'],
  'approved_by_fu rr_not_adopt': ['rr_secretariat', 'not_adopted'],
  // The budget agreement closes the round; no person lapses a proposal directly.
  'draft lapse': ['round_closing', 'lapsed'],
  'submitted lapse': ['round_closing', 'lapsed'],
  'returned lapse': ['round_closing', 'lapsed'],
  'on_fu_agenda lapse': ['round_closing', 'lapsed'],
};

const OWNER = 'SU';
const ACTORS: readonly [string, Actor][] = [
  ['owner', committeeSecretariat(OWNER)],
  ['other committee', committeeSecretariat('DNS')],
  ['budget_office', budgetOffice()],
  ['fu_secretariat', fuSecretariat()],
  ['rr_secretariat', rrSecretariat()],
  ['reader', reader()],
  ['politician', politician()],
];

// Everything an action could need, so that these cases test permission only.
const FULL_DETAILS: Record<WorkflowAction, ActionDetails> = Object.fromEntries(
  WORKFLOW_ACTIONS.map((action) => [action, { remark: 'Tabellen mangler Permanent.', amendedTable: action.endsWith('_with_changes') ? aTable() : null }]),
) as Record<WorkflowAction, ActionDetails>;

function expectedOutcome(state: ProposalState, action: WorkflowAction, actorName: string): string {
  // A member of the regional council reads proposals as a reader does: it acts on none.
  if (actorName === 'reader' || actorName === 'politician') return 'workflow.reader_read_only';
  const rule = BRIEF[`${state} ${action}`];
  if (!rule) return 'workflow.invalid_transition';
  const [who, to] = rule;
  if (who === 'owner') {
    if (actorName === 'owner') return `→ ${to}`;
    return actorName === 'other committee' ? 'workflow.not_owner' : 'workflow.wrong_role';
  }
  return actorName === who ? `→ ${to}` : 'workflow.wrong_role';
}

function outcomeOf(result: ActionResult): string {
  return result.ok ? `→ ${result.to}` : result.code;
}

const CELLS = PROPOSAL_STATES.flatMap((state) =>
  WORKFLOW_ACTIONS.flatMap((action) => ACTORS.map(([name, actor]) => [state, action, name, actor, expectedOutcome(state, action, name)] as const)),
);

describe('workflow rules: every state × action × role', () => {
  it('covers every cell: 10 states × 14 actions × 7 actors', () => {
    expect(CELLS).toHaveLength(10 * 14 * 7);
  });

  it.each(CELLS)('%s + %s by %s: %s', (state, action, _name, actor, expected) => {
    const result = applyAction({ state, committee: OWNER }, action, actor, FULL_DETAILS[action]);
    expect(outcomeOf(result)).toBe(expected);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(20);
  });

  it('allowedActions agrees with applyAction in every cell', () => {
    for (const state of PROPOSAL_STATES) {
      for (const [name, actor] of ACTORS) {
        const expected = WORKFLOW_ACTIONS.filter((action) => expectedOutcome(state, action, name).startsWith('→'));
        expect([state, name, allowedActions(state, OWNER, actor)]).toEqual([state, name, expected]);
      }
    }
  });

  it("has exactly the brief's transitions, each (state, action) once", () => {
    const keys = WORKFLOW_TRANSITIONS.map((transition) => `${transition.from} ${transition.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.fromEntries(WORKFLOW_TRANSITIONS.map((t) => [`${t.from} ${t.action}`, [t.by, t.to]]))).toEqual(BRIEF);
  });

  it('ends in the final states: nothing can be done to them', () => {
    for (const state of ['rejected_by_fu', 'adopted', 'not_adopted', 'withdrawn', 'lapsed'] as const) {
      for (const [, actor] of ACTORS) expect(allowedActions(state, OWNER, actor)).toEqual([]);
    }
  });
});

describe('workflow reasons (Danish, naming state and action)', () => {
  const su = { state: 'draft' as ProposalState, committee: 'SU' };

  it.each<[string, ProposalState, WorkflowAction, Actor, string]>([
    [
      'RR before FU',
      'draft',
      'rr_adopt',
      rrSecretariat(),
      'Et forslag med status «Kladde» kan ikke behandles af Regionsrådet; det skal først godkendes af Forretningsudvalget.',
    ],
    [
      'FU before the agenda',
      'submitted',
      'fu_approve',
      fuSecretariat(),
      "Et forslag med status «Indsendt» kan ikke behandles af Forretningsudvalget; det skal først sættes på FU's dagsorden af Koncernøkonomi.",
    ],
    [
      'FU twice',
      'approved_by_fu',
      'fu_reject',
      fuSecretariat(),
      'Et forslag med status «Godkendt af FU» er allerede behandlet af Forretningsudvalget; handlingen «FU: Afvis» er ikke mulig.',
    ],
    [
      'edit after submitting',
      'submitted',
      'edit',
      committeeSecretariat('SU'),
      'Et forslag med status «Indsendt» kan ikke redigeres; kun forslag med status «Kladde» eller «Retur til udvalg» kan redigeres.',
    ],
    [
      'anything on a final state',
      'adopted',
      'withdraw',
      committeeSecretariat('SU'),
      'Et forslag med status «Vedtaget» er færdigbehandlet; handlingen «Træk tilbage» er ikke mulig.',
    ],
    [
      'another action than the possible ones',
      'on_fu_agenda',
      'submit',
      committeeSecretariat('SU'),
      'Handlingen «Indsend» er ikke mulig for et forslag med status «Klar til FU»; mulige handlinger er «FU: Godkend», «FU: Godkend med ændringer», «FU: Afvis», «FU: Udsæt» og «FU: Send tilbage til udvalget».',
    ],
    [
      'the wrong role',
      'submitted',
      'return_with_remarks',
      committeeSecretariat('SU'),
      'Handlingen «Send retur med bemærkninger» på et forslag med status «Indsendt» kan kun udføres af Koncernøkonomi, ikke af udvalgssekretariatet for «SU».',
    ],
    [
      'a central role on an owner action',
      'draft',
      'submit',
      budgetOffice(),
      'Handlingen «Indsend» på et forslag med status «Kladde» kan kun udføres af det udvalg, der ejer forslaget («SU»), ikke af Koncernøkonomi.',
    ],
    [
      'another committee',
      'draft',
      'submit',
      committeeSecretariat('DNS'),
      'Forslaget tilhører udvalget «SU»; udvalgssekretariatet for «DNS» kan ikke udføre «Indsend» på det.',
    ],
    [
      'a reader',
      'draft',
      'submit',
      reader(),
      'Et forslag med status «Kladde» kan ikke ændres af en læser; læsere har kun læseadgang og kan ikke udføre «Indsend».',
    ],
    [
      'a member of the regional council',
      'approved_by_fu',
      'rr_adopt',
      politician(),
      'Et forslag med status «Godkendt af FU» kan ikke ændres af et regionsrådsmedlem; regionsrådsmedlemmer læser forslagene og kan ikke udføre «RR: Vedtag».',
    ],
  ])('%s', (_why, state, action, actor, reason) => {
    const result = applyAction({ ...su, state }, action, actor);
    expect(result.ok ? undefined : result.reason).toBe(reason);
  });
});

describe('action details', () => {
  const submitted = { state: 'submitted' as ProposalState, committee: 'SU' };
  const onAgenda = { state: 'on_fu_agenda' as ProposalState, committee: 'SU' };
  const approved = { state: 'approved_by_fu' as ProposalState, committee: 'SU' };

  it('returns a proposal with a remark', () => {
    expect(applyAction(submitted, 'return_with_remarks', budgetOffice(), { remark: 'Udfyld Permanent.' })).toEqual({ ok: true, to: 'returned' });
  });

  it.each([undefined, null, '', '   '])('refuses to return a proposal with remark %j', (remark) => {
    expect(applyAction(submitted, 'return_with_remarks', budgetOffice(), { remark })).toEqual({
      ok: false,
      code: 'workflow.remark_required',
      reason: 'Handlingen «Send retur med bemærkninger» kræver en bemærkning til udvalget om, hvad der skal rettes.',
    });
  });

  it.each<[typeof onAgenda, WorkflowAction, Actor]>([
    [onAgenda, 'fu_approve_with_changes', fuSecretariat()],
    [approved, 'rr_adopt_with_changes', rrSecretariat()],
  ])('needs the amended table for %s', (subject, action, actor) => {
    expect(applyAction(subject, action, actor)).toEqual(expect.objectContaining({ ok: false, code: 'workflow.amended_table_required' }));
    expect(applyAction(subject, action, actor, { amendedTable: aTableOf(-500, -500, -500, -500) }).ok).toBe(true);
  });

  it('refuses an amended table on a decision without changes, pointing to the right action', () => {
    expect(applyAction(approved, 'rr_adopt', rrSecretariat(), { amendedTable: aTable() })).toEqual({
      ok: false,
      code: 'workflow.amended_table_not_allowed',
      reason: 'Handlingen «RR: Vedtag» tager ikke en ændret tabel; brug «RR: Vedtag med ændringer», hvis beløbene er ændret.',
    });
    expect(applyAction(onAgenda, 'fu_approve', fuSecretariat(), { amendedTable: aTable() })).toEqual(
      expect.objectContaining({ reason: 'Handlingen «FU: Godkend» tager ikke en ændret tabel; brug «FU: Godkend med ændringer», hvis beløbene er ændret.' }),
    );
    expect(applyAction(submitted, 'schedule_for_fu', budgetOffice(), { amendedTable: aTable() })).toEqual(
      expect.objectContaining({ code: 'workflow.amended_table_not_allowed', reason: 'Handlingen «Sæt på FU-dagsorden» tager ikke en ændret tabel.' }),
    );
  });

  it('checks permission before details', () => {
    expect(applyAction(submitted, 'return_with_remarks', reader())).toEqual(expect.objectContaining({ code: 'workflow.reader_read_only' }));
  });

  it('still lists actions whose details are not yet given', () => {
    expect(allowedActions('submitted', 'SU', budgetOffice())).toEqual(['return_with_remarks', 'schedule_for_fu']);
  });
});

describe('a full journey', () => {
  it('goes from draft, back with remarks, through FU and RR to adopted', () => {
    const steps: [WorkflowAction, Actor, ActionDetails][] = [
      ['edit', committeeSecretariat(), {}],
      ['submit', committeeSecretariat(), {}],
      ['return_with_remarks', budgetOffice(), { remark: 'Udfyld Permanent.' }],
      ['edit', committeeSecretariat(), {}],
      ['submit', committeeSecretariat(), {}],
      ['schedule_for_fu', budgetOffice(), {}],
      ['fu_postpone', fuSecretariat(), {}],
      ['schedule_for_fu', budgetOffice(), {}],
      ['fu_approve', fuSecretariat(), {}],
      ['rr_adopt_with_changes', rrSecretariat(), { amendedTable: aTable() }],
    ];
    let state: ProposalState = 'draft';
    const visited: ProposalState[] = [state];
    for (const [action, actor, details] of steps) {
      const result = applyAction({ state, committee: 'SU' }, action, actor, details);
      if (!result.ok) throw new Error(result.reason);
      state = result.to;
      visited.push(state);
    }
    expect(visited).toEqual([
      'draft',
      'draft',
      'submitted',
      'returned',
      'returned',
      'submitted',
      'on_fu_agenda',
      'submitted',
      'on_fu_agenda',
      'approved_by_fu',
      'adopted',
    ]);
  });
});
