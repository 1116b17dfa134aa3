import { Amount } from '../money/amount';
import { sumAmounts } from '../money/amount-arithmetic';
import { PROPOSAL_STATES, ProposalState } from '../workflow/proposal-state';
import { AmountsByState, COUNTED_STATES } from './frame-status';

/**
 * The counted states as the frame status shows them (the rammeopfølgning's columns, the overview's bars): what is
 * still being handled, what FU approved, and what RR adopted.
 */
export const FRAME_STATE_GROUPS = [
  { key: 'pending', label: 'Under behandling', states: ['draft', 'submitted', 'returned', 'on_fu_agenda'] },
  { key: 'approved', label: 'Godkendt af FU', states: ['approved_by_fu'] },
  { key: 'adopted', label: 'Vedtaget', states: ['adopted'] },
] as const satisfies readonly { key: string; label: string; states: readonly ProposalState[] }[];

export type FrameStateGroupKey = (typeof FRAME_STATE_GROUPS)[number]['key'];

/** The states that no longer count towards a frame (withdrawn, rejected, not adopted, lapsed). */
export const UNCOUNTED_STATES: readonly ProposalState[] = PROPOSAL_STATES.filter((state) => !COUNTED_STATES.includes(state));

/** The sum of the amounts in these states. */
export function sumOfStates(byState: AmountsByState, states: readonly ProposalState[]): Amount {
  return sumAmounts(states.map((state) => byState[state]));
}
