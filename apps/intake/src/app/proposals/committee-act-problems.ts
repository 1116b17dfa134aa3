import { ProblemCode } from '@budgetflow/platform';

/** The problems every committee act on a proposal can answer with (lock, permission, version, the rules). */
export const COMMITTEE_ACT_PROBLEMS = [
  'proposal.not_found',
  'workflow.reader_read_only',
  'workflow.wrong_role',
  'workflow.not_owner',
  'workflow.invalid_transition',
  'workflow.round_closed',
  'proposal.version_conflict',
] as const satisfies readonly ProblemCode[];
