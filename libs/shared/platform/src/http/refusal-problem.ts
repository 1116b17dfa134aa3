import { WorkflowErrorCode } from '@budgetflow/domain';
import { ProblemException } from './problem';
import { ProblemCode } from './problem-registry';

/** A refusal of the domain's workflow rules. */
export interface Refusal {
  readonly code: WorkflowErrorCode;
  readonly reason: string;
}

/**
 * How the API answers each of the rules' refusals: a problem of the registry (its status: 409 or 403), or an invalid
 * field. A new code in the domain does not compile until it is placed here.
 */
const ANSWER_OF: Readonly<Record<WorkflowErrorCode, ProblemCode | { path: string }>> = {
  'workflow.invalid_transition': 'workflow.invalid_transition',
  'workflow.round_closed': 'workflow.round_closed',
  'workflow.reader_read_only': 'workflow.reader_read_only',
  'workflow.wrong_role': 'workflow.wrong_role',
  'workflow.not_owner': 'workflow.not_owner',
  'workflow.remark_required': { path: 'remark' },
  'workflow.amended_table_required': { path: 'amendedTable' },
  'workflow.amended_table_not_allowed': { path: 'amendedTable' },
};

/**
 * The rules' refusal as the API answers it: 409 for a transition the rules do not allow in this state, 400 for
 * a missing remark or table, 403 for everything about who may act. `about` names the proposal when several are involved.
 */
export function refusalProblem({ code, reason }: Refusal, about?: string): ProblemException {
  const detail = about ? `${about}: ${reason}` : reason;
  const answer = ANSWER_OF[code];
  if (typeof answer === 'string') return ProblemException.of(answer, detail);
  return ProblemException.invalid([{ code, path: answer.path, message: detail }], detail);
}
