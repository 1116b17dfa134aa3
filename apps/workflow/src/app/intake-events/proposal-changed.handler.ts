import { EventEnvelope, ProposalSnapshotV1 } from '@budgetflow/contracts';
import { Actor, ProposalState, applyAction } from '@budgetflow/domain';
import { EventHandler, SqlExecutor } from '@budgetflow/messaging';
import { Prisma, Proposal } from '@budgetflow/workflow/data-access';
import { lockProposal, subjectOf } from '../shared/proposal-lock';
import { eventActor, proposalSnapshot } from './intake-payloads';

type Tx = Prisma.TransactionClient;

/** The committee's actions intake reports; 'create' is the first snapshot of a new draft. */
export type CommitteeAction = 'create' | 'edit' | 'submit' | 'withdraw';

/**
 * Applies a committee action reported by intake. Intake owns the content, so the latest snapshot is always kept;
 * the workflow state changes only when the domain's rules allow the action in the workflow's own state. When they
 * do not (e.g. a withdrawal that crossed the budget office putting the proposal on FU's agenda), the refusal is
 * kept in the history with its code and reason, and the state stays as the workflow decided.
 */
export function applyCommitteeAction(action: CommitteeAction): EventHandler {
  return async (envelope: EventEnvelope, sql: SqlExecutor) => {
    const tx = sql as unknown as Tx;
    const snapshot = proposalSnapshot(envelope);
    const actor = eventActor(envelope);
    const proposal = await lockProposal(tx, snapshot.proposalId);
    if (!proposal) await firstSeen(tx, envelope, snapshot, action);
    else await follow(tx, envelope, snapshot, action, actor, proposal);
  };
}

// The first event of a proposal: normally its draft; if earlier events were never applied, intake's state is taken as it is.
async function firstSeen(tx: Tx, envelope: EventEnvelope, snapshot: ProposalSnapshotV1, action: CommitteeAction): Promise<void> {
  const created = await tx.proposal.create({
    data: {
      id: snapshot.proposalId,
      roundId: snapshot.roundId,
      reference: snapshot.reference,
      committee: snapshot.committee,
      title: snapshot.content.title,
      state: snapshot.state,
      snapshot: snapshot as object,
      intakeVersion: snapshot.version,
    },
  });
  // Where it came from is unknown to the workflow when earlier events were never applied.
  await history(tx, envelope, created, action, null, snapshot.state);
}

async function follow(tx: Tx, envelope: EventEnvelope, snapshot: ProposalSnapshotV1, action: CommitteeAction, actor: Actor, proposal: Proposal): Promise<void> {
  const result = action === 'create' ? undefined : applyAction(subjectOf(proposal), action, actor);
  const to = result?.ok ? result.to : (proposal.state as ProposalState);
  const updated = await tx.proposal.update({
    where: { id: proposal.id },
    data: { state: to, title: snapshot.content.title, snapshot: snapshot as object, intakeVersion: snapshot.version, version: { increment: 1 } },
  });
  await history(tx, envelope, updated, action, proposal.state, to, result && !result.ok ? result : undefined);
}

async function history(
  tx: Tx,
  envelope: EventEnvelope,
  row: Proposal,
  action: CommitteeAction,
  fromState: string | null,
  toState: string,
  refused?: { code: string; reason: string },
): Promise<void> {
  await tx.proposalHistory.create({
    data: {
      proposalId: row.id,
      at: new Date(envelope.occurredAt),
      actorId: envelope.actor.id,
      actorRole: envelope.actor.role,
      actorCommittee: envelope.actor.committee ?? null,
      action,
      fromState,
      toState,
      version: row.version,
      refusedCode: refused?.code ?? null,
      refusedReason: refused?.reason ?? null,
      eventId: envelope.id,
    },
  });
}
