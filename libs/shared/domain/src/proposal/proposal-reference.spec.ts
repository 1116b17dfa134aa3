import { formatProposalReference, nextProposalReferences, parseProposalReference } from './proposal-reference';

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

describe('the next free proposal references', () => {
  it('starts at 01 for a committee with no proposal in the round', () => {
    expect(nextProposalReferences(2026, 'PSU', [], 3)).toEqual(['B26-PSU-01', 'B26-PSU-02', 'B26-PSU-03']);
  });

  it('follows the highest number used, drafts and withdrawn ones alike, and does not fill gaps', () => {
    expect(nextProposalReferences(2026, 'PSU', ['B26-PSU-02', 'B26-PSU-01'], 2)).toEqual(['B26-PSU-03', 'B26-PSU-04']);
    // B26-PSU-02 withdrawn and gone from the lists is still used: a reference is never given twice.
    expect(nextProposalReferences(2026, 'PSU', ['B26-PSU-01', 'B26-PSU-05'], 1)).toEqual(['B26-PSU-06']);
  });

  it('ignores other committees, other years and what is not a reference', () => {
    expect(nextProposalReferences(2026, 'SU', ['B26-PSU-07', 'B27-SU-04', 'B26-SUX-09', 'SU-12', 'B26-SU-02'], 1)).toEqual(['B26-SU-03']);
  });

  it('counts past 99 and stops at the last number', () => {
    expect(nextProposalReferences(2026, 'SU', ['B26-SU-99'], 2)).toEqual(['B26-SU-100', 'B26-SU-101']);
    expect(nextProposalReferences(2026, 'SU', ['B26-SU-998'], 3)).toEqual(['B26-SU-999']);
    expect(nextProposalReferences(2026, 'SU', ['B26-SU-999'], 3)).toEqual([]);
  });

  it('gives none when none are asked for', () => {
    expect(nextProposalReferences(2026, 'SU', ['B26-SU-01'], 0)).toEqual([]);
  });
});
