import { describeActor, ROLE_LABELS, ROLES } from './actor';
import { isProposalState, PROPOSAL_STATE_LABELS, PROPOSAL_STATES } from './proposal-state';
import { isWorkflowAction, WORKFLOW_ACTION_LABELS, WORKFLOW_ACTIONS } from './workflow-action';

describe('workflow vocabulary', () => {
  it("has the brief's Danish state labels", () => {
    expect(PROPOSAL_STATES.map((state) => PROPOSAL_STATE_LABELS[state])).toEqual([
      'Kladde',
      'Indsendt',
      'Retur til udvalg',
      'Klar til FU',
      'Godkendt af FU',
      'Afvist af FU',
      'Vedtaget',
      'Ikke vedtaget',
      'Trukket tilbage',
      'Bortfaldet',
    ]);
  });

  it('labels every action and role', () => {
    expect(Object.keys(WORKFLOW_ACTION_LABELS).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('recognises states and actions read from outside', () => {
    expect(isProposalState('approved_by_fu')).toBe(true);
    expect(isProposalState('Kladde')).toBe(false);
    expect(isWorkflowAction('fu_postpone')).toBe(true);
    expect(isWorkflowAction('approve')).toBe(false);
    expect(isWorkflowAction(undefined)).toBe(false);
  });

  it('describes actors in Danish', () => {
    expect(describeActor({ role: 'committee_secretariat', committee: 'DNS' })).toBe('udvalgssekretariatet for «DNS»');
    expect(describeActor({ role: 'budget_office' })).toBe('Koncernøkonomi');
    expect(describeActor({ role: 'politician', party: 'Venstre' })).toBe('et regionsrådsmedlem («Venstre»)');
  });
});
