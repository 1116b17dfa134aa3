import { ActionDetails, AdministrationAction, ProposalState, applyAction } from '@budgetflow/domain';
import { AuthenticatedUser, RequestContext, checkVersion, refusalProblem } from '@budgetflow/platform';
import { LockedProposal, subjectOf } from '../store/proposal-locks';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowTransaction } from '../store/workflow-transaction';
import { WorkflowChange, recordChange } from './record-change';
import { requirePermission } from './refusal';

/** One workflow action on a locked proposal, with what it needs besides the rules. */
export interface ActionStep {
  action: AdministrationAction;
  expectedVersion?: number;
  /** The action's own preconditions, checked once the actor may act (e.g. an agenda item not decided yet). */
  precondition?: () => void;
  /** The details the rules judge (a remark, an amended table), validated once the version is current. */
  details?: () => ActionDetails;
  /** What the action does besides the state change (a decision, an agenda item), and what it adds to the record. */
  effects?: (to: ProposalState) => Promise<Omit<WorkflowChange, 'action' | 'to'>>;
}

/**
 * The one path of a workflow action: permission → version → the domain's transition → effects → the record and its
 * event, in the caller's transaction on a proposal it locked (lockKnownProposal). Returns the updated row.
 */
export async function performAction(
  tx: WorkflowTransaction,
  locked: LockedProposal,
  step: ActionStep,
  user: AuthenticatedUser,
  request: RequestContext,
): Promise<StoredProposal> {
  const { proposal, roundClosed } = locked;
  const subject = subjectOf(proposal, roundClosed);
  requirePermission(subject, step.action, user.actor);
  step.precondition?.();
  checkVersion(proposal.version, step.expectedVersion);
  const details = step.details?.() ?? {};
  const result = applyAction(subject, step.action, user.actor, details);
  if (!result.ok) throw refusalProblem(result);
  const effects = (await step.effects?.(result.to)) ?? {};
  return recordChange(tx, proposal, { action: step.action, to: result.to, remark: details.remark ?? null, ...effects }, user, request);
}
