import { aNegotiableProposal, aPackage, aProposalWith, anInitiative } from '../testing/package.builder';
import { aRow, aTable, aTableOf, cellsOf } from '../testing/proposal.builder';
import { RAADERUM_KEY } from './package';
import { initiativeItemKey, isChangedByPackage, packageItems, proposalItemKey } from './package-items';

const su01 = aNegotiableProposal();
// A proposal of two rows: its item counts the column totals.
const dns02 = aProposalWith('p-dns-02', 'B26-DNS-02', [-500, -500, -500, -500], {
  title: 'Regionsklinikker',
  tableInForce: aTable(aRow({ cells: cellsOf(-2200, null, null, null) }), aRow({ label: 'Husleje', cells: cellsOf(200, 200, 200, 200) })),
});

describe('packageItems', () => {
  it('counts a proposal by the column totals of its table in force, an initiative by its amounts; proposals first', () => {
    const pkg = aPackage({
      initiatives: [anInitiative()],
      proposals: [
        { proposalId: 'p-dns-02', amendedTable: null, source: RAADERUM_KEY },
        { proposalId: 'p-su-01', amendedTable: null, source: 'sundhedspakken' },
      ],
    });
    expect(packageItems(pkg, [su01, dns02])).toEqual([
      {
        key: 'proposal:p-dns-02',
        kind: 'proposal',
        reference: 'B26-DNS-02',
        title: 'Regionsklinikker',
        source: RAADERUM_KEY,
        amounts: cellsOf(-2000, 200, 200, 200),
        changed: false,
      },
      {
        key: 'proposal:p-su-01',
        kind: 'proposal',
        reference: 'B26-SU-01',
        title: 'Effektiv ambulatoriedrift',
        source: 'sundhedspakken',
        amounts: cellsOf(-1000, -1000, -1000, -1000),
        changed: false,
      },
      {
        key: 'initiative:i-laeger',
        kind: 'initiative',
        reference: null,
        title: 'Ansættelse af flere læger og mere plejepersonale',
        source: RAADERUM_KEY,
        amounts: cellsOf(2000, 2000, 2000, 2000),
        changed: false,
      },
    ]);
  });

  it('counts the package’s own table where it changed the amounts, and marks the proposal changed', () => {
    const pkg = aPackage({ proposals: [{ proposalId: 'p-su-01', amendedTable: aTableOf(-500, -750, null, -750), source: RAADERUM_KEY }] });
    expect(packageItems(pkg, [su01])[0]).toMatchObject({ amounts: cellsOf(-500, -750, null, -750), changed: true });
  });

  it('keeps an empty column empty', () => {
    const pkg = aPackage({ initiatives: [anInitiative({ amounts: cellsOf(3000, null, null, null) })] });
    expect(packageItems(pkg, [])[0]?.amounts).toEqual(cellsOf(3000, null, null, null));
  });

  it('refuses to count a package whose proposal was not supplied', () => {
    const pkg = aPackage({ proposals: [{ proposalId: 'p-gone', amendedTable: null, source: RAADERUM_KEY }] });
    expect(() => packageItems(pkg, [su01])).toThrow(RangeError);
  });

  it('gives the same item the same key in every package', () => {
    expect(proposalItemKey('p-su-01')).toBe('proposal:p-su-01');
    expect(initiativeItemKey('i-laeger')).toBe('initiative:i-laeger');
  });
});

describe('isChangedByPackage', () => {
  it('is false without a table of the package’s own', () => {
    expect(isChangedByPackage(null, su01)).toBe(false);
  });

  it('is false once a later FU decision made the table in force what the package says', () => {
    expect(isChangedByPackage(aTableOf(-1000, -1000, -1000, -1000), su01)).toBe(false);
  });

  it('is true when any cell differs, also where an empty cell became 0', () => {
    expect(isChangedByPackage(aTableOf(-1000, -1000, -1000, -900), su01)).toBe(true);
    expect(isChangedByPackage(aTableOf(-1000, -1000, -1000, null), su01)).toBe(true);
  });

  it('is true when the rows differ though the totals agree (RR’s amended table is the table, not only its sum)', () => {
    const split = aTable(aRow({ cells: cellsOf(-500, -500, -500, -500) }), aRow({ label: 'Personale', cells: cellsOf(-500, -500, -500, -500) }));
    expect(isChangedByPackage(split, su01)).toBe(true);
  });
});
