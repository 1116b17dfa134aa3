import { Actor, BudgetRound, NegotiableProposal, effectiveTable, mayReadProposal } from '@budgetflow/domain';
import { ProblemException } from '@budgetflow/platform';
import { originalTableOf } from '../store/proposal-locks';
import { StoredProposal } from '../store/stored-proposal';
import { RoundTableDecision, WorkflowTransaction } from '../store/workflow-transaction';

/** What a package is read and checked against: its round and the round's proposals with their tables in force. */
export interface NegotiationContext {
  readonly round: BudgetRound;
  readonly proposals: readonly NegotiableProposal[];
}

/** The round (404 when the workflow has not received it) and its proposals the actor may read. */
export async function negotiationContext(tx: WorkflowTransaction, roundId: string, actor: Actor): Promise<NegotiationContext> {
  const round = await tx.findRound(roundId);
  if (!round) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
  const proposals = (await tx.proposalsOf(roundId)).filter((proposal) => mayReadProposal(actor, proposal));
  return { round, proposals: negotiableProposals(proposals, await tx.tableDecisionsOf(roundId)) };
}

/** Each proposal as the domain's package rules take it: its table in force by the one rule (effectiveTable). */
export function negotiableProposals(proposals: readonly StoredProposal[], decisions: readonly RoundTableDecision[]): NegotiableProposal[] {
  const byProposal = new Map<string, RoundTableDecision[]>();
  for (const decision of decisions) byProposal.set(decision.proposalId, [...(byProposal.get(decision.proposalId) ?? []), decision]);
  return proposals.map((proposal) => ({
    id: proposal.id,
    reference: proposal.reference,
    title: proposal.title,
    committee: proposal.committee,
    state: proposal.state,
    tableInForce: effectiveTable(originalTableOf(proposal), byProposal.get(proposal.id) ?? []),
  }));
}
