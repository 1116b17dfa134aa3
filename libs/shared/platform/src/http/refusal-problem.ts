import { ProblemException } from './problem';

/** A refusal of the domain's workflow rules. */
export interface Refusal {
  readonly code: string;
  readonly reason: string;
}

const INPUT_PATHS: Record<string, string> = {
  'workflow.remark_required': 'remark',
  'workflow.amended_table_required': 'amendedTable',
  'workflow.amended_table_not_allowed': 'amendedTable',
};

/**
 * The rules' refusal as the API answers it: 409 for a transition the rules do not allow in this state, 400 for
 * a missing remark or table, 403 for everything about who may act. `about` names the proposal when several are involved.
 */
export function refusalProblem({ code, reason }: Refusal, about?: string): ProblemException {
  const detail = about ? `${about}: ${reason}` : reason;
  if (code === 'workflow.invalid_transition' || code === 'workflow.round_closed') return new ProblemException({ status: 409, code, title: 'Ikke muligt nu', detail });
  const path = INPUT_PATHS[code];
  if (path) return ProblemException.invalid([{ code, path, message: detail }], detail);
  return new ProblemException({ status: 403, code, title: 'Ingen adgang', detail });
}
