import { PROPOSAL_STATES } from '../workflow/proposal-state';
import { FRAME_STATE_GROUPS, UNCOUNTED_STATES, sumOfStates } from './frame-state-groups';
import { AmountsByState, COUNTED_STATES } from './frame-status';

describe('the frame status state groups', () => {
  it('split the counted states into disjoint groups, and the rest is uncounted', () => {
    const grouped = FRAME_STATE_GROUPS.flatMap((group) => [...group.states]);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...COUNTED_STATES].sort());
    expect([...grouped, ...UNCOUNTED_STATES].sort()).toEqual([...PROPOSAL_STATES].sort());
  });

  it('add up the amounts of their states', () => {
    const byState = Object.fromEntries(PROPOSAL_STATES.map((state, index) => [state, -(index + 1) * 100])) as AmountsByState;
    expect(FRAME_STATE_GROUPS.map((group) => sumOfStates(byState, group.states))).toEqual([-100 - 200 - 300 - 400, -500, -700]);
    expect(sumOfStates(byState, UNCOUNTED_STATES)).toBe(-600 - 800 - 900 - 1000);
  });
});
