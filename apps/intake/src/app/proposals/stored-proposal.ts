import { parseProposalContent, parseProposalState } from '@budgetflow/contracts';
import { ProposalContent, ProposalState } from '@budgetflow/domain';
import { Proposal } from '@budgetflow/intake/data-access';
import { FollowedDecision, parseFollowedDecisions } from './followed-decisions';

/** A proposal as intake keeps it, with its JSON columns checked: the only shape the services work with. */
export interface StoredProposal {
  readonly id: string;
  readonly roundId: string;
  readonly reference: string;
  readonly committee: string;
  readonly state: ProposalState;
  readonly stateSequence: number;
  readonly version: number;
  readonly content: ProposalContent;
  readonly remark: string | null;
  readonly decisions: readonly FollowedDecision[];
  readonly eventCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt: Date | null;
  readonly submittedBy: string | null;
}

/** The one place a proposal row becomes a StoredProposal; a malformed column is a ParseError naming the row. */
export function readProposal(row: Proposal): StoredProposal {
  return {
    id: row.id,
    roundId: row.roundId,
    reference: row.reference,
    committee: row.committee,
    state: parseProposalState(row.state, `proposal ${row.id}.state`),
    stateSequence: row.stateSequence,
    version: row.version,
    content: parseProposalContent(row.content, `proposal ${row.id}.content`),
    remark: row.remark,
    decisions: parseFollowedDecisions(row.decisions, row.id),
    eventCount: row.eventCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
  };
}
