import { aNegotiableProposal, aPackage, aProposalWith, aRaaderum, aSource, anInitiative } from '../testing/package.builder';
import { cellsOf } from '../testing/proposal.builder';
import { RAADERUM_KEY } from './package';
import { BALANCED_MESSAGE, balanceOf, packageBalance } from './package-balance';

const su01 = aNegotiableProposal(); // saves 1,0 mio. kr. in every column
const dns02 = aProposalWith('p-dns-02', 'B26-DNS-02', [-500, -500, -500, -500]);
const pool = aSource('sundhedspakken', 'sundhedspakken', 5000, 5000, null, null);

function included(proposalId: string, source = RAADERUM_KEY) {
  return { proposalId, amendedTable: null, source };
}

describe('packageBalance: per source, year and Permanent, balance = opening − Σ the items it finances', () => {
  it('balances an empty package with an empty råderum', () => {
    const balance = packageBalance(aPackage(), []);
    expect(balance).toMatchObject({ balanced: true, shortfalls: [], message: BALANCED_MESSAGE });
    expect(balance.sources[0]?.columns).toEqual(['2026', '2027', '2028', 'permanent'].map((key) => ({ key, opening: 0, financed: 0, balance: 0 })));
  });

  it('lets an included saving add room: savings are negative, so they raise the balance', () => {
    const balance = packageBalance(aPackage({ proposals: [included('p-su-01'), included('p-dns-02')] }), [su01, dns02]);
    expect(balance.sources[0]?.columns.map((column) => [column.financed, column.balance])).toEqual([
      [-1500, 1500],
      [-1500, 1500],
      [-1500, 1500],
      [-1500, 1500],
    ]);
    expect(balance.balanced).toBe(true);
  });

  it('finds the year that does not balance and says it in Danish (the demo’s first package: short in 2028)', () => {
    const akut = anInitiative({ key: 'i-akut', title: 'Styrkelse af akutberedskabet', amounts: cellsOf(1000, 1000, 1500, 1000) });
    const balance = packageBalance(aPackage({ proposals: [included('p-su-01')], initiatives: [akut] }), [su01]);
    expect(balance.balanced).toBe(false);
    expect(balance.shortfalls).toEqual([
      { source: RAADERUM_KEY, name: 'råderummet', columns: [{ key: '2028', missing: 500 }], message: 'Råderummet er overskredet med 0,5 mio. kr. i 2028.' },
    ]);
    expect(balance.message).toBe('Pakken balancerer ikke: råderummet er overskredet med 0,5 mio. kr. i 2028.');
  });

  it('names every overdrawn column of a source with its own amount, Permanent as «varigt»', () => {
    const balance = packageBalance(
      aPackage({ sources: [aRaaderum(0, 0, 0, 0)], initiatives: [anInitiative({ amounts: cellsOf(2000, null, 2125, 750) })] }),
      [],
    );
    expect(balance.shortfalls[0]?.message).toBe('Råderummet er overskredet med 2,0 mio. kr. i 2026, 2,125 mio. kr. i 2028 og 0,75 mio. kr. varigt.');
  });

  it('keeps each source’s money to itself: the råderum’s room never covers a pool’s shortfall', () => {
    const pkg = aPackage({
      sources: [aRaaderum(10_000, 10_000, 10_000, 10_000), pool],
      initiatives: [anInitiative({ key: 'i-ambulancer', title: 'Flere ambulancer', amounts: cellsOf(3000, 3000, 3000, null), source: 'sundhedspakken' })],
    });
    const balance = packageBalance(pkg, []);
    expect(balance.sources[1]?.columns.map((column) => column.balance)).toEqual([2000, 2000, -3000, 0]);
    expect(balance.shortfalls).toEqual([
      {
        source: 'sundhedspakken',
        name: 'sundhedspakken',
        columns: [{ key: '2028', missing: 3000 }],
        message: 'Sundhedspakken er overskredet med 3,0 mio. kr. i 2028.',
      },
    ]);
    expect(balance.total.map((column) => column.balance)).toEqual([12_000, 12_000, 7000, 10_000]);
  });

  it('lists several overdrawn sources in one sentence, in the package’s order of sources', () => {
    const pkg = aPackage({
      sources: [aRaaderum(), pool, aSource('laan', 'lånet', 1000, null, null, null)],
      initiatives: [
        anInitiative({ key: 'a', amounts: cellsOf(null, 100, null, null) }),
        anInitiative({ key: 'b', amounts: cellsOf(6000, null, null, null), source: 'sundhedspakken' }),
        anInitiative({ key: 'c', amounts: cellsOf(1500, null, null, null), source: 'laan' }),
      ],
    });
    expect(packageBalance(pkg, []).message).toBe(
      'Pakken balancerer ikke: råderummet er overskredet med 0,1 mio. kr. i 2027, sundhedspakken er overskredet med 1,0 mio. kr. i 2026, og lånet er overskredet med 0,5 mio. kr. i 2026.',
    );
  });

  it('starts from a negative råderum where savings must close a gap', () => {
    const pkg = aPackage({ sources: [aRaaderum(-1500, -1500, -1000, -1000)], proposals: [included('p-su-01'), included('p-dns-02')] });
    const balance = packageBalance(pkg, [su01, dns02]);
    expect(balance.sources[0]?.columns.map((column) => column.balance)).toEqual([0, 0, 500, 500]);
    expect(balance.balanced).toBe(true);
  });

  it('balances at exactly zero, and not one thousand kroner below', () => {
    const exact = aPackage({ sources: [aRaaderum(2125, 2125, 2125, 2125)], initiatives: [anInitiative({ amounts: cellsOf(2125, 2125, 2125, 2125) })] });
    expect(packageBalance(exact, []).balanced).toBe(true);
    const short = aPackage({ sources: [aRaaderum(2125, 2125, 2125, 2125)], initiatives: [anInitiative({ amounts: cellsOf(2125, 2126, 2125, 2125) })] });
    expect(packageBalance(short, []).shortfalls[0]?.message).toBe('Råderummet er overskredet med 0,001 mio. kr. i 2027.');
  });

  it('counts the package’s amended table, not the table in force', () => {
    const pkg = aPackage({
      proposals: [{ proposalId: 'p-su-01', amendedTable: cellsTable(-250), source: RAADERUM_KEY }],
      initiatives: [anInitiative({ amounts: cellsOf(500, 500, 500, 500) })],
    });
    expect(packageBalance(pkg, [su01]).shortfalls[0]?.columns).toEqual(['2026', '2027', '2028', 'permanent'].map((key) => ({ key, missing: 250 })));
  });

  it('counts empty cells as 0', () => {
    const balance = balanceOf([aRaaderum(null, 1000, null, null)], [{ source: RAADERUM_KEY, amounts: cellsOf(null, null, 500, null) }], [2026, 2027, 2028]);
    expect(balance.sources[0]?.columns.map((column) => [column.opening, column.financed, column.balance])).toEqual([
      [0, 0, 0],
      [1000, 0, 1000],
      [0, 500, -500],
      [0, 0, 0],
    ]);
  });

  it('refuses an item whose source is not in the package', () => {
    expect(() => balanceOf([aRaaderum()], [{ source: 'puljen', amounts: cellsOf(1, 1, 1, 1) }], [2026, 2027, 2028])).toThrow(RangeError);
  });
});

function cellsTable(amount: number) {
  return {
    columns: ['2026', '2027', '2028', 'permanent'],
    rows: [{ label: 'Drift', category: 'drift' as const, cells: cellsOf(amount, amount, amount, amount) }],
  };
}
