import { ConsequenceTable, WorkflowSubject } from '@budgetflow/domain';
import { proposalNotFound } from '@budgetflow/platform';
import { StoredProposal } from './stored-proposal';
import { WorkflowTransaction } from './workflow-transaction';

/**
 * Locks a known proposal for an API call, its round first; an unknown proposal is a 404. Every act on a proposal
 * shares the round's lock and the agreement takes it exclusively, so an act either commits before the round
 * closes (and the closing settles the proposal) or sees the round closed.
 */
export async function lockKnownProposal(tx: WorkflowTransaction, id: string): Promise<LockedProposal> {
  const roundId = await tx.roundOf(id);
  if (!roundId) throw proposalNotFound(id);
  const roundClosed = await tx.lockRoundForAct(roundId);
  const proposal = await tx.lockProposal(id);
  if (!proposal) throw proposalNotFound(id);
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
