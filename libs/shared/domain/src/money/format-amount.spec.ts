import { formatAmount, formatMio } from './format-amount';

describe('formatAmount', () => {
  it.each([
    [-125, '-0,125'],
    [-2200, '-2,2'],
    [0, '0,0'],
    [1234500, '1.234,5'],
    [-100, '-0,1'],
    [50, '0,05'],
    [1, '0,001'],
    [-10000, '-10,0'],
    [35000, '35,0'],
    [-34825, '-34,825'],
    [1000000000, '1.000.000,0'],
    [-999999999, '-999.999,999'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740,991'],
  ])('%d → %j', (amount, expected) => {
    expect(formatAmount(amount)).toBe(expected);
  });

  it('prints an empty cell as "-"', () => {
    expect(formatAmount(null)).toBe('-');
  });

  it('prints negative zero as zero', () => {
    expect(formatAmount(-0)).toBe('0,0');
  });

  it('can use the U+2212 minus sign', () => {
    expect(formatAmount(-2200, { minus: 'minus-sign' })).toBe('\u22122,2');
    expect(formatAmount(2200, { minus: 'minus-sign' })).toBe('2,2');
  });

  it.each([
    [0, 14000, '14'],
    [0, 14500, '14,5'],
    [0, -125, '-0,125'],
    [2, -2200, '-2,20'],
    [2, -125, '-0,125'],
    [3, 0, '0,000'],
  ] as const)('minDecimals %d: %d → %j', (minDecimals, amount, expected) => {
    expect(formatAmount(amount, { minDecimals })).toBe(expected);
  });

  it.each([1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('throws on %d, which is not an exact amount', (value) => {
    expect(() => formatAmount(value)).toThrow(RangeError);
  });
});

describe('formatMio', () => {
  it('adds the unit', () => {
    expect(formatMio(2200)).toBe('2,2 mio. kr.');
    expect(formatMio(-125)).toBe('-0,125 mio. kr.');
    expect(formatMio(-2200, { minus: 'minus-sign' })).toBe('\u22122,2 mio. kr.');
  });

  it('prints an empty cell as "-" without a unit', () => {
    expect(formatMio(null)).toBe('-');
  });
});
