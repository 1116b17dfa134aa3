import * as fc from 'fast-check';
import { anyAmount } from '../testing/arbitraries';
import { MAX_AMOUNT } from './amount';
import { addAmounts, sumAmounts } from './amount-arithmetic';
import { formatAmount, formatMio } from './format-amount';
import { AmountErrorCode, parseAmount } from './parse-amount';

const ERROR_CODES: readonly AmountErrorCode[] = [
  'amount.not_text',
  'amount.missing_number',
  'amount.invalid_characters',
  'amount.unknown_unit',
  'amount.invalid_format',
  'amount.multiple_commas',
  'amount.decimal_point',
  'amount.misplaced_thousands_separator',
  'amount.too_many_decimals',
  'amount.out_of_range',
];

describe('money properties', () => {
  it('format then parse gives the same amount, in every format option', () => {
    fc.assert(
      fc.property(anyAmount(), fc.constantFrom('hyphen', 'minus-sign'), fc.constantFrom(0, 1, 2, 3), (amount, minus, minDecimals) => {
        const options = { minus, minDecimals } as const;
        expect(parseAmount(formatAmount(amount, options))).toEqual({ ok: true, value: amount });
        expect(parseAmount(formatMio(amount, options))).toEqual({ ok: true, value: amount });
      }),
    );
  });

  it('formatting never hides a digit: the printed decimals are the exact thousands', () => {
    fc.assert(
      fc.property(anyAmount(), (amount) => {
        const [, decimals = ''] = formatAmount(amount).split(',');
        expect(Number(decimals.padEnd(3, '0'))).toBe(Math.abs(amount) % 1000);
      }),
    );
  });

  it('sum is commutative, associative and exact', () => {
    fc.assert(
      fc.property(anyAmount(), anyAmount(), anyAmount(), (a, b, c) => {
        expect(addAmounts(a, b)).toBe(addAmounts(b, a));
        expect(addAmounts(addAmounts(a, b), c)).toBe(addAmounts(a, addAmounts(b, c)));
        expect(BigInt(sumAmounts([a, b, c]))).toBe(BigInt(a) + BigInt(b) + BigInt(c));
      }),
    );
  });

  it('sum of any order of a list is the same', () => {
    fc.assert(
      fc.property(fc.array(anyAmount(), { maxLength: 30 }), (amounts) => {
        const reversed = [...amounts].reverse();
        const sorted = [...amounts].sort((x, y) => x - y);
        expect(sumAmounts(reversed)).toBe(sumAmounts(amounts));
        expect(sumAmounts(sorted)).toBe(sumAmounts(amounts));
      }),
    );
  });

  it('parse never throws: it returns an amount within the bound or an error with a known code that quotes the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-−–+ ]?\d{0,8}([.,]\d{0,4}){0,3}( ?mio\. ?kr\.)?$/)), (input) => {
        const result = parseAmount(input);
        if (result.ok) {
          expect(result.value === null || (Number.isSafeInteger(result.value) && Math.abs(result.value) <= MAX_AMOUNT)).toBe(true);
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.input).toBe(input);
          expect(result.error.message).toContain(`«${input}»`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parse rejects junk: any text with a character outside digits, signs, separators and the unit', () => {
    const junk = fc
      .tuple(fc.string(), fc.constantFrom('x', '#', '€', '/', '*', '?', 'e', '(', '=', '_'), fc.string())
      .map(([before, bad, after]) => `${before}${bad}${after}`);
    fc.assert(
      fc.property(junk, (input) => {
        const result = parseAmount(input);
        expect(result).toEqual({ ok: false, error: expect.objectContaining({ input }) });
        if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      }),
      { numRuns: 500 },
    );
  });
});
