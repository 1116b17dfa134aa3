import { amountRuns } from './amount-runs';

describe('amountRuns', () => {
  it('joins consecutive years with the same amount and leaves out the years with 0', () => {
    expect(amountRuns([1000, 1000, 0, 1000, 2000, 2000])).toEqual([
      { value: 1000, from: 0, to: 1 },
      { value: 1000, from: 3, to: 3 },
      { value: 2000, from: 4, to: 5 },
    ]);
  });

  it('keeps a saving apart from a spending of the same size', () => {
    expect(amountRuns([-500, 500])).toEqual([
      { value: -500, from: 0, to: 0 },
      { value: 500, from: 1, to: 1 },
    ]);
  });

  it('has no runs for a row without amounts', () => {
    expect(amountRuns([0, 0, 0])).toEqual([]);
    expect(amountRuns([])).toEqual([]);
  });
});
