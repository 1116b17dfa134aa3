import { Committee, fagudvalg, findCommittee } from '../committee/committee';
import { Amount } from '../money/amount';
import { addAmounts, sumAmounts } from '../money/amount-arithmetic';
import { ConsequenceTable, columnTotal } from '../proposal/consequence-table';
import { BudgetRound } from '../round/budget-round';
import { ColumnKey, columnKeys, yearColumnKey } from '../round/round-columns';
import { PROPOSAL_STATES, ProposalState } from '../workflow/proposal-state';

/**
 * States whose proposals count towards a frame: everything still alive or adopted.
 * Withdrawn, rejected by FU and not adopted proposals will never save anything.
 */
export const COUNTED_STATES: readonly ProposalState[] = ['draft', 'submitted', 'returned', 'on_fu_agenda', 'approved_by_fu', 'adopted'];

/** What frame status needs of a proposal. */
export interface FrameStatusProposal {
  readonly committee: string;
  readonly status: ProposalState;
  readonly table: ConsequenceTable;
}

/** Sum of proposals' amounts per state (0 for a state without proposals). */
export type AmountsByState = Readonly<Record<ProposalState, Amount>>;

/** One committee against its frame. */
export interface CommitteeFrameStatus {
  readonly committee: Committee;
  /** The saving frame (positive); null when the committee has none. */
  readonly frame: Amount | null;
  readonly byState: AmountsByState;
  /** Sum of the counted proposals (savings are negative). */
  readonly counted: Amount;
  /** frame + counted: what is still to be found (0 = frame met, negative = more than the frame). */
  readonly gap: Amount | null;
}

/** The whole round against its target, per committee and in total. */
export interface FrameStatus {
  readonly column: ColumnKey;
  readonly target: Amount | null;
  readonly committees: readonly CommitteeFrameStatus[];
  readonly byState: AmountsByState;
  readonly counted: Amount;
  /** target + counted: what the round still has to find; null without a target. */
  readonly gap: Amount | null;
}

function sumByState(proposals: readonly FrameStatusProposal[], column: ColumnKey): AmountsByState {
  // An empty cell saves nothing in that column, so it counts as 0 here.
  const amountsIn = (state: ProposalState) =>
    proposals.filter((proposal) => proposal.status === state).map((proposal) => columnTotal(proposal.table, column) ?? 0);
  return Object.fromEntries(PROPOSAL_STATES.map((state) => [state, sumAmounts(amountsIn(state))])) as AmountsByState;
}

function countedOf(byState: AmountsByState): Amount {
  return sumAmounts(COUNTED_STATES.map((state) => byState[state]));
}

/**
 * Frame status of a round in one column (the budget year unless given): per fagudvalg its frame,
 * the sums of its proposals by state and the gap; the same for the round against its target.
 * Sign convention: frames and target are positive savings, proposals save with negative amounts.
 */
export function frameStatus(round: BudgetRound, proposals: readonly FrameStatusProposal[], column: ColumnKey = yearColumnKey(round.budgetYear)): FrameStatus {
  if (!columnKeys(round).includes(column)) {
    throw new RangeError(`Kolonnen «${column}» findes ikke i ${round.name}.`);
  }
  for (const proposal of proposals) {
    const committee = findCommittee(round.committees, proposal.committee);
    // Proposals are validated against the round, so a stranger here is a programming error.
    if (committee?.kind !== 'fagudvalg') throw new RangeError(`Forslag for «${proposal.committee}», som ikke er et fagudvalg i ${round.name}.`);
  }
  const committees = fagudvalg(round.committees).map((committee): CommitteeFrameStatus => {
    const byState = sumByState(
      proposals.filter((proposal) => proposal.committee === committee.code),
      column,
    );
    const counted = countedOf(byState);
    const frame = round.frames[committee.code] ?? null;
    return { committee, frame, byState, counted, gap: frame === null ? null : addAmounts(frame, counted) };
  });
  const byState = sumByState(proposals, column);
  const counted = countedOf(byState);
  return { column, target: round.target, committees, byState, counted, gap: round.target === null ? null : addAmounts(round.target, counted) };
}
