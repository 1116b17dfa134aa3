import { formatProposalReference, parseProposalReference } from './proposal-reference';

describe('proposal references', () => {
  it.each([
    [2026, 'SU', 1, 'B26-SU-01'],
    [2026, 'DNS', 3, 'B26-DNS-03'],
    [2030, 'UAR', 12, 'B30-UAR-12'],
    [2105, 'SU', 100, 'B05-SU-100'],
  ])('formats (%d, %s, %d) as %s and parses it back', (year, committee, sequence, reference) => {
    expect(formatProposalReference(year, committee, sequence)).toBe(reference);
    expect(parseProposalReference(reference)).toEqual({ yearSuffix: reference.slice(1, 3), committee, sequence });
  });

  it.each(['B26SU01', 'b26-SU-01', 'B2026-SU-01', 'B26-su-01', 'B26-SU-1', 'B26-SU-00', 'B26--01', ' B26-SU-01'])('does not parse %j', (reference) => {
    expect(parseProposalReference(reference)).toBeNull();
  });

  it.each([0, -1, 1.5, 1000])('refuses sequence %d', (sequence) => {
    expect(() => formatProposalReference(2026, 'SU', sequence)).toThrow(RangeError);
  });
});
