import { MAX_AMOUNT, isAmount, isAmountInRange, assertAmount } from './amount';
import { addAmounts, negate, subtract, sumAmounts, sumOptionalAmounts } from './amount-arithmetic';

describe('amount arithmetic', () => {
  it('adds thousands exactly where floats would drift', () => {
    // 0,1 + 0,2 mio. kr. in floats is 0.30000000000000004; in thousands it is exactly 300.
    expect(addAmounts(100, 200)).toBe(300);
    expect(sumAmounts([-125, -2200, -500])).toBe(-2825);
  });

  it('sums an empty list to zero', () => {
    expect(sumAmounts([])).toBe(0);
  });

  it('subtracts and negates', () => {
    expect(subtract(35000, 34825)).toBe(175);
    expect(negate(35000)).toBe(-35000);
  });

  it('never produces negative zero', () => {
    expect(Object.is(negate(0), 0)).toBe(true);
    expect(Object.is(addAmounts(-0, -0), 0)).toBe(true);
    expect(Object.is(subtract(-5, -5), 0)).toBe(true);
  });

  it('throws when a result is no longer a safe integer', () => {
    expect(() => addAmounts(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(() => subtract(Number.MIN_SAFE_INTEGER, 1)).toThrow('for stort');
    expect(() => sumAmounts([Number.MAX_SAFE_INTEGER, 1, -1])).toThrow(RangeError);
  });

  it('throws on operands that are not whole thousands', () => {
    expect(() => addAmounts(0.1, 0.2)).toThrow('er ikke et helt antal tusinde kroner');
    expect(() => negate(NaN)).toThrow(RangeError);
    expect(() => subtract(1, Infinity)).toThrow(RangeError);
  });
});

describe('sumOptionalAmounts', () => {
  it('ignores empty cells', () => {
    expect(sumOptionalAmounts([-125, null, -2200])).toBe(-2325);
  });

  it('is null when every cell is empty, and 0 when the cells are zeros', () => {
    expect(sumOptionalAmounts([null, null])).toBeNull();
    expect(sumOptionalAmounts([])).toBeNull();
    expect(sumOptionalAmounts([0, null])).toBe(0);
  });
});

describe('amount guards', () => {
  it('isAmount accepts safe integers only', () => {
    expect(isAmount(-125)).toBe(true);
    expect(isAmount(0.5)).toBe(false);
    expect(isAmount('5')).toBe(false);
    expect(isAmount(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
  });

  it('isAmountInRange applies the ±1.000.000 mio. kr. bound', () => {
    expect(isAmountInRange(MAX_AMOUNT)).toBe(true);
    expect(isAmountInRange(-MAX_AMOUNT - 1)).toBe(false);
  });

  it('assertAmount throws a Danish RangeError', () => {
    expect(() => assertAmount('x')).toThrow('«x» er ikke et helt antal tusinde kroner.');
  });
});
