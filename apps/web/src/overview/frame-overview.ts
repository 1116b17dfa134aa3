import { FRAME_STATE_GROUPS, UNCOUNTED_STATES, columnKeys, frameStatus, negate, sumOfStates, sumOptionalAmounts } from '@budgetflow/domain';
import type { Amount, AmountsByState, BudgetRound, ColumnKey, ConsequenceTable, FrameStateGroupKey, ProposalState } from '@budgetflow/domain';

export interface OverviewLine {
  code: string | null;
  name: string;
  frame: Amount | null;
  groups: Record<FrameStateGroupKey, Amount>;
  counted: Amount;
  gap: Amount | null;
  uncounted: Amount;
}

export interface ColumnOverview {
  column: ColumnKey;
  committees: OverviewLine[];
  /** The committees added up: the frames, the proposals by state and the gaps. */
  total: OverviewLine;
  /** The round's target (råderum) and what it still has to find; null without a target. */
  target: Amount | null;
  targetGap: Amount | null;
}

export interface OverviewProposal {
  committee: string;
  state: ProposalState;
  /** The table in force: the decided one when FU or RR changed the amounts. */
  table: ConsequenceTable;
}

function line(code: string | null, name: string, frame: Amount | null, byState: AmountsByState, counted: Amount, gap: Amount | null): OverviewLine {
  const groups = Object.fromEntries(FRAME_STATE_GROUPS.map((group) => [group.key, sumOfStates(byState, group.states)])) as Record<FrameStateGroupKey, Amount>;
  return { code, name, frame, groups, counted, gap, uncounted: sumOfStates(byState, UNCOUNTED_STATES) };
}

/**
 * The proposals the frame status counts, as the bilag count them: a draft never submitted is the committee's own
 * work, not yet part of the round (reporting does not follow it), so it is left out wherever a page adds up frames.
 */
export function everSubmitted<T extends { submittedAt: string | null }>(proposals: readonly T[]): T[] {
  return proposals.filter((proposal) => proposal.submittedAt !== null);
}

/** Every column of the round: each committee's frame against its proposals by state, and the gap (the domain's frame status). */
export function frameOverview(round: BudgetRound, proposals: readonly OverviewProposal[]): ColumnOverview[] {
  const input = proposals.map((proposal) => ({ committee: proposal.committee, status: proposal.state, table: proposal.table }));
  return columnKeys(round).map((column) => {
    const status = frameStatus(round, input, column);
    const committees = status.committees.map((entry) => line(entry.committee.code, entry.committee.name, entry.frame, entry.byState, entry.counted, entry.gap));
    const frames = sumOptionalAmounts(committees.map((entry) => entry.frame));
    const gaps = sumOptionalAmounts(committees.map((entry) => entry.gap));
    return { column, committees, total: line(null, 'I alt', frames, status.byState, status.counted, gaps), target: status.target, targetGap: status.gap };
  });
}

/** A saving as a positive amount, for the chart's bar lengths (a cost shows as no saving). */
export function savingOf(amount: Amount): Amount {
  return Math.max(0, negate(amount));
}
