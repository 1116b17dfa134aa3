import { jsonColumn } from '@budgetflow/platform';
import { EventEnvelope, ProposalChangedV1, ProposalSnapshotV1 } from '@budgetflow/contracts';
import { CommitteeAction, holderOf, isNewerState } from '@budgetflow/domain';
import { PayloadHandler } from '@budgetflow/messaging';
import { Prisma } from '@budgetflow/workflow/data-access';
import { lapseInClosedRound } from '../agreements/closed-round';
import { lockProposal, lockRoundForAct } from '../store/proposal-locks';
import { StoredProposal, readProposal } from '../store/stored-proposal';

type Tx = Prisma.TransactionClient;

/**
 * Follows a committee action that intake decided while the committee held the proposal. Intake owns the content,
 * so its latest snapshot is always kept; its state is taken when it is newer than the workflow's (a higher state
 * sequence), never judged again here. A submission hands the proposal to the workflow; if the budget agreement
 * has closed the round meanwhile, the workflow, now holding it, lets it lapse at once.
 */
export function applyCommitteeAction(action: CommitteeAction): PayloadHandler<ProposalChangedV1, Tx> {
  return async ({ proposal: snapshot }, envelope, tx) => {
    const roundClosed = await lockRoundForAct(tx, snapshot.roundId);
    const existing = await lockProposal(tx, snapshot.proposalId);
    const proposal = existing ? await follow(tx, envelope, snapshot, action, existing) : await firstSeen(tx, envelope, snapshot, action);
    if (roundClosed && holderOf(proposal.state) === 'administration') await lapseInClosedRound(tx, proposal, envelope);
  };
}

// The first event of a proposal: normally its draft; if earlier events were never applied, intake's state is taken as it is.
async function firstSeen(tx: Tx, envelope: EventEnvelope, snapshot: ProposalSnapshotV1, action: CommitteeAction): Promise<StoredProposal> {
  const created = await tx.proposal.create({
    data: {
      id: snapshot.proposalId,
      roundId: snapshot.roundId,
      reference: snapshot.reference,
      committee: snapshot.committee,
      title: snapshot.content.title,
      state: snapshot.state,
      stateSequence: snapshot.stateSequence,
      everSubmitted: snapshot.submittedAt !== null,
      snapshot: jsonColumn(snapshot),
      intakeVersion: snapshot.version,
    },
  });
  const stored = readProposal(created);
  // Where it came from is unknown to the workflow when earlier events were never applied.
  await history(tx, envelope, stored, action, null);
  return stored;
}

async function follow(
  tx: Tx,
  envelope: EventEnvelope,
  snapshot: ProposalSnapshotV1,
  action: CommitteeAction,
  proposal: StoredProposal,
): Promise<StoredProposal> {
  const newer = isNewerState(snapshot, proposal);
  const updated = await tx.proposal.update({
    where: { id: proposal.id },
    data: {
      ...(newer ? { state: snapshot.state, stateSequence: snapshot.stateSequence } : {}),
      ...(snapshot.submittedAt !== null ? { everSubmitted: true } : {}),
      title: snapshot.content.title,
      snapshot: jsonColumn(snapshot),
      intakeVersion: snapshot.version,
      version: { increment: 1 },
    },
  });
  const stored = readProposal(updated);
  await history(tx, envelope, stored, action, proposal.state);
  return stored;
}

async function history(tx: Tx, envelope: EventEnvelope, row: StoredProposal, action: CommitteeAction, fromState: string | null): Promise<void> {
  await tx.proposalHistory.create({
    data: {
      proposalId: row.id,
      at: new Date(envelope.occurredAt),
      actorId: envelope.actor.id,
      actorRole: envelope.actor.role,
      actorCommittee: envelope.actor.committee ?? null,
      action,
      fromState,
      toState: row.state,
      version: row.version,
      eventId: envelope.id,
    },
  });
}
