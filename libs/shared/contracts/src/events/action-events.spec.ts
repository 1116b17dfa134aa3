import { COMMITTEE_ACTIONS, DECISION_OUTCOMES, WORKFLOW_ACTIONS, decisionAction } from '@budgetflow/domain';
import { ADMINISTRATION_ACTION_EVENTS, COMMITTEE_ACTION_EVENTS, administrationActionOf, committeeActionOf } from './action-events';
import { INTAKE_PROPOSAL_EVENTS } from './intake-events';
import { WORKFLOW_PROPOSAL_EVENTS, WorkflowEvent } from './workflow-events';

describe('the action ↔ event table', () => {
  it('gives each intake proposal event exactly one committee action, and back', () => {
    expect(INTAKE_PROPOSAL_EVENTS.map(committeeActionOf)).toEqual(['create', 'edit', 'submit', 'withdraw', 'lapse']);
    for (const action of COMMITTEE_ACTIONS) expect(committeeActionOf(COMMITTEE_ACTION_EVENTS[action])).toBe(action);
  });

  it('has an event for every action of the workflow but editing and submitting', () => {
    expect(Object.keys(ADMINISTRATION_ACTION_EVENTS).sort()).toEqual(WORKFLOW_ACTIONS.filter((action) => action !== 'edit' && action !== 'submit').sort());
  });

  it('has every workflow proposal event published by some action', () => {
    const published = new Set(Object.values(ADMINISTRATION_ACTION_EVENTS));
    expect(WORKFLOW_PROPOSAL_EVENTS.filter((event) => !published.has(event))).toEqual([]);
  });

  it('reads a workflow event back to its action: a decision by its outcome, the others by the table', () => {
    expect(administrationActionOf(WorkflowEvent.ProposalReturned, null)).toBe('return_with_remarks');
    expect(administrationActionOf(WorkflowEvent.ProposalScheduled, null)).toBe('schedule_for_fu');
    expect(administrationActionOf(WorkflowEvent.ProposalWithdrawnAfterSubmission, null)).toBe('withdraw');
    expect(administrationActionOf(WorkflowEvent.ProposalLapsedAtAgreement, null)).toBe('lapse');
    for (const outcome of DECISION_OUTCOMES.FU) {
      expect(ADMINISTRATION_ACTION_EVENTS[administrationActionOf(WorkflowEvent.ProposalDecidedByFu, outcome)]).toBe(WorkflowEvent.ProposalDecidedByFu);
    }
    for (const outcome of DECISION_OUTCOMES.RR) expect(administrationActionOf(WorkflowEvent.ProposalDecidedByRr, outcome)).toBe(decisionAction({ outcome }));
  });

  it('refuses to guess the action of a decision without its outcome', () => {
    expect(() => administrationActionOf(WorkflowEvent.ProposalDecidedByFu, null)).toThrow(RangeError);
  });
});
