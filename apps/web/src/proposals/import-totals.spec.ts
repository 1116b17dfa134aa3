import { importTotals } from './import-totals';

// The import preview's «I alt» row: every column of the round, summed exactly (thousand kroner).

describe('importTotals', () => {
  it('adds up every column and keeps a column no proposal fills empty', () => {
    const proposals = [
      { totals: { '2026': -1500, '2027': -2000, '2028': null, permanent: -125 } },
      { totals: { '2026': 2000, '2027': null, '2028': null, permanent: -1 } },
    ];
    expect(importTotals(proposals, ['2026', '2027', '2028', 'permanent'])).toEqual({ '2026': 500, '2027': -2000, '2028': null, permanent: -126 });
  });

  it('reads a column missing from a proposal as empty, and gives empty columns for no proposals', () => {
    expect(importTotals([{ totals: { '2026': -100 } }], ['2026', '2027'])).toEqual({ '2026': -100, '2027': null });
    expect(importTotals([], ['2026'])).toEqual({ '2026': null });
  });
});
