import { holderOf } from './proposal-holder';
import { AdministrationAction, COMMITTEE_ACTIONS } from './holder-action';
import { WORKFLOW_ACTIONS } from './workflow-action';
import { WORKFLOW_TRANSITIONS } from './workflow-rules';

describe('the actions of each holder', () => {
  it('gives the committee side its steps and the closing lapse', () => {
    expect(COMMITTEE_ACTIONS).toEqual(['create', 'edit', 'submit', 'withdraw', 'lapse']);
  });

  it('gives the administration every action the rules allow from a state it holds', () => {
    const administration: AdministrationAction[] = WORKFLOW_ACTIONS.filter(
      (action): action is AdministrationAction => action !== 'edit' && action !== 'submit',
    );
    const fromAdministration = new Set(
      WORKFLOW_TRANSITIONS.filter((transition) => holderOf(transition.from) === 'administration').map((transition) => transition.action),
    );
    expect([...fromAdministration].sort()).toEqual([...administration].sort());
  });

  it('leaves the committee side every action the rules allow from a state it holds', () => {
    const fromCommittee = new Set(
      WORKFLOW_TRANSITIONS.filter((transition) => holderOf(transition.from) === 'committee').map((transition) => transition.action),
    );
    expect([...fromCommittee].every((action) => (COMMITTEE_ACTIONS as readonly string[]).includes(action))).toBe(true);
  });
});
