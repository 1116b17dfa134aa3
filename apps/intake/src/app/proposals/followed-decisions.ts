import { AmendingDecision, parseAmendingDecisions } from '@budgetflow/contracts';

/** A decision of FU or RR that changed a proposal's amounts, as intake keeps it from the workflow's events. */
export type FollowedDecision = AmendingDecision;

/** The stored decisions (a JSON column), checked; a malformed entry is a clear error naming the proposal. */
export function parseFollowedDecisions(stored: unknown, proposalId: string): FollowedDecision[] {
  return parseAmendingDecisions(stored, `proposal ${proposalId}.decisions`);
}
