import { ConsequenceTable, DecisionOutcome, ProposalState } from '@budgetflow/domain';

/** Event types the workflow service publishes on Topic.WorkflowEvents (all version 1). */
export const WorkflowEventType = {
  ProposalReturned: 'proposal.returned',
  ProposalScheduled: 'proposal.scheduled',
  ProposalDecidedByFu: 'proposal.decided-by-fu',
  ProposalDecidedByRr: 'proposal.decided-by-rr',
  AgreementAdopted: 'agreement.adopted',
} as const;

export type WorkflowEventTypeName = (typeof WorkflowEventType)[keyof typeof WorkflowEventType];

/** Every workflow event about one proposal: its new state, and what the body said (aggregate = proposal id). */
export interface ProposalWorkflowChangedV1 {
  proposalId: string;
  roundId: string;
  state: ProposalState;
  remark: string | null;
  meeting: { id: string; body: 'FU' | 'RR'; date: string; agendaItem: number } | null;
  outcome: DecisionOutcome | null;
  decisionText: string | null;
  /** The amended table when a body approved or adopted with changes; the original stays with intake. */
  decidedTable: ConsequenceTable | null;
}

/** agreement.adopted.v1: the budget agreement as one act (aggregate = round id). */
export interface AgreementAdoptedV1 {
  agreementId: string;
  roundId: string;
  parties: string[];
  date: string;
  proposalIds: string[];
}
