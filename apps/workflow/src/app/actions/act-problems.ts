import { ProblemCode } from '@budgetflow/platform';

/** The problems every act on a proposal can answer with (the one action path: lock, permission, version, the rules). */
export const ACT_PROBLEMS = [
  'proposal.not_found',
  'workflow.reader_read_only',
  'workflow.wrong_role',
  'workflow.not_owner',
  'workflow.invalid_transition',
  'workflow.round_closed',
  'proposal.version_conflict',
  'idempotency.key_reused',
] as const satisfies readonly ProblemCode[];
