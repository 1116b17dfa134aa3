import { WorkflowErrorCode } from '@budgetflow/domain';
import { ProblemException } from './problem';

/** A refusal of the domain's workflow rules. */
export interface Refusal {
  readonly code: WorkflowErrorCode;
  readonly reason: string;
}

/** How the API answers each of the rules' refusals; a new code in the domain does not compile until it is placed here. */
const ANSWER_OF: Readonly<Record<WorkflowErrorCode, 'conflict' | 'forbidden' | { path: string }>> = {
  'workflow.invalid_transition': 'conflict',
  'workflow.round_closed': 'conflict',
  'workflow.reader_read_only': 'forbidden',
  'workflow.wrong_role': 'forbidden',
  'workflow.not_owner': 'forbidden',
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
  if (answer === 'conflict') return new ProblemException({ status: 409, code, title: 'Ikke muligt nu', detail });
  if (answer === 'forbidden') return new ProblemException({ status: 403, code, title: 'Ingen adgang', detail });
  return ProblemException.invalid([{ code, path: answer.path, message: detail }], detail);
}
