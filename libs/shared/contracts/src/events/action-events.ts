import { AdministrationAction, COMMITTEE_ACTIONS, CommitteeAction, DecisionOutcome, decisionAction } from '@budgetflow/domain';
import { EventDefinition } from '../event-definition';
import { IntakeEvent, ProposalChangedV1 } from './intake-events';
import { WorkflowEvent, WorkflowProposalEvent } from './workflow-events';

/** The event intake publishes for each action decided while the committee holds a proposal (a missing action does not compile). */
export const COMMITTEE_ACTION_EVENTS: Readonly<Record<CommitteeAction, EventDefinition<ProposalChangedV1>>> = {
  create: IntakeEvent.ProposalDrafted,
  edit: IntakeEvent.ProposalUpdated,
  submit: IntakeEvent.ProposalSubmitted,
  withdraw: IntakeEvent.ProposalWithdrawn,
  lapse: IntakeEvent.ProposalLapsed,
};

/** The event the workflow publishes for each action decided while the administration holds a proposal (a missing action does not compile). */
export const ADMINISTRATION_ACTION_EVENTS: Readonly<Record<AdministrationAction, WorkflowProposalEvent>> = {
  withdraw: WorkflowEvent.ProposalWithdrawnAfterSubmission,
  return_with_remarks: WorkflowEvent.ProposalReturned,
  schedule_for_fu: WorkflowEvent.ProposalScheduled,
  fu_approve: WorkflowEvent.ProposalDecidedByFu,
  fu_approve_with_changes: WorkflowEvent.ProposalDecidedByFu,
  fu_reject: WorkflowEvent.ProposalDecidedByFu,
  fu_postpone: WorkflowEvent.ProposalDecidedByFu,
  fu_return_to_committee: WorkflowEvent.ProposalDecidedByFu,
  rr_adopt: WorkflowEvent.ProposalDecidedByRr,
  rr_adopt_with_changes: WorkflowEvent.ProposalDecidedByRr,
  rr_not_adopt: WorkflowEvent.ProposalDecidedByRr,
  lapse: WorkflowEvent.ProposalLapsedAtAgreement,
};

const ADMINISTRATION_ACTIONS = Object.keys(ADMINISTRATION_ACTION_EVENTS) as AdministrationAction[];

/** The committee action an intake proposal event stands for (the table read backwards: each event has exactly one). */
export function committeeActionOf(event: EventDefinition<ProposalChangedV1>): CommitteeAction {
  const [action, ...others] = COMMITTEE_ACTIONS.filter((candidate) => COMMITTEE_ACTION_EVENTS[candidate] === event);
  if (!action || others.length > 0) throw new RangeError(`No single committee action publishes ${event.qualified}`);
  return action;
}

/**
 * The administration action a workflow proposal event stands for: a decision's by its outcome (the domain's
 * decisionAction), every other event's by the table read backwards (each has exactly one action).
 */
export function administrationActionOf(event: WorkflowProposalEvent, outcome: DecisionOutcome | null): AdministrationAction {
  if (outcome) return decisionAction({ outcome });
  const [action, ...others] = ADMINISTRATION_ACTIONS.filter((candidate) => ADMINISTRATION_ACTION_EVENTS[candidate] === event);
  if (!action || others.length > 0) throw new RangeError(`${event.qualified} names its action by its outcome, and it has none`);
  return action;
}
