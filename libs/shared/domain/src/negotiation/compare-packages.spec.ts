import { aNegotiableProposal, aPackage, aProposalWith, aRaaderum, aSource, anInitiative } from '../testing/package.builder';
import { aTableOf, cellsOf } from '../testing/proposal.builder';
import { RAADERUM_KEY } from './package';
import { comparePackages } from './compare-packages';

const su01 = aNegotiableProposal(); // −1,0 in every column
const dns02 = aProposalWith('p-dns-02', 'B26-DNS-02', [-500, -500, -500, -500], { title: 'Regionsklinikker', committee: 'DNS' });
const proposals = [su01, dns02];
const pool = aSource('sp', 'sundhedspakken', 5000, 5000, null, null);
const laeger = anInitiative({ amounts: cellsOf(1000, 1000, 1000, 1000) });
const akut = anInitiative({ key: 'i-akut', chapter: 'Præhospital', title: 'Flere ambulancer', amounts: cellsOf(1000, 1000, null, null), source: 'sp' });

function included(proposalId: string, source = RAADERUM_KEY) {
  return { proposalId, amendedTable: null, source };
}

// Package 1 does not balance in 2028 (the pool ends in 2027); package 2 drops the ambulances there and changes SU-01.
const first = aPackage({
  name: 'Oplæg 1',
  sources: [aRaaderum(), pool],
  proposals: [included('p-su-01')],
  initiatives: [laeger, { ...akut, amounts: cellsOf(1000, 1000, 1000, null) }],
});
const second = aPackage({
  name: 'Oplæg 2',
  sources: [aRaaderum(), aSource('other-key', 'Sundhedspakken', 5000, 5000, null, null)],
  proposals: [{ proposalId: 'p-su-01', amendedTable: aTableOf(-1500, -1500, -1500, -1500), source: RAADERUM_KEY }, included('p-dns-02')],
  initiatives: [laeger, { ...akut, source: 'other-key' }],
});

describe('comparePackages', () => {
  const comparison = comparePackages([first, second], proposals);

  it('gives each package its totals per column: spending, savings, net, openings and what is left', () => {
    expect(comparison.columns).toEqual(['2026', '2027', '2028', 'permanent']);
    expect(comparison.packages.map(({ name, balanced }) => ({ name, balanced }))).toEqual([
      { name: 'Oplæg 1', balanced: false },
      { name: 'Oplæg 2', balanced: true },
    ]);
    expect(comparison.packages[0]?.totals).toEqual([
      { key: '2026', spending: 2000, savings: -1000, net: 1000, opening: 5000, balance: 4000 },
      { key: '2027', spending: 2000, savings: -1000, net: 1000, opening: 5000, balance: 4000 },
      { key: '2028', spending: 2000, savings: -1000, net: 1000, opening: 0, balance: -1000 },
      { key: 'permanent', spending: 1000, savings: -1000, net: 0, opening: 0, balance: 0 },
    ]);
    expect(comparison.packages[0]?.shortfalls.map((shortfall) => shortfall.message)).toEqual(['Sundhedspakken er overskredet med 1,0 mio. kr. i 2028.']);
    expect(comparison.packages[1]?.totals[2]).toEqual({ key: '2028', spending: 1000, savings: -2000, net: -1000, opening: 0, balance: 1000 });
  });

  it('lists every item once, in the order they first appear, and says what differs', () => {
    expect(comparison.items.map(({ key, differences, differingColumns }) => ({ key, differences, differingColumns }))).toEqual([
      { key: 'proposal:p-su-01', differences: ['amounts'], differingColumns: ['2026', '2027', '2028', 'permanent'] },
      { key: 'initiative:i-laeger', differences: [], differingColumns: [] },
      { key: 'initiative:i-akut', differences: ['amounts'], differingColumns: ['2028'] },
      { key: 'proposal:p-dns-02', differences: ['inclusion'], differingColumns: [] },
    ]);
  });

  it('shows each package’s version of an item, and null where a package leaves it out', () => {
    const dns = comparison.items.find((item) => item.key === 'proposal:p-dns-02');
    expect(dns).toMatchObject({ kind: 'proposal', reference: 'B26-DNS-02', title: 'Regionsklinikker' });
    expect(dns?.entries[0]).toBeNull();
    expect(dns?.entries[1]).toEqual({
      title: 'Regionsklinikker',
      amounts: cellsOf(-500, -500, -500, -500),
      sourceName: 'råderummet',
      changed: false,
      description: null,
    });
    expect(comparison.items[0]?.entries[1]).toMatchObject({ changed: true, amounts: cellsOf(-1500, -1500, -1500, -1500) });
  });

  it('matches sources by name, whatever their keys and case', () => {
    expect(comparison.sources).toEqual([
      { name: 'råderummet', openings: [cellsOf(0, 0, 0, 0), cellsOf(0, 0, 0, 0)], differingColumns: [] },
      { name: 'sundhedspakken', openings: [cellsOf(5000, 5000, null, null), cellsOf(5000, 5000, null, null)], differingColumns: [] },
    ]);
    // Financed by «sundhedspakken» in one and «Sundhedspakken» in the other: the same source.
    expect(comparison.items[2]?.differences).not.toContain('source');
  });

  it('notices a different source, a different description and a different opening, over three packages', () => {
    const third = aPackage({
      name: 'Oplæg 3',
      sources: [aRaaderum(500, 500, 500, 500), pool],
      proposals: [included('p-su-01', 'sp')],
      initiatives: [{ ...laeger, title: 'Flere læger', chapter: 'Sundhed' }],
    });
    const three = comparePackages([first, second, third], proposals);
    expect(three.packages).toHaveLength(3);
    expect(three.items.find((item) => item.key === 'proposal:p-su-01')?.differences).toEqual(['amounts', 'source']);
    expect(three.items.find((item) => item.key === 'initiative:i-laeger')?.differences).toEqual(['description']);
    expect(three.items.find((item) => item.key === 'initiative:i-akut')?.differences).toEqual(['inclusion', 'amounts']);
    expect(three.sources[0]).toEqual({
      name: 'råderummet',
      openings: [cellsOf(0, 0, 0, 0), cellsOf(0, 0, 0, 0), cellsOf(500, 500, 500, 500)],
      differingColumns: ['2026', '2027', '2028', 'permanent'],
    });
  });

  it('counts a source only one package has as 0 in the others', () => {
    const withLoan = aPackage({ sources: [aRaaderum(), aSource('laan', 'lånet', 1000, null, null, null)] });
    const without = aPackage();
    expect(comparePackages([withLoan, without], []).sources[1]).toEqual({
      name: 'lånet',
      openings: [cellsOf(1000, null, null, null), null],
      differingColumns: ['2026'],
    });
  });

  it('sees no difference between an empty cell and 0', () => {
    const a = aPackage({ initiatives: [anInitiative({ amounts: cellsOf(1000, null, null, null) })] });
    const b = aPackage({ initiatives: [anInitiative({ amounts: cellsOf(1000, 0, 0, 0) })] });
    expect(comparePackages([a, b], []).items[0]?.differences).toEqual([]);
  });

  it('finds nothing different in a package compared with its copy', () => {
    const copy = comparePackages([second, { ...second, name: 'Kopi af Oplæg 2' }], proposals);
    expect(copy.items.every((item) => item.differences.length === 0)).toBe(true);
    expect(copy.sources.every((source) => source.differingColumns.length === 0)).toBe(true);
  });

  it('refuses packages of rounds with different years', () => {
    expect(() => comparePackages([first, aPackage({ yearColumns: [2027, 2028, 2029] })], proposals)).toThrow(RangeError);
  });
});
