import { BudgetRound, ProposalContent, ProposalState } from '@budgetflow/domain';

/** Event types the intake service publishes on Topic.IntakeEvents (all version 1). */
export const IntakeEventType = {
  RoundCreated: 'round.created',
  ProposalDrafted: 'proposal.drafted',
  ProposalUpdated: 'proposal.updated',
  ProposalSubmitted: 'proposal.submitted',
  ProposalWithdrawn: 'proposal.withdrawn',
} as const;

export type IntakeEventTypeName = (typeof IntakeEventType)[keyof typeof IntakeEventType];

/** round.created.v1: the round as the budget office defined it (aggregate = round id). */
export interface RoundCreatedV1 {
  roundId: string;
  round: BudgetRound;
}

/**
 * The proposal as it is after the change. Every proposal event carries the whole snapshot, so a consumer
 * that missed an event (or skips a stale one) still ends up with the right state.
 */
export interface ProposalSnapshotV1 {
  proposalId: string;
  roundId: string;
  reference: string;
  committee: string;
  state: ProposalState;
  version: number;
  content: ProposalContent;
  submittedAt: string | null;
  submittedBy: string | null;
}

/** proposal.drafted/updated/submitted/withdrawn.v1 (aggregate = proposal id). */
export interface ProposalChangedV1 {
  proposal: ProposalSnapshotV1;
}
