import { Actor, ConsequenceTable, WorkflowSubject, mayReadProposal } from '@budgetflow/domain';
import { proposalNotFound } from '@budgetflow/platform';
import { StoredProposal } from './stored-proposal';
import { WorkflowTransaction } from './workflow-transaction';

/**
 * Locks a known proposal for an API call by this actor, its round first. An unknown proposal is a 404, and so is a
 * draft the actor may not read: every act on it answers exactly as for a random id. Every act on a proposal
 * shares the round's lock and the agreement takes it exclusively, so an act either commits before the round
 * closes (and the closing settles the proposal) or sees the round closed.
 */
export async function lockKnownProposal(tx: WorkflowTransaction, id: string, actor: Actor): Promise<LockedProposal> {
  const known = await tx.knownProposal(id);
  if (!known || !mayReadProposal(actor, known)) throw proposalNotFound(id);
  const roundClosed = await tx.lockRoundForAct(known.roundId);
  const proposal = await tx.lockProposal(id);
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
