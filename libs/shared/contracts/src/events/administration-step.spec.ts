import { administrationStepOf, withStep } from './administration-step';
import { ProposalWorkflowChangedV1 } from './workflow-events';

function change(overrides: Partial<ProposalWorkflowChangedV1>): ProposalWorkflowChangedV1 {
  return {
    proposalId: 'p',
    roundId: 'r',
    state: 'submitted',
    stateSequence: 4,
    remark: null,
    meeting: { id: 'm', body: 'FU', date: '2025-05-19', agendaItem: 3 },
    outcome: 'postponed',
    decisionText: 'Udsat til næste møde.',
    decidedTable: null,
    reason: null,
    ...overrides,
  };
}

describe('the administration steps followers keep', () => {
  it('are built from a workflow event: state, state sequence, meeting date, outcome and decision text', () => {
    expect(administrationStepOf(change({}))).toEqual({
      stateSequence: 4,
      state: 'submitted',
      meetingDate: '2025-05-19',
      outcome: 'postponed',
      decisionText: 'Udsat til næste møde.',
    });
    expect(administrationStepOf(change({ state: 'lapsed', stateSequence: 5, meeting: null, outcome: null, decisionText: null }))).toEqual({
      stateSequence: 5,
      state: 'lapsed',
      meetingDate: null,
      outcome: null,
      decisionText: null,
    });
  });

  it('are kept once each, in state-sequence order whatever order the events arrive in', () => {
    const later = administrationStepOf(change({ state: 'lapsed', stateSequence: 6, meeting: null, outcome: null, decisionText: null }));
    const earlier = administrationStepOf(change({}));
    const kept = withStep(withStep([], later), earlier);
    expect(kept.map((step) => step.stateSequence)).toEqual([4, 6]);
    expect(withStep(kept, earlier)).toBe(kept);
  });
});
