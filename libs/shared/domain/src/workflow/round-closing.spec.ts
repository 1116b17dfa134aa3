import { budgetOffice, committeeSecretariat, fuSecretariat, rrSecretariat } from '../testing/workflow.builder';
import { holderOf, isFinalState } from './proposal-holder';
import { PROPOSAL_STATES, ProposalState } from './proposal-state';
import { CLOSING_REASONS, closingStep } from './round-closing';
import { WORKFLOW_ACTIONS } from './workflow-action';
import { WORKFLOW_TRANSITIONS, allowedActions, applyAction } from './workflow-rules';

describe('who holds a proposal', () => {
  it.each<[ProposalState, string | null]>([
    ['draft', 'committee'],
    ['returned', 'committee'],
    ['submitted', 'administration'],
    ['on_fu_agenda', 'administration'],
    ['approved_by_fu', 'administration'],
    ['rejected_by_fu', null],
    ['adopted', null],
    ['not_adopted', null],
    ['withdrawn', null],
    ['lapsed', null],
  ])('%s is held by %s', (state, holder) => {
    expect(holderOf(state)).toBe(holder);
  });

  it('lets only the holder decide: every transition a person makes starts in a state its side holds', () => {
    for (const transition of WORKFLOW_TRANSITIONS.filter((candidate) => candidate.by !== 'round_closing')) {
      const side =
        transition.by === 'owner' ? (transition.from === 'draft' || transition.from === 'returned' ? 'committee' : 'administration') : 'administration';
      // A committee's withdrawal of a submitted proposal is a request the administration decides.
      expect([transition.from, transition.action, holderOf(transition.from)]).toEqual([transition.from, transition.action, side]);
    }
  });

  it('has no transition out of a final state', () => {
    for (const state of PROPOSAL_STATES.filter(isFinalState)) {
      expect(WORKFLOW_TRANSITIONS.filter((transition) => transition.from === state)).toEqual([]);
    }
  });
});

describe('closing the round with the budget agreement', () => {
  it.each<[ProposalState, boolean, string | null]>([
    ['approved_by_fu', true, 'rr_adopt → adopted'],
    ['approved_by_fu', false, 'rr_not_adopt → not_adopted'],
    ['draft', false, 'lapse → lapsed'],
    ['submitted', false, 'lapse → lapsed'],
    ['returned', false, 'lapse → lapsed'],
    ['on_fu_agenda', false, 'lapse → lapsed'],
    ['rejected_by_fu', false, null],
    ['adopted', false, null],
    ['not_adopted', false, null],
    ['withdrawn', false, null],
    ['lapsed', false, null],
    ['submitted', true, null],
  ])('%s (in the agreement: %s): %s', (state, inAgreement, expected) => {
    const step = closingStep(state, inAgreement);
    expect(step ? `${step.action} → ${step.to}` : null).toBe(expected);
  });

  it('puts the reason on record', () => {
    expect(closingStep('submitted', false)?.reason).toBe(CLOSING_REASONS.lapse);
    expect(closingStep('approved_by_fu', false)?.reason).toBe(CLOSING_REASONS.notAdopted);
  });

  it('leaves every proposal of a closed round in a final state', () => {
    for (const state of PROPOSAL_STATES) {
      for (const inAgreement of [true, false]) {
        const step = closingStep(state, inAgreement);
        expect(isFinalState(step?.to ?? state) || (inAgreement && state !== 'approved_by_fu')).toBe(true);
      }
    }
  });

  it('lets nobody lapse a proposal directly', () => {
    for (const actor of [committeeSecretariat('SU'), budgetOffice(), fuSecretariat(), rrSecretariat()]) {
      const result = applyAction({ state: 'submitted', committee: 'SU' }, 'lapse', actor);
      expect(result.ok ? 'allowed' : result.code).toBe('workflow.wrong_role');
    }
  });
});

describe('a closed round', () => {
  const closed = { committee: 'SU', roundClosed: true };

  it('refuses every action on every proposal with the reason', () => {
    for (const state of PROPOSAL_STATES) {
      for (const action of WORKFLOW_ACTIONS) {
        const result = applyAction({ ...closed, state }, action, committeeSecretariat('SU'));
        expect(result.ok ? 'allowed' : result.code).toBe('workflow.round_closed');
      }
    }
    const result = applyAction({ ...closed, state: 'approved_by_fu' }, 'rr_adopt', rrSecretariat());
    expect(result.ok ? '' : result.reason).toBe(
      'Budgetrunden er afsluttet med budgetaftalen; handlingen «RR: Vedtag» er ikke længere mulig på rundens forslag.',
    );
  });

  it('offers no action', () => {
    expect(allowedActions('draft', 'SU', committeeSecretariat('SU'), true)).toEqual([]);
    expect(allowedActions('draft', 'SU', committeeSecretariat('SU'))).toEqual(['edit', 'submit', 'withdraw']);
  });
});
