import { ProposalSnapshotV1, parseProposalSnapshot, parseProposalState } from '@budgetflow/contracts';
import { ProposalState } from '@budgetflow/domain';
import { Proposal } from '@budgetflow/workflow/data-access';

/** A proposal as the workflow keeps it, its state and intake's snapshot checked: the shape the services use. */
export interface StoredProposal {
  readonly id: string;
  readonly roundId: string;
  readonly reference: string;
  readonly committee: string;
  readonly title: string;
  readonly state: ProposalState;
  readonly stateSequence: number;
  readonly everSubmitted: boolean;
  readonly version: number;
  readonly snapshot: ProposalSnapshotV1;
  readonly intakeVersion: number;
  readonly remark: string | null;
  readonly eventCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The one place a proposal row becomes a StoredProposal; a malformed column is a ParseError naming the row. */
export function readProposal(row: Proposal): StoredProposal {
  return readProposalWith(row, parseProposalSnapshot(row.snapshot, `proposal ${row.id}.snapshot`));
}

/** A row just written with a snapshot already parsed (intake's event's): the snapshot is not read back. */
export function readProposalWith(row: Omit<Proposal, 'snapshot'>, snapshot: ProposalSnapshotV1): StoredProposal {
  return {
    id: row.id,
    roundId: row.roundId,
    reference: row.reference,
    committee: row.committee,
    title: row.title,
    state: parseProposalState(row.state, `proposal ${row.id}.state`),
    stateSequence: row.stateSequence,
    everSubmitted: row.everSubmitted,
    version: row.version,
    snapshot,
    intakeVersion: row.intakeVersion,
    remark: row.remark,
    eventCount: row.eventCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
