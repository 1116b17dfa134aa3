import { Actor, WorkflowAction, WorkflowSubject, allowedActions, applyAction } from '@budgetflow/domain';
import { refusalProblem } from '@budgetflow/platform';

/**
 * Whether the actor may take the action in the proposal's state (who and when), before its details (remark,
 * amended table) are looked at; throws the rules' refusal otherwise.
 */
export function requirePermission(subject: WorkflowSubject, action: WorkflowAction, actor: Actor, about?: string): void {
  if (allowedActions(subject.state, subject.committee, actor, subject.roundClosed).includes(action)) return;
  const result = applyAction(subject, action, actor);
  if (!result.ok) throw refusalProblem(result, about);
}
