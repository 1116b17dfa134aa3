import * as fc from 'fast-check';
import { Amount } from '../money/amount';
import { TableCells } from '../proposal/consequence-table';
import { anyAmount, aProposalAmount } from '../testing/arbitraries';
import { FundingSource, RAADERUM_KEY } from './package';
import { balanceOf } from './package-balance';

const YEARS = [2026, 2027, 2028];
const KEYS = ['2026', '2027', '2028', 'permanent'];

type Item = { readonly source: string; readonly amounts: TableCells };

function cellsFrom(amount: fc.Arbitrary<Amount>): fc.Arbitrary<TableCells> {
  return fc
    .tuple(...KEYS.map(() => fc.option(amount, { nil: null, freq: 5 })))
    .map((values) => Object.fromEntries(KEYS.map((key, index) => [key, values[index] ?? null])));
}

// The råderum and up to three other sources, and items financed by any of them.
function aNegotiation(amount: fc.Arbitrary<Amount>) {
  return fc.integer({ min: 0, max: 3 }).chain((others) => {
    const keys = [RAADERUM_KEY, ...Array.from({ length: others }, (_, index) => `kilde-${index}`)];
    const sources = fc.tuple(...keys.map((key) => cellsFrom(amount).map((opening): FundingSource => ({ key, name: key, opening }))));
    const items = fc.array(fc.record({ source: fc.constantFrom(...keys), amounts: cellsFrom(amount) }), { maxLength: 40 });
    return fc.record({ sources, items });
  });
}

function balances(sources: readonly FundingSource[], items: readonly Item[]): Amount[][] {
  return balanceOf(sources, items, YEARS).sources.map((source) => source.columns.map((column) => column.balance));
}

describe('the balance (fast-check)', () => {
  it('adding x to one item in column y changes exactly that source’s balance in column y, by −x', () => {
    fc.assert(
      fc.property(
        aNegotiation(aProposalAmount()).filter(({ items }) => items.length > 0),
        fc.nat(),
        fc.constantFrom(...KEYS),
        aProposalAmount(),
        ({ sources, items }, pick, column, x) => {
          const index = pick % items.length;
          const item = items[index] as Item;
          const changed = items.map((candidate, at) =>
            at === index ? { ...item, amounts: { ...item.amounts, [column]: (item.amounts[column] ?? 0) + x } } : candidate,
          );
          const before = balances(sources, items);
          const after = balances(sources, changed);
          sources.forEach((source, s) =>
            KEYS.forEach((key, c) => {
              const expected = source.key === item.source && key === column ? (before[s]?.[c] as Amount) - x : before[s]?.[c];
              expect(after[s]?.[c]).toBe(expected);
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(
        aNegotiation(aProposalAmount()).chain(({ sources, items }) =>
          fc.record({
            sources: fc.constant(sources),
            items: fc.constant(items),
            shuffled: fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
          }),
        ),
        ({ sources, items, shuffled }) => {
          expect(balanceOf(sources, shuffled, YEARS)).toEqual(balanceOf(sources, items, YEARS));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exact to 1.000 kr. for any amounts (checked against BigInt arithmetic)', () => {
    fc.assert(
      fc.property(aNegotiation(anyAmount()), ({ sources, items }) => {
        const result = balanceOf(sources, items, YEARS);
        sources.forEach((source, s) =>
          KEYS.forEach((key, c) => {
            const financed = items.filter((item) => item.source === source.key).reduce((sum, item) => sum + BigInt(item.amounts[key] ?? 0), 0n);
            const expected = BigInt(source.opening[key] ?? 0) - financed;
            expect(BigInt(result.sources[s]?.columns[c]?.balance as Amount)).toBe(expected);
          }),
        );
        // Balanced exactly when no balance is below zero, and every shortfall is the magnitude of a negative balance.
        const negative = result.sources.flatMap((source) =>
          source.columns.filter((column) => column.balance < 0).map((column) => [source.source, column.key, -column.balance]),
        );
        expect(result.shortfalls.flatMap((shortfall) => shortfall.columns.map((column) => [shortfall.source, column.key, column.missing]))).toEqual(negative);
        expect(result.balanced).toBe(negative.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
