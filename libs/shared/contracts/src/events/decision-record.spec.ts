import { ConsequenceTable } from '@budgetflow/domain';
import { amendingDecisionOf, withDecision } from './decision-record';
import { ProposalWorkflowChangedV1 } from './workflow-events';

const table: ConsequenceTable = { columns: ['2026', 'permanent'], rows: [{ category: 'drift', label: 'Løn', cells: { '2026': -100, permanent: -100 } }] };

function change(overrides: Partial<ProposalWorkflowChangedV1>): ProposalWorkflowChangedV1 {
  return {
    proposalId: 'p',
    roundId: 'r',
    state: 'approved_by_fu',
    stateSequence: 4,
    remark: null,
    meeting: { id: 'm', body: 'FU', date: '2025-05-19', agendaItem: 3 },
    outcome: 'approved_with_changes',
    decisionText: 'Godkendt med ændringer.',
    decidedTable: table,
    reason: null,
    ...overrides,
  };
}

describe('the decision record followers keep', () => {
  it('is built from a decision with an amended table', () => {
    expect(amendingDecisionOf(change({}))).toEqual({ body: 'FU', meetingDate: '2025-05-19', amendedTable: table, stateSequence: 4 });
  });

  it('is none for an event without an amended table or meeting', () => {
    expect(amendingDecisionOf(change({ decidedTable: null, outcome: 'approved' }))).toBeNull();
    expect(amendingDecisionOf(change({ meeting: null }))).toBeNull();
  });

  it('is kept once, however often its event arrives', () => {
    const decision = amendingDecisionOf(change({}));
    const once = withDecision([], decision);
    expect(withDecision(once, decision)).toBe(once);
    expect(withDecision(once, null)).toBe(once);
    expect(
      withDecision(once, amendingDecisionOf(change({ stateSequence: 6, meeting: { id: 'n', body: 'RR', date: '2025-09-20', agendaItem: 1 } }))),
    ).toHaveLength(2);
  });
});
