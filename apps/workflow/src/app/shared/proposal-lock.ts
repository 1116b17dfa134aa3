import { ConsequenceTable, ProposalState, WorkflowSubject } from '@budgetflow/domain';
import { ProposalSnapshotV1 } from '@budgetflow/contracts';
import { Prisma, Proposal } from '@budgetflow/workflow/data-access';
import { ProblemException } from '@budgetflow/platform';

export type Tx = Prisma.TransactionClient;

/**
 * Reads a proposal and locks its row until the transaction ends, so decisions and intake's events about the
 * same proposal are applied one after the other, each on the state the other left.
 */
export async function lockProposal(tx: Tx, id: string): Promise<Proposal | null> {
  await tx.$queryRaw`SELECT id FROM proposal WHERE id = ${id}::uuid FOR UPDATE`;
  return tx.proposal.findUnique({ where: { id } });
}

/** Like lockProposal, for an API call: an unknown proposal is a 404. */
export async function lockKnownProposal(tx: Tx, id: string): Promise<Proposal> {
  const proposal = await lockProposal(tx, id);
  if (!proposal) throw proposalNotFound(id);
  return proposal;
}

export function proposalNotFound(id: string): ProblemException {
  return ProblemException.notFound(`Forslaget ${id}`, 'proposal.not_found');
}

/** The proposal as the workflow rules see it. */
export function subjectOf(proposal: Proposal): WorkflowSubject {
  return { state: proposal.state as ProposalState, committee: proposal.committee };
}

/** Intake's latest snapshot of the proposal. */
export function snapshotOf(proposal: Proposal): ProposalSnapshotV1 {
  return proposal.snapshot as unknown as ProposalSnapshotV1;
}

/** The table as the committee wrote it (the original, which stays on record beside any amended table). */
export function originalTableOf(proposal: Proposal): ConsequenceTable {
  return snapshotOf(proposal).content.table;
}
