import * as fc from 'fast-check';
import { Amount } from '../money/amount';
import { formatAmount } from '../money/format-amount';
import { parseAmountOrThrow } from '../money/parse-amount';
import { TableCells } from '../proposal/consequence-table';
import { aCell } from '../testing/arbitraries';
import { AmountWording, describeAmounts, NO_CONSEQUENCE, WordingKind } from './amount-wording';

const YEARS = [2026, 2027, 2028];

// Cells for 2026, 2027, 2028 and Permanent from Danish text, so the examples read like the tables.
function row(y2026: string, y2027: string, y2028: string, permanent: string): TableCells {
  return { '2026': parseAmountOrThrow(y2026), '2027': parseAmountOrThrow(y2027), '2028': parseAmountOrThrow(y2028), permanent: parseAmountOrThrow(permanent) };
}

describe('describeAmounts: every shape of a four-column row', () => {
  it.each<[string, TableCells, WordingKind, string]>([
    ['all equal', row('1,5', '1,5', '1,5', '1,5'), 'udgift', '1,5 mio. kr. årligt'],
    ['all equal savings', row('-1,5', '-1,5', '-1,5', '-1,5'), 'besparelse', '1,5 mio. kr. årligt'],
    ['one year only', row('-', '2,0', '-', '-'), 'udgift', '2,0 mio. kr. i 2027'],
    ['one year, zeros elsewhere', row('0', '2,0', '0', '0'), 'udgift', '2,0 mio. kr. i 2027'],
    ['the first year only (seed: regionsklinikker)', row('-2,2', '-', '-', '-'), 'besparelse', '2,2 mio. kr. i 2026'],
    ['a run of years without Permanent', row('0,8', '0,8', '0,8', '-'), 'udgift', '0,8 mio. kr. årligt i 2026-2028'],
    ['a run of years with a zero Permanent', row('0,8', '0,8', '0,8', '0'), 'udgift', '0,8 mio. kr. årligt i 2026-2028'],
    ['a shorter run of years', row('0,8', '0,8', '-', '-'), 'udgift', '0,8 mio. kr. årligt i 2026-2027'],
    ['a run starting later that lasts', row('-', '1,0', '1,0', '1,0'), 'udgift', '1,0 mio. kr. årligt fra 2027'],
    ['a single last year that lasts', row('-', '-', '2,0', '2,0'), 'udgift', '2,0 mio. kr. i 2028 og varigt'],
    [
      'rising, ending in a lasting year',
      row('4,2', '4,2', '6,0', '6,0'),
      'udgift',
      '4,2 mio. kr. årligt i 2026-2027 stigende til 6,0 mio. kr. i 2028 og varigt',
    ],
    ['rising in three steps', row('4,2', '5,0', '6,0', '6,0'), 'udgift', '4,2 mio. kr. i 2026 stigende til 5,0 mio. kr. i 2027, 6,0 mio. kr. i 2028 og varigt'],
    ['rising to a lasting run', row('4,2', '6,0', '6,0', '6,0'), 'udgift', '4,2 mio. kr. i 2026 stigende til 6,0 mio. kr. årligt fra 2027'],
    [
      'rising, then a higher Permanent',
      row('1,0', '2,0', '3,0', '4,0'),
      'udgift',
      '1,0 mio. kr. i 2026 stigende til 2,0 mio. kr. i 2027, 3,0 mio. kr. i 2028 og 4,0 mio. kr. varigt',
    ],
    ['rising, starting later, without Permanent', row('-', '1,0', '2,0', '-'), 'udgift', '1,0 mio. kr. i 2027 stigende til 2,0 mio. kr. i 2028'],
    ['a growing saving', row('-4,2', '-4,2', '-6,0', '-6,0'), 'besparelse', '4,2 mio. kr. årligt i 2026-2027 stigende til 6,0 mio. kr. i 2028 og varigt'],
    ['falling, lasting', row('6,0', '5,0', '4,0', '4,0'), 'udgift', '6,0 mio. kr. i 2026 faldende til 5,0 mio. kr. i 2027, 4,0 mio. kr. i 2028 og varigt'],
    ['falling without Permanent', row('3,0', '2,0', '1,0', '-'), 'udgift', '3,0 mio. kr. i 2026 faldende til 2,0 mio. kr. i 2027 og 1,0 mio. kr. i 2028'],
    [
      'a shrinking saving to a lower Permanent',
      row('-3,0', '-2,0', '-2,0', '-1,0'),
      'besparelse',
      '3,0 mio. kr. i 2026 faldende til 2,0 mio. kr. årligt i 2027-2028 og 1,0 mio. kr. varigt',
    ],
    ['non-monotonic', row('1,0', '3,0', '2,0', '-'), 'udgift', '1,0 mio. kr. i 2026, 3,0 mio. kr. i 2027 og 2,0 mio. kr. i 2028'],
    [
      'rising years but a lower Permanent',
      row('1,0', '2,0', '3,0', '2,5'),
      'udgift',
      '1,0 mio. kr. i 2026, 2,0 mio. kr. i 2027, 3,0 mio. kr. i 2028 og 2,5 mio. kr. varigt',
    ],
    ['a gap between equal years', row('1,0', '-', '1,0', '-'), 'udgift', '1,0 mio. kr. i 2026 og 1,0 mio. kr. i 2028'],
    ['a gap before a rise', row('1,0', '-', '2,0', '2,0'), 'udgift', '1,0 mio. kr. i 2026, 2,0 mio. kr. i 2028 og varigt'],
    ['Permanent differs from the last year', row('1,0', '1,0', '1,0', '0,5'), 'udgift', '1,0 mio. kr. årligt i 2026-2028 og 0,5 mio. kr. varigt'],
    ['Permanent after an empty last year', row('1,0', '1,0', '-', '1,0'), 'udgift', '1,0 mio. kr. årligt i 2026-2027 og 1,0 mio. kr. varigt efter 2028'],
    ['only Permanent', row('-', '-', '-', '0,5'), 'udgift', '0,5 mio. kr. varigt efter 2028'],
    ['only Permanent, a saving', row('0', '0', '0', '-0,5'), 'besparelse', '0,5 mio. kr. varigt efter 2028'],
    ['an exact amount that must not round (seed: lægevagten)', row('-0,125', '-0,125', '-0,125', '-0,125'), 'besparelse', '0,125 mio. kr. årligt'],
    ['mixed signs', row('1,0', '-2,0', '-2,0', '-2,0'), 'blandet', '1,0 mio. kr. i 2026 og -2,0 mio. kr. årligt fra 2027'],
    ['mixed signs that look rising', row('-1,0', '1,0', '2,0', '2,0'), 'blandet', '-1,0 mio. kr. i 2026, 1,0 mio. kr. i 2027, 2,0 mio. kr. i 2028 og varigt'],
    ['mixed signs in Permanent only', row('0,5', '0,5', '0,5', '-1,0'), 'blandet', '0,5 mio. kr. årligt i 2026-2028 og -1,0 mio. kr. varigt'],
    ['all empty', row('-', '-', '-', '-'), 'ingen', NO_CONSEQUENCE],
    ['all zero', row('0', '0', '0', '0'), 'ingen', NO_CONSEQUENCE],
  ])('%s', (_shape, cells, kind, amounts) => {
    const wording = describeAmounts(YEARS, cells);
    expect([wording.kind, wording.amounts]).toEqual([kind, amounts]);
  });

  it.each<[WordingKind, TableCells, string]>([
    ['besparelse', row('-1,5', '-1,5', '-1,5', '-1,5'), 'besparelse på 1,5 mio. kr. årligt'],
    ['udgift', row('1,5', '1,5', '1,5', '1,5'), 'udgift på 1,5 mio. kr. årligt'],
    ['blandet', row('1,0', '-1,0', '-', '-'), '1,0 mio. kr. i 2026 og -1,0 mio. kr. i 2027'],
    ['ingen', row('-', '-', '-', '-'), 'ingen økonomisk konsekvens'],
  ])('leads a %s phrase so the sign is never lost', (_kind, cells, phrase) => {
    expect(describeAmounts(YEARS, cells).phrase).toBe(phrase);
  });

  it('works for rounds of other lengths', () => {
    expect(describeAmounts([2026, 2027], { '2026': 4200, '2027': 6000, permanent: 6000 }).amounts).toBe(
      '4,2 mio. kr. i 2026 stigende til 6,0 mio. kr. i 2027 og varigt',
    );
    expect(describeAmounts([2026], { '2026': 1500, permanent: 1500 }).amounts).toBe('1,5 mio. kr. årligt');
    expect(describeAmounts([2026], { '2026': 1500, permanent: null }).amounts).toBe('1,5 mio. kr. i 2026');
    expect(describeAmounts([], { permanent: 1500 }).amounts).toBe('1,5 mio. kr. varigt');
  });

  it('treats a missing column as empty', () => {
    expect(describeAmounts(YEARS, { '2027': 2000 }).amounts).toBe('2,0 mio. kr. i 2027');
  });
});

