import { budgetOffice, committeeSecretariat, fuSecretariat, politician, reader, rrSecretariat } from '../testing/workflow.builder';
import { Actor } from '../workflow/actor';
import { mayReadAnswer, mayReadDrafts, mayReadQuestion, questionScopeOf } from './question-visibility';
import { QUESTION_STATES } from './question-state';

const su = { kind: 'committee', committee: 'SU' } as const;
const ACTORS: [string, Actor, string][] = [
  ['the asker', politician('Venstre'), 'jkrogh'],
  ['another member', politician('Socialdemokratiet'), 'mlund'],
  ['the budget office', budgetOffice(), 'kho'],
  ['the answerer', committeeSecretariat('SU'), 'su'],
  ['another committee', committeeSecretariat('DNS'), 'dns'],
  ['FU', fuSecretariat(), 'fu'],
  ['RR', rrSecretariat(), 'rr'],
  ['a reader', reader(), 'laeser'],
];

describe('who reads a budget question and its answer', () => {
  it.each(ACTORS)('%s', (who, actor, userId) => {
    for (const state of QUESTION_STATES) {
      const question = { askedBy: 'jkrogh', state, answerer: state === 'asked' ? null : su };
      const readsQuestion = state === 'approved' || ['the asker', 'the budget office'].includes(who) || (who === 'the answerer' && state !== 'asked');
      const readsAnswer = state === 'approved' || who === 'the budget office' || (who === 'the answerer' && state !== 'asked');
      expect([state, mayReadQuestion(actor, userId, question)]).toEqual([state, readsQuestion]);
      expect([state, mayReadAnswer(actor, question)]).toEqual([state, readsAnswer]);
      const readsDrafts = who === 'the budget office' || (who === 'the answerer' && state !== 'asked');
      expect([state, mayReadDrafts(actor, question)]).toEqual([state, readsDrafts]);
    }
  });

  it('never shows a member an unapproved answer, not even to its own question', () => {
    for (const state of QUESTION_STATES.filter((candidate) => candidate !== 'approved')) {
      expect(mayReadAnswer(politician('Venstre'), { state, answerer: su })).toBe(false);
    }
  });

  it('lists by scope: all, the committee’s, the member’s own, or the approved ones', () => {
    expect(questionScopeOf(budgetOffice(), 'kho')).toEqual({ all: true });
    expect(questionScopeOf(committeeSecretariat('SU'), 'su')).toEqual({ committee: 'SU' });
    expect(questionScopeOf(politician(), 'jkrogh')).toEqual({ askedBy: 'jkrogh' });
    for (const actor of [fuSecretariat(), rrSecretariat(), reader()]) expect(questionScopeOf(actor, 'x')).toEqual({ approvedOnly: true });
  });
});
