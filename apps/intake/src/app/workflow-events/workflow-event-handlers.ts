import {
  AGREEMENT_ADOPTED_EVENTS,
  AgreementAdoptedV1,
  EventEnvelope,
  ProposalWorkflowChangedV1,
  WORKFLOW_PROPOSAL_EVENTS,
  WorkflowEvent,
  WorkflowProposalEvent,
  administrationActionOf,
  amendingDecisionOf,
  withDecision,
} from '@budgetflow/contracts';
import { PROPOSAL_STATES, holderOf, isNewerState } from '@budgetflow/domain';
import { Prisma } from '@budgetflow/intake/data-access';
import { EventHandlers, PermanentEventError, eventHandlers, on } from '@budgetflow/messaging';
import { lapseHeldProposal } from '../proposals/lapse-held-proposal';
import { ProposalTransaction } from '../proposals/proposal-transaction';
import { StoredProposal } from '../proposals/stored-proposal';

type Tx = Prisma.TransactionClient;

/** The states in which the committee, and so intake, holds a proposal. */
const COMMITTEE_HELD = PROPOSAL_STATES.filter((state) => holderOf(state) === 'committee');

/**
 * Follows a state change the workflow decided while it held the proposal: the new state (when it is newer than
 * intake's, by state sequence), the budget office's remark, and a decision's amended table. A proposal returned
 * to its committee after the budget agreement closed the round lapses at once: intake holds it again and decides.
 */
const followWorkflowChange =
  (event: WorkflowProposalEvent) =>
  async (change: ProposalWorkflowChangedV1, envelope: EventEnvelope, db: Tx): Promise<void> => {
    const tx = new ProposalTransaction(db);
    const roundId = await tx.roundOf(change.proposalId);
    // The workflow only knows proposals intake published; an unknown id can never be applied here.
    if (!roundId) throw new PermanentEventError(`${envelope.type}: unknown proposal ${change.proposalId}`);
    const closed = await tx.lockRound(roundId);
    const proposal = await tx.lock(change.proposalId);
    // Intake already has a newer state (it can only have come after this one): nothing to follow.
    if (!isNewerState(change, proposal)) return;
    const updated = await tx.follow(proposal.id, {
      state: change.state,
      stateSequence: change.stateSequence,
      decisions: withDecision(proposal.decisions, amendingDecisionOf(change)),
      ...(event === WorkflowEvent.ProposalReturned ? { remark: change.remark } : {}),
    });
    await tx.appendFollowedHistory(proposal.id, {
      at: new Date(envelope.occurredAt),
      actor: envelope.actor,
      // A decision is on intake's record by its outcome, every other change by its action.
      action: change.outcome ?? administrationActionOf(event, null),
      fromState: proposal.state,
      toState: change.state,
      version: updated.version,
      remark: change.remark ?? change.reason ?? change.decisionText,
    });
    if (closed && holderOf(change.state) === 'committee') await lapseAfterClosing(tx, updated, envelope);
  };

async function lapseAfterClosing(tx: ProposalTransaction, proposal: StoredProposal, envelope: EventEnvelope): Promise<void> {
  const closer = { id: (await tx.closerOf(proposal.roundId)) ?? envelope.actor.id, role: 'rr_secretariat' };
  await lapseHeldProposal(tx, proposal, closer, { correlationId: envelope.correlationId, causationId: envelope.id });
}

/**
 * The budget agreement closes the round. Intake records that (so committees can do nothing more in it) and, as
 * the holder of every draft and returned proposal, lets them lapse with the reason on record. Proposals the
 * workflow holds were settled in the agreement's own transaction. Every version of the event closes it alike.
 */
async function closeRound(agreement: Pick<AgreementAdoptedV1, 'roundId'>, envelope: EventEnvelope, db: Tx): Promise<void> {
  const tx = new ProposalTransaction(db);
  const round = await tx.lockRoundForClosing(agreement.roundId);
  if (!round) throw new PermanentEventError(`${envelope.type}: unknown round ${agreement.roundId}`);
  if (round.closed) return;
  await tx.closeRound(agreement.roundId, new Date(envelope.occurredAt), envelope.actor.id);
  const proposals = await tx.lockIn(agreement.roundId, COMMITTEE_HELD);
  // Whoever recorded the agreement, with their name when the event carries it.
  const closer = envelope.actor;
  for (const proposal of proposals) await lapseHeldProposal(tx, proposal, closer, { correlationId: envelope.correlationId, causationId: envelope.id });
}

/** The workflow events intake applies, by qualified type. */
export function workflowEventHandlers(): EventHandlers<Tx> {
  return eventHandlers<Tx>(
    ...WORKFLOW_PROPOSAL_EVENTS.map((event) => on(event, followWorkflowChange(event))),
    ...AGREEMENT_ADOPTED_EVENTS.map((event) => on(event, closeRound)),
  );
}
