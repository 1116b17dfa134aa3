import { MAX_AMOUNT } from './amount';
import { AmountErrorCode, parseAmount, parseAmountOrThrow } from './parse-amount';

describe('parseAmount', () => {
  describe('accepts Danish amounts in mio. kr.', () => {
    it.each([
      ['-10,0', -10000],
      ['−2,2 mio. kr.', -2200], // U+2212 minus sign
      ['–2,2', -2200], // U+2013 en dash, as Word writes it
      ['- 2,2 mio. kr.', -2200], // the Budget 2026 catalogue's "Overdragelse af regionsklinikker" cell
      ['-0,5 mio. kr.', -500],
      ['-0,5 mio.kr.', -500],
      ['-0,5 Mio. Kr.', -500],
      ['-0,5 mio kr', -500],
      ['1.234,5', 1234500],
      ['999.999,999', 999999999],
      ['-0,125', -125],
      ['0,05', 50],
      ['0', 0],
      ['14', 14000],
      ['+1,5', 1500],
      ['  -1,5  ', -1500],
      ['\u00a0-1,5\u00a0', -1500], // non-breaking spaces from copy-paste
      ['1.500', 1500000], // a dot followed by three digits is a thousands separator
      ['007', 7000],
      ['-0', 0],
      ['-0,000', 0],
      ['1.000.000', MAX_AMOUNT],
      ['-1.000.000,000', -MAX_AMOUNT],
    ])('%j → %d', (input, expected) => {
      expect(parseAmount(input)).toEqual({ ok: true, value: expected });
    });

    it('never returns negative zero', () => {
      const result = parseAmount('-0,0');
      expect(result.ok && Object.is(result.value, 0)).toBe(true);
    });
  });

  describe('reads an empty cell as null', () => {
    it.each(['', '   ', '-', ' - ', '−', '–'])('%j → null', (input) => {
      expect(parseAmount(input)).toEqual({ ok: true, value: null });
    });
  });

  describe('refuses anything else with a stable code', () => {
    it.each<[string, AmountErrorCode]>([
      ['1,2345', 'amount.too_many_decimals'],
      ['-0,1255', 'amount.too_many_decimals'],
      ['abc', 'amount.invalid_characters'],
      ['$5', 'amount.invalid_characters'],
      ['(2,2)', 'amount.invalid_characters'],
      ['1e3', 'amount.invalid_characters'],
      ['2,2-', 'amount.invalid_characters'],
      ['2,2 kr.', 'amount.unknown_unit'],
      ['2,2 mia. kr.', 'amount.unknown_unit'],
      ['2,2 %', 'amount.unknown_unit'],
      ['1,5x', 'amount.unknown_unit'],
      ['1,2,3', 'amount.multiple_commas'],
      ['1.23,4', 'amount.misplaced_thousands_separator'],
      ['1234.567,8', 'amount.misplaced_thousands_separator'],
      ['1,234.5', 'amount.misplaced_thousands_separator'],
      ['1..000', 'amount.misplaced_thousands_separator'],
      ['1.', 'amount.misplaced_thousands_separator'],
      ['0.123.456', 'amount.misplaced_thousands_separator'],
      ['1.5', 'amount.decimal_point'],
      ['-0.125', 'amount.decimal_point'],
      ['12.34', 'amount.decimal_point'],
      ['.5', 'amount.decimal_point'],
      ['1.000.001', 'amount.out_of_range'],
      ['-1.000.000,001', 'amount.out_of_range'],
      ['99999999999999999999', 'amount.out_of_range'],
      ['+', 'amount.missing_number'],
      ['- mio. kr.', 'amount.missing_number'],
      ['mio. kr.', 'amount.missing_number'],
      ['.', 'amount.missing_number'],
      [',', 'amount.missing_number'],
      ['--5', 'amount.invalid_format'],
      ['+-5', 'amount.invalid_format'],
      ['1,', 'amount.invalid_format'],
      [',5', 'amount.invalid_format'],
      ['1 234,5', 'amount.invalid_format'],
    ])('%j → %s', (input, code) => {
      const result = parseAmount(input);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, input }) });
    });
  });

  describe('explains the refusal in Danish, quoting the input', () => {
    it.each([
      ['1,2345', '«1,2345» er ikke et gyldigt beløb: det har 4 decimaler, men beløb angives i mio. kr. med højst 3 decimaler (1.000 kr.).'],
      ['1.5', '«1.5» er ikke et gyldigt beløb: punktum som decimaltegn er tvetydigt (i Danmark er punktum tusindtalsseparator). Brug komma: «1,5».'],
      ['-0.125', '«-0.125» er ikke et gyldigt beløb: punktum som decimaltegn er tvetydigt (i Danmark er punktum tusindtalsseparator). Brug komma: «-0,125».'],
      ['.5', '«.5» er ikke et gyldigt beløb: punktum som decimaltegn er tvetydigt (i Danmark er punktum tusindtalsseparator). Brug komma: «0,5».'],
      ['2,2 kr.', '«2,2 kr.» er ikke et gyldigt beløb: enheden «kr.» kendes ikke; beløb angives i mio. kr., fx «-2,2» eller «-2,2 mio. kr.».'],
      ['2.000.000', '«2.000.000» er ikke et gyldigt beløb: beløb skal ligge mellem -1.000.000,0 og 1.000.000,0 mio. kr.'],
      ['-,5', '«-,5» er ikke et gyldigt beløb: der mangler et tal før kommaet; skriv «-0,5».'],
    ])('%j', (input, message) => {
      const result = parseAmount(input);
      expect(result.ok ? undefined : result.error.message).toBe(message);
    });
  });

  it('refuses values that are not text instead of throwing', () => {
    const result = parseAmount(12 as unknown as string);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'amount.not_text', input: '12' }) });
  });
});

describe('parseAmountOrThrow', () => {
  it('returns the amount or null', () => {
    expect(parseAmountOrThrow('-0,125')).toBe(-125);
    expect(parseAmountOrThrow('-')).toBeNull();
  });

  it('throws the Danish message', () => {
    expect(() => parseAmountOrThrow('1.5')).toThrow('«1.5» er ikke et gyldigt beløb');
  });
});
