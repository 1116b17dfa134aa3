import { BudgetRound, ProposalContent, ProposalState } from '@budgetflow/domain';

/** Event types the intake service publishes on Topic.IntakeEvents (all version 1). */
export const IntakeEventType = {
  RoundCreated: 'round.created',
  ProposalDrafted: 'proposal.drafted',
  ProposalUpdated: 'proposal.updated',
  ProposalSubmitted: 'proposal.submitted',
  ProposalWithdrawn: 'proposal.withdrawn',
  /** A draft or returned proposal lapsed when the budget agreement closed its round. */
  ProposalLapsed: 'proposal.lapsed',
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
  /**
   * The number of state changes the proposal has had, counted across both services: whoever holds the proposal
   * (intake while the committee has it, workflow from its submission on) numbers its next state change one
   * higher. The state with the highest number is the current one, whatever topic it arrived on.
   */
  stateSequence: number;
  /** Intake's version of the content (edits and state changes both count). */
  version: number;
  content: ProposalContent;
  submittedAt: string | null;
  submittedBy: string | null;
}

/** proposal.drafted/updated/submitted/withdrawn/lapsed.v1 (aggregate = proposal id). */
export interface ProposalChangedV1 {
  proposal: ProposalSnapshotV1;
}
