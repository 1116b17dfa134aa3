import { ProposalWorkflowChangedV1 } from '@budgetflow/contracts';

/** A workflow change of a proposal as the workflow announces it: submitted, nothing decided, with `change` on top. */
export function workflowChange(
  proposalId: string,
  roundId: string,
  stateSequence: number,
  change: Partial<ProposalWorkflowChangedV1> = {},
): ProposalWorkflowChangedV1 {
  return {
    proposalId,
    roundId,
    state: 'submitted',
    stateSequence,
    remark: null,
    meeting: null,
    outcome: null,
    decisionText: null,
    decidedTable: null,
    reason: null,
    ...change,
  };
}
