import { ConsequenceTable, DecisionOutcome, MeetingReference, ProposalState } from '@budgetflow/domain';
import { defineEvent } from '../event-definition';
import { agreementAdoptedPayload, agreementAdoptedV2Payload, materialPublishedPayload, workflowChangedPayload } from '../parse/event-payloads';
import { AgreementDocument } from './agreement-document';
import { Topic } from '../topics';

/** The events the workflow service publishes on Topic.WorkflowEvents. */
export const WorkflowEvent = {
  ProposalReturned: defineEvent(Topic.WorkflowEvents, 'proposal.returned', 1, workflowChangedPayload),
  ProposalScheduled: defineEvent(Topic.WorkflowEvents, 'proposal.scheduled', 1, workflowChangedPayload),
  ProposalDecidedByFu: defineEvent(Topic.WorkflowEvents, 'proposal.decided-by-fu', 1, workflowChangedPayload),
  ProposalDecidedByRr: defineEvent(Topic.WorkflowEvents, 'proposal.decided-by-rr', 1, workflowChangedPayload),
  /** The committee withdrew its submitted proposal; the workflow, which holds it, accepted. */
  ProposalWithdrawnAfterSubmission: defineEvent(Topic.WorkflowEvents, 'proposal.withdrawn-after-submission', 1, workflowChangedPayload),
  /** A proposal still in progress lapsed when the budget agreement closed its round. */
  ProposalLapsedAtAgreement: defineEvent(Topic.WorkflowEvents, 'proposal.lapsed-at-agreement', 1, workflowChangedPayload),
  /** The budget agreement: it adopts its proposals and closes the round; it carries the agreement's document. */
  AgreementAdopted: defineEvent(Topic.WorkflowEvents, 'agreement.adopted', 2, agreementAdoptedV2Payload),
  /** The agreement as published before issue 29 (parties, date, proposals): still on the topic, so still followed. */
  AgreementAdoptedV1: defineEvent(Topic.WorkflowEvents, 'agreement.adopted', 1, agreementAdoptedPayload),
  /** The budget office published the round's material at a data version (aggregate = round); it replaces the one before. */
  MaterialPublished: defineEvent(Topic.WorkflowEvents, 'material.published', 1, materialPublishedPayload),
} as const;

/** Every version of agreement.adopted a follower may read (the workflow publishes the newest, AgreementAdopted). */
export const AGREEMENT_ADOPTED_EVENTS = [WorkflowEvent.AgreementAdopted, WorkflowEvent.AgreementAdoptedV1] as const;

/** The workflow's events about one proposal (all but the agreement). */
export type WorkflowProposalEvent = Exclude<
  (typeof WorkflowEvent)[keyof typeof WorkflowEvent],
  typeof WorkflowEvent.AgreementAdopted | typeof WorkflowEvent.AgreementAdoptedV1 | typeof WorkflowEvent.MaterialPublished
>;

export const WORKFLOW_PROPOSAL_EVENTS: readonly WorkflowProposalEvent[] = [
  WorkflowEvent.ProposalReturned,
  WorkflowEvent.ProposalScheduled,
  WorkflowEvent.ProposalDecidedByFu,
  WorkflowEvent.ProposalDecidedByRr,
  WorkflowEvent.ProposalWithdrawnAfterSubmission,
  WorkflowEvent.ProposalLapsedAtAgreement,
];

/** Every workflow event about one proposal: its new state, and what the body said (aggregate = proposal id). */
export interface ProposalWorkflowChangedV1 {
  proposalId: string;
  roundId: string;
  state: ProposalState;
  /** The proposal's state sequence after this change (see ProposalSnapshotV1.stateSequence). */
  stateSequence: number;
  remark: string | null;
  meeting: MeetingReference | null;
  outcome: DecisionOutcome | null;
  decisionText: string | null;
  /** The amended table when a body approved or adopted with changes; the original stays with intake. */
  decidedTable: ConsequenceTable | null;
  /** Why the state changed when no body decided it (the round's closing). */
  reason: string | null;
}

/**
 * agreement.adopted.v1 (published until issue 29; followers still read it): the budget agreement as one act (aggregate = round id). It closes the round: the workflow
 * has settled every proposal it holds in the same transaction; intake settles the ones the committees hold.
 */
export interface AgreementAdoptedV1 {
  agreementId: string;
  roundId: string;
  parties: string[];
  date: string;
  proposalIds: string[];
}

/**
 * agreement.adopted.v2: the budget agreement as one act (aggregate = round id) with its document: signatories,
 * introduction, chapters with their initiatives and decision sentences, the proposals it adopts, the package it was
 * made from. It closes the round as v1 does; `parties` (the party signatories' names) is kept for v1's followers.
 */
export interface AgreementAdoptedV2 extends AgreementDocument {
  agreementId: string;
  roundId: string;
  parties: string[];
}

/**
 * material.published.v1: the budget office published the round's material on the region's website (aggregate = round
 * id): the reports as they stand at `dataVersion` of the reporting read model, under a title and a date. The newest
 * publication of a round is its current one; `replaces` names the one it replaces (null for the first).
 */
export interface MaterialPublishedV1 {
  publicationId: string;
  roundId: string;
  title: string;
  /** ISO date the material is published under, e.g. "2025-05-19". */
  date: string;
  /** The reporting read model's data version the published bilag show. */
  dataVersion: number;
  /** When it was published (ISO 8601). */
  publishedAt: string;
  /** The publication it replaces as the round's current one; null for the round's first. */
  replaces: string | null;
}
