import { EventEnvelope, ProposalChangedV1, ProposalSnapshotV1 } from '@budgetflow/contracts';
import { CommitteeAction, holderOf, isNewerState } from '@budgetflow/domain';
import { lapseInClosedRound } from '../agreements/closed-round';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowTransaction } from '../store/workflow-transaction';

/**
 * Follows a committee action that intake decided while the committee held the proposal. Intake owns the content,
 * so its latest snapshot is always kept; its state is taken when it is newer than the workflow's (a higher state
 * sequence), never judged again here. A submission hands the proposal to the workflow; if the budget agreement
 * has closed the round meanwhile, the workflow, now holding it, lets it lapse at once.
 */
export function applyCommitteeAction(action: CommitteeAction) {
  return async ({ proposal: snapshot }: ProposalChangedV1, envelope: EventEnvelope, tx: WorkflowTransaction): Promise<void> => {
    const roundClosed = await tx.lockRoundForAct(snapshot.roundId);
    const existing = await tx.lockProposal(snapshot.proposalId);
    const proposal = existing ? await follow(tx, envelope, snapshot, action, existing) : await firstSeen(tx, envelope, snapshot, action);
    if (roundClosed && holderOf(proposal.state) === 'administration') await lapseInClosedRound(tx, proposal, envelope);
  };
}

// The first event of a proposal: normally its draft; if earlier events were never applied, intake's state is taken as it is.
async function firstSeen(tx: WorkflowTransaction, envelope: EventEnvelope, snapshot: ProposalSnapshotV1, action: CommitteeAction): Promise<StoredProposal> {
  const stored = await tx.insertFollowed(snapshot);
  // Where it came from is unknown to the workflow when earlier events were never applied.
  await history(tx, envelope, stored, action, null);
  return stored;
}

async function follow(
  tx: WorkflowTransaction,
  envelope: EventEnvelope,
  snapshot: ProposalSnapshotV1,
  action: CommitteeAction,
  proposal: StoredProposal,
): Promise<StoredProposal> {
  const stored = await tx.followSnapshot(proposal.id, snapshot, isNewerState(snapshot, proposal));
  await history(tx, envelope, stored, action, proposal.state);
  return stored;
}

async function history(
  tx: WorkflowTransaction,
  envelope: EventEnvelope,
  row: StoredProposal,
  action: CommitteeAction,
  fromState: string | null,
): Promise<void> {
  await tx.appendHistory({
    proposalId: row.id,
    at: new Date(envelope.occurredAt),
    actorId: envelope.actor.id,
    actorRole: envelope.actor.role,
    actorCommittee: envelope.actor.committee ?? null,
    actorName: envelope.actor.name ?? null,
    action,
    fromState,
    toState: row.state,
    version: row.version,
    eventId: envelope.id,
  });
}