// Reads a phrase back into amounts per column, following the wording rules; throws on anything else.
function decode(years: readonly number[], wording: AmountWording): Record<string, Amount> {
  const decoded: Record<string, Amount> = Object.fromEntries([...years.map(String), 'permanent'].map((key) => [key, 0]));
  if (wording.kind === 'ingen') return decoded;
  const sign = wording.kind === 'besparelse' ? -1 : 1;
  const assigned = new Set<string>();
  const set = (key: string, value: Amount) => {
    if (assigned.has(key)) throw new Error(`${key} is named twice in «${wording.amounts}»`);
    assigned.add(key);
    decoded[key] = value;
  };
  const trend = /^(.+?) (stigende|faldende) til (.+)$/.exec(wording.amounts);
  const items = trend ? [trend[1] as string, ...(trend[3] as string).split(/, | og /)] : wording.amounts.split(/, | og /);
  const amount = (text: string) => sign * (parseAmountOrThrow(text) as Amount);
  const mentioned: Amount[] = [];
  let previous: { value: Amount; year: number } | undefined;
  for (const item of items) {
    let match: RegExpExecArray | null;
    if ((match = /^(-?[\d.]+,\d+) mio\. kr\. årligt$/.exec(item))) {
      const value = amount(match[1] as string);
      for (const year of years) set(String(year), value);
      set('permanent', value);
      mentioned.push(value);
    } else if ((match = /^(-?[\d.]+,\d+) mio\. kr\. årligt fra (\d{4})$/.exec(item))) {
      const value = amount(match[1] as string);
      for (const year of years.filter((year) => year >= Number(match?.[2]))) set(String(year), value);
      set('permanent', value);
      mentioned.push(value);
    } else if ((match = /^(-?[\d.]+,\d+) mio\. kr\. årligt i (\d{4})-(\d{4})$/.exec(item))) {
      const value = amount(match[1] as string);
      const [from, to] = [Number(match[2]), Number(match[3])];
      if (to <= from) throw new Error(`bad range in «${item}»`);
      for (let year = from; year <= to; year++) set(String(year), value);
      mentioned.push(value);
      previous = { value, year: to };
    } else if ((match = /^(-?[\d.]+,\d+) mio\. kr\. i (\d{4})$/.exec(item))) {
      const value = amount(match[1] as string);
      set(String(match[2]), value);
      mentioned.push(value);
      previous = { value, year: Number(match[2]) };
    } else if (item === 'varigt') {
      // "og varigt" continues the amount of the last year, and only the last year.
      if (previous?.year !== years[years.length - 1]) throw new Error(`"varigt" does not follow the last year in «${wording.amounts}»`);
      set('permanent', previous.value);
    } else if ((match = /^(-?[\d.]+,\d+) mio\. kr\. varigt( efter (\d{4}))?$/.exec(item))) {
      if (match[3] !== undefined && Number(match[3]) !== years[years.length - 1]) throw new Error(`bad "efter" in «${item}»`);
      const value = amount(match[1] as string);
      set('permanent', value);
      mentioned.push(value);
    } else {
      throw new Error(`cannot read «${item}» in «${wording.amounts}»`);
    }
  }
  if (trend) {
    const magnitudes = mentioned.map(Math.abs);
    const rising = trend[2] === 'stigende';
    magnitudes.slice(1).forEach((value, index) => expect(rising ? value > (magnitudes[index] as number) : value < (magnitudes[index] as number)).toBe(true));
  }
  return decoded;
}

