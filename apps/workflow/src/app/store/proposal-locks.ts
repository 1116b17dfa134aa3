import { Actor, ConsequenceTable, WorkflowSubject, mayReadProposal } from '@budgetflow/domain';
import { Prisma } from '@budgetflow/workflow/data-access';
import { proposalNotFound } from '@budgetflow/platform';
import { StoredProposal, readProposal } from './stored-proposal';

export type Tx = Prisma.TransactionClient;

/**
 * Takes a shared lock on a round for the rest of the transaction and tells whether the budget agreement has
 * closed it. Every act on a proposal takes it first, and the agreement takes it exclusively, so an act either
 * commits before the round closes (and the closing settles the proposal) or sees the round closed.
 * Lock order everywhere: the meeting, the round, then proposals by id.
 */
export async function lockRoundForAct(tx: Tx, roundId: string): Promise<boolean> {
  // One round trip on every act: the lock and whether an agreement exists.
  const rows = await tx.$queryRaw<{ closed: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM budget_agreement a WHERE a.round_id = r.id) AS closed FROM budget_round r WHERE r.id = ${roundId}::uuid FOR SHARE OF r`;
  return rows[0]?.closed ?? false;
}

/** The exclusive counterpart of lockRoundForAct, for the budget agreement that closes the round. */
export async function lockRoundForClosing(tx: Tx, roundId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM budget_round WHERE id = ${roundId}::uuid FOR UPDATE`;
}

/**
 * Reads a proposal and locks its row until the transaction ends, so decisions and intake's events about the
 * same proposal are applied one after the other, each on the state the other left.
 */
export async function lockProposal(tx: Tx, id: string): Promise<StoredProposal | null> {
  await tx.$queryRaw`SELECT id FROM proposal WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await tx.proposal.findUnique({ where: { id } });
  return row ? readProposal(row) : null;
}

/**
 * Locks a known proposal for an API call by this actor, its round first. An unknown proposal is a 404, and so is a
 * draft the actor may not read: every act on it answers exactly as for a random id, so its existence is not told.
 */
export async function lockKnownProposal(tx: Tx, id: string, actor: Actor): Promise<LockedProposal> {
  const known = await tx.proposal.findUnique({ where: { id }, select: { roundId: true, committee: true, everSubmitted: true } });
  if (!known || !mayReadProposal(actor, known)) throw proposalNotFound(id);
  const roundClosed = await lockRoundForAct(tx, known.roundId);
  const proposal = await lockProposal(tx, id);
  if (!proposal || !mayReadProposal(actor, proposal)) throw proposalNotFound(id);
  return { proposal, roundClosed };
}

/** A locked proposal and whether its round is closed. */
export interface LockedProposal {
  proposal: StoredProposal;
  roundClosed: boolean;
}

/** The proposal as the workflow rules see it. */
export function subjectOf(proposal: StoredProposal, roundClosed = false): WorkflowSubject {
  return { state: proposal.state, committee: proposal.committee, roundClosed };
}

/** The table as the committee wrote it (the original, which stays on record beside any amended table). */
export function originalTableOf(proposal: StoredProposal): ConsequenceTable {
  return proposal.snapshot.content.table;
}
