import { BudgetRound, ProposalContent, ProposalState } from '@budgetflow/domain';
import { defineEvent } from '../event-definition';
import { proposalChangedPayload, roundCreatedPayload } from '../parse/event-payloads';
import { Topic } from '../topics';

/** The events the intake service publishes on Topic.IntakeEvents. */
export const IntakeEvent = {
  RoundCreated: defineEvent(Topic.IntakeEvents, 'round.created', 1, roundCreatedPayload),
  ProposalDrafted: defineEvent(Topic.IntakeEvents, 'proposal.drafted', 1, proposalChangedPayload),
  ProposalUpdated: defineEvent(Topic.IntakeEvents, 'proposal.updated', 1, proposalChangedPayload),
  ProposalSubmitted: defineEvent(Topic.IntakeEvents, 'proposal.submitted', 1, proposalChangedPayload),
  ProposalWithdrawn: defineEvent(Topic.IntakeEvents, 'proposal.withdrawn', 1, proposalChangedPayload),
  /** A draft or returned proposal lapsed when the budget agreement closed its round. */
  ProposalLapsed: defineEvent(Topic.IntakeEvents, 'proposal.lapsed', 1, proposalChangedPayload),
} as const;

/** Intake's events about one proposal, each carrying its whole snapshot. */
export const INTAKE_PROPOSAL_EVENTS = [
  IntakeEvent.ProposalDrafted,
  IntakeEvent.ProposalUpdated,
  IntakeEvent.ProposalSubmitted,
  IntakeEvent.ProposalWithdrawn,
  IntakeEvent.ProposalLapsed,
];

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
