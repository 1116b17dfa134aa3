import { budgetOffice, committeeSecretariat, fuSecretariat, politician, reader, rrSecretariat } from '../testing/workflow.builder';
import { Actor } from '../workflow/actor';
import { Answerer } from './answerer';
import { QUESTION_ACTS, QuestionAct } from './question-act';
import { allowedQuestionActs, applyQuestionAct, QUESTION_TRANSITIONS, QuestionActResult } from './question-rules';
import { QUESTION_STATES, QuestionState } from './question-state';

// The rules written out again, independently of the implementation: "from act" → [who, to].
// A member asks; the budget office rewords, merges, assigns, sends back and approves; the answerer answers.
const BRIEF: Readonly<Record<string, readonly [string, QuestionState]>> = {
  'new ask': ['member', 'asked'],
  'asked reword': ['budget_office', 'asked'],
  'assigned reword': ['budget_office', 'assigned'],
  'sent_back reword': ['budget_office', 'sent_back'],
  'asked merge': ['budget_office', 'merged'],
  'assigned merge': ['budget_office', 'merged'],
  'sent_back merge': ['budget_office', 'merged'],
  'asked assign': ['budget_office', 'assigned'],
  'assigned assign': ['budget_office', 'assigned'],
  'sent_back assign': ['budget_office', 'assigned'],
  'assigned answer': ['answerer', 'answered'],
  'sent_back answer': ['answerer', 'answered'],
  'answered answer': ['answerer', 'answered'],
  'answered send_back': ['budget_office', 'sent_back'],
  'answered approve': ['budget_office', 'approved'],
};

const ACTORS: readonly [string, Actor][] = [
  ['member', politician('Venstre')],
  ['another party’s member', politician('Socialdemokratiet')],
  ['budget office', budgetOffice()],
  ['SU (the answerer)', committeeSecretariat('SU')],
  ['DNS', committeeSecretariat('DNS')],
  ['FU', fuSecretariat()],
  ['RR', rrSecretariat()],
  ['reader', reader()],
];

const STATES: readonly (QuestionState | null)[] = [null, ...QUESTION_STATES];

function expected(state: QuestionState | null, act: QuestionAct, actorName: string, answerer: Answerer | null): string {
  const rule = BRIEF[`${state ?? 'new'} ${act}`];
  if (!rule) return 'question.invalid_transition';
  const [who, to] = rule;
  if (who === 'member') return actorName.includes('member') ? `→ ${to}` : 'question.wrong_role';
  if (who === 'budget_office') return actorName === 'budget office' ? `→ ${to}` : 'question.wrong_role';
  // The answerer: a committee secretariat or the budget office may answer at all; only the assigned one does.
  if (!['budget office', 'SU (the answerer)', 'DNS'].includes(actorName)) return 'question.wrong_role';
  const assigned = answerer?.kind === 'budget_office' ? 'budget office' : answerer?.kind === 'committee' ? `${answerer.committee}` : '';
  return actorName === assigned || actorName.startsWith(`${assigned} `) ? `→ ${to}` : 'question.not_answerer';
}

const outcome = (result: QuestionActResult) => (result.ok ? `→ ${result.to}` : result.code);

