import { ConsequenceTable, PROPOSAL_STATE_LABELS, allowedActions, decisionInForce, tableTotals } from '@budgetflow/domain';
import { AuthenticatedUser } from '@budgetflow/platform';
import { ProposalView } from './proposal.view';
import { StoredProposal } from './stored-proposal';

/** A proposal as the caller sees it: its content and totals, the decided table beside it, and what the caller may do now. */
export function toProposalView(row: StoredProposal, user: AuthenticatedUser, roundIsClosed: boolean): ProposalView {
  const { content, state } = row;
  // Where FU or RR changed the amounts, the committee sees the decided table beside what it submitted.
  const inForce = decisionInForce(row.decisions);
  const decidedTable: ConsequenceTable | null = inForce?.amendedTable ?? null;
  return {
    id: row.id,
    roundId: row.roundId,
    reference: row.reference,
    committee: row.committee,
    state,
    stateLabel: PROPOSAL_STATE_LABELS[state],
    stateSequence: row.stateSequence,
    version: row.version,
    content,
    totals: tableTotals(content.table),
    decidedTable,
    decidedTotals: decidedTable ? tableTotals(decidedTable) : null,
    decidedBy: inForce?.body ?? null,
    remark: row.remark,
    roundClosed: roundIsClosed,
    allowedActions: allowedActions(state, row.committee, user.actor, roundIsClosed),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
  };
}