describe('describeAmounts properties', () => {
  const yearsArb = fc.integer({ min: 1, max: 5 }).map((count) => Array.from({ length: count }, (_, index) => 2026 + index));
  // Few distinct amounts make runs, trends and "varigt" common; the sign mode makes uniform rows common.
  const magnitude = fc.oneof({ arbitrary: fc.constantFrom(null, 0, 125, 500, 1000, 2000), weight: 4 }, { arbitrary: aCell(), weight: 1 });
  function cellIn(mode: 'saving' | 'cost' | 'mixed'): fc.Arbitrary<Amount | null> {
    return magnitude.chain((value) => {
      if (value === null || value === 0) return fc.constant(value);
      const size = Math.abs(value);
      return mode === 'saving' ? fc.constant(-size) : mode === 'cost' ? fc.constant(size) : fc.constantFrom(size, -size);
    });
  }
  const cellArb = fc.constantFrom('saving', 'cost', 'mixed').map((mode) => cellIn(mode));
  const rowArb = fc.tuple(yearsArb, cellArb).chain(([years, cell]) =>
    fc.tuple(fc.constant(years), fc.array(cell, { minLength: years.length + 1, maxLength: years.length + 1 })).map(([y, values]) => {
      const cells: Record<string, Amount | null> = Object.fromEntries(y.map((year, index) => [String(year), values[index] ?? null]));
      cells['permanent'] = values[y.length] ?? null;
      return { years: y, cells };
    }),
  );

  it('never drops a non-zero amount: each one is named, or collapsed into a run of equal amounts', () => {
    fc.assert(
      fc.property(rowArb, ({ years, cells }) => {
        const wording = describeAmounts(years, cells);
        const uniform = wording.kind === 'besparelse' || wording.kind === 'udgift';
        const named = new Set(wording.amounts.match(/-?[\d.]+,\d+/g) ?? []);
        const expected = new Set(
          Object.values(cells)
            .filter((value): value is Amount => value !== null && value !== 0)
            .map((value) => formatAmount(uniform ? Math.abs(value) : value)),
        );
        // The same set: nothing dropped, nothing invented; equal amounts may share one mention.
        expect(named).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('is unambiguous: reading the phrase back gives exactly the row (empty and 0 alike)', () => {
    fc.assert(
      fc.property(rowArb, ({ years, cells }) => {
        const decoded = decode(years, describeAmounts(years, cells));
        const expected = Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, value ?? 0]));
        expect(decoded).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every example of the table above', () => {
    for (const cells of [row('4,2', '5,0', '6,0', '6,0'), row('-3,0', '-2,0', '-2,0', '-1,0'), row('1,0', '-', '2,0', '2,0')]) {
      expect(decode(YEARS, describeAmounts(YEARS, cells))).toEqual(Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, value ?? 0])));
    }
  });
});