describe('budget question rules: every state × act × role', () => {
  for (const answerer of [{ kind: 'committee', committee: 'SU' }, { kind: 'budget_office' }] as Answerer[]) {
    const cells = STATES.flatMap((state) => QUESTION_ACTS.flatMap((act) => ACTORS.map(([name, actor]) => [state, act, name, actor] as const)));

    it(`answers every cell as the brief says (answerer: ${answerer.kind})`, () => {
      expect(cells).toHaveLength(7 * 7 * 8);
      for (const [state, act, name, actor] of cells) {
        const result = applyQuestionAct({ state, answerer }, act, actor);
        expect([state, act, name, outcome(result)]).toEqual([state, act, name, expected(state, act, name, answerer)]);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(30);
      }
    });
  }

  it('has exactly the brief’s transitions, each (state, act) once', () => {
    const keys = QUESTION_TRANSITIONS.map((transition) => `${transition.from ?? 'new'} ${transition.act}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.fromEntries(QUESTION_TRANSITIONS.map((t) => [`${t.from ?? 'new'} ${t.act}`, [t.by, t.to]]))).toEqual(BRIEF);
  });

  it('ends in approved and merged: nothing more can be done', () => {
    for (const state of ['approved', 'merged'] as const) {
      for (const [, actor] of ACTORS) expect(allowedQuestionActs({ state, answerer: { kind: 'committee', committee: 'SU' } }, actor)).toEqual([]);
    }
  });

  it('lists what each may do now', () => {
    const su: Answerer = { kind: 'committee', committee: 'SU' };
    expect(allowedQuestionActs({ state: 'answered', answerer: su }, budgetOffice())).toEqual(['send_back', 'approve']);
    expect(allowedQuestionActs({ state: 'answered', answerer: su }, committeeSecretariat('SU'))).toEqual(['answer']);
    expect(allowedQuestionActs({ state: 'asked', answerer: null }, budgetOffice())).toEqual(['reword', 'merge', 'assign']);
    expect(allowedQuestionActs({ state: 'assigned', answerer: su }, politician())).toEqual([]);
  });

  it('gives Danish reasons naming the state, the act and who may', () => {
    const su: Answerer = { kind: 'committee', committee: 'SU' };
    expect(applyQuestionAct({ state: 'assigned', answerer: su }, 'answer', committeeSecretariat('DNS'))).toEqual({
      ok: false,
      code: 'question.not_answerer',
      reason: 'Spørgsmålet er fordelt til Udvalgssekretariatet for SU; udvalgssekretariatet for «DNS» kan ikke besvare det.',
    });
    expect(applyQuestionAct({ state: 'answered', answerer: su }, 'approve', committeeSecretariat('SU'))).toEqual({
      ok: false,
      code: 'question.wrong_role',
      reason:
        'Handlingen «Godkendt og offentliggjort» på et spørgsmål med status «Besvaret, afventer godkendelse» kan kun udføres af Koncernøkonomi, ikke af udvalgssekretariatet for «SU».',
    });
    expect(applyQuestionAct({ state: 'approved', answerer: su }, 'answer', committeeSecretariat('SU'))).toEqual({
      ok: false,
      code: 'question.invalid_transition',
      reason: 'Handlingen «Besvaret» er ikke mulig for et spørgsmål med status «Godkendt og offentliggjort»; spørgsmålet er færdigbehandlet.',
    });
    expect(applyQuestionAct({ state: null, answerer: null }, 'ask', reader())).toMatchObject({
      code: 'question.wrong_role',
      reason: 'Handlingen «Spørgsmål stillet» på et nyt spørgsmål kan kun udføres af et regionsrådsmedlem, ikke af Læser.',
    });
  });

  it('plays a question’s life: asked, assigned, answered, sent back, answered again, approved', () => {
    const su: Answerer = { kind: 'committee', committee: 'SU' };
    const steps: [QuestionAct, Actor][] = [
      ['ask', politician()],
      ['reword', budgetOffice()],
      ['assign', budgetOffice()],
      ['answer', committeeSecretariat('SU')],
      ['send_back', budgetOffice()],
      ['answer', committeeSecretariat('SU')],
      ['approve', budgetOffice()],
    ];
    let state: QuestionState | null = null;
    const visited: (QuestionState | null)[] = [state];
    for (const [act, actor] of steps) {
      const result = applyQuestionAct({ state, answerer: state === null || state === 'asked' ? null : su }, act, actor);
      if (!result.ok) throw new Error(result.reason);
      state = result.to;
      visited.push(state);
    }
    expect(visited).toEqual([null, 'asked', 'asked', 'assigned', 'answered', 'sent_back', 'answered', 'approved']);
  });
});
