import { isNewerState } from './state-sequence';

describe('isNewerState', () => {
  it('takes a state only when its state sequence is higher than the one held', () => {
    expect(isNewerState({ stateSequence: 4 }, { stateSequence: 3 })).toBe(true);
    expect(isNewerState({ stateSequence: 3 }, { stateSequence: 3 })).toBe(false);
    expect(isNewerState({ stateSequence: 2 }, { stateSequence: 3 })).toBe(false);
  });

  it('lets the highest of any interleaving win', () => {
    const arrivals = [3, 1, 4, 2, 5, 4];
    const held = arrivals.reduce((current, incoming) => (isNewerState({ stateSequence: incoming }, { stateSequence: current }) ? incoming : current), 0);
    expect(held).toBe(5);
  });
});
