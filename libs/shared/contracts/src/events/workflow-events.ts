import { ConsequenceTable, DecisionOutcome, ProposalState } from '@budgetflow/domain';

/** Event types the workflow service publishes on Topic.WorkflowEvents (all version 1). */
export const WorkflowEventType = {
  ProposalReturned: 'proposal.returned',
  ProposalScheduled: 'proposal.scheduled',
  ProposalDecidedByFu: 'proposal.decided-by-fu',
  ProposalDecidedByRr: 'proposal.decided-by-rr',
  /** The committee withdrew its submitted proposal; the workflow, which holds it, accepted. */
  ProposalWithdrawnAfterSubmission: 'proposal.withdrawn-after-submission',
  /** A proposal still in progress lapsed when the budget agreement closed its round. */
  ProposalLapsedAtAgreement: 'proposal.lapsed-at-agreement',
  /** The budget agreement: it adopts its proposals and closes the round. */
  AgreementAdopted: 'agreement.adopted',
} as const;

export type WorkflowEventTypeName = (typeof WorkflowEventType)[keyof typeof WorkflowEventType];

/** Every workflow event about one proposal: its new state, and what the body said (aggregate = proposal id). */
export interface ProposalWorkflowChangedV1 {
  proposalId: string;
  roundId: string;
  state: ProposalState;
  /** The proposal's state sequence after this change (see ProposalSnapshotV1.stateSequence). */
  stateSequence: number;
  remark: string | null;
  meeting: { id: string; body: 'FU' | 'RR'; date: string; agendaItem: number } | null;
  outcome: DecisionOutcome | null;
  decisionText: string | null;
  /** The amended table when a body approved or adopted with changes; the original stays with intake. */
  decidedTable: ConsequenceTable | null;
  /** Why the state changed when no body decided it (the round's closing). */
  reason: string | null;
}

/**
 * agreement.adopted.v1: the budget agreement as one act (aggregate = round id). It closes the round: the workflow
 * has settled every proposal it holds in the same transaction; intake settles the ones the committees hold.
 */
export interface AgreementAdoptedV1 {
  agreementId: string;
  roundId: string;
  parties: string[];
  date: string;
  proposalIds: string[];
}
