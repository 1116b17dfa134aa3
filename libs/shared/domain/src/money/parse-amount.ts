import { Amount, MAX_AMOUNT, THOUSANDS_PER_MIO } from './amount';
import { quote } from '../validation/text';
import { formatAmount } from './format-amount';

/** Stable codes of the reasons an amount is refused. */
export type AmountErrorCode =
  | 'amount.not_text'
  | 'amount.missing_number'
  | 'amount.invalid_characters'
  | 'amount.unknown_unit'
  | 'amount.invalid_format'
  | 'amount.multiple_commas'
  | 'amount.decimal_point'
  | 'amount.misplaced_thousands_separator'
  | 'amount.too_many_decimals'
  | 'amount.out_of_range';

/** Why an input is not an amount; the Danish message quotes the input. */
export interface AmountError {
  readonly code: AmountErrorCode;
  readonly input: string;
  readonly message: string;
}

/** Result of parseAmount: value null is an empty cell ("-" or nothing typed). */
export type ParseAmountResult = { readonly ok: true; readonly value: Amount | null } | { readonly ok: false; readonly error: AmountError };

// Hyphen-minus, U+2212 minus sign and U+2013 en dash (Word turns "-" into "–").
const MINUS_SIGNS = ['-', '\u2212', '\u2013'];
const SIGNS = ['+', ...MINUS_SIGNS];
const UNIT = /^mio\.?\s*kr\.?$/i;
const GROUPED_THOUSANDS = /^[1-9]\d{0,2}(\.\d{3})+$/;
const MAX_DECIMALS = 3;
const RANGE_TEXT = `mellem ${formatAmount(-MAX_AMOUNT)} og ${formatAmount(MAX_AMOUNT)} mio. kr.`;

function fail(code: AmountErrorCode, input: string, why: string): ParseAmountResult {
  return { ok: false, error: { code, input, message: `${quote(input)} er ikke et gyldigt beløb: ${why}` } };
}

/**
 * Parses a Danish amount in mio. kr. ("-10,0", "−2,2 mio. kr.", "- 2,2 mio. kr.", "1.234,5", "-0,125")
 * into thousand kroner; "" and "-" are an empty cell (null). Never throws.
 */
export function parseAmount(input: string): ParseAmountResult {
  if (typeof input !== 'string') {
    return fail('amount.not_text', String(input), 'beløbet skal angives som tekst, fx «-2,2».');
  }
  const text = input.trim();
  if (text === '' || MINUS_SIGNS.includes(text)) return { ok: true, value: null };

  let rest = text;
  let negative = false;
  if (SIGNS.includes(rest.charAt(0))) {
    negative = rest.charAt(0) !== '+';
    // The seed writes "- 2,2 mio. kr." with a space after the sign.
    rest = rest.slice(1).trimStart();
  }
  if (SIGNS.includes(rest.charAt(0))) {
    return fail('amount.invalid_format', input, 'beløbet har mere end ét fortegn.');
  }

  const match = /^([\d.,]*)(\s*)([\s\S]*)$/.exec(rest);
  const body = match?.[1] ?? '';
  const space = match?.[2] ?? '';
  const tail = match?.[3] ?? '';
  if (body === '') {
    return tail === '' || UNIT.test(tail)
      ? fail('amount.missing_number', input, 'der mangler et tal, fx «-2,2».')
      : fail('amount.invalid_characters', input, 'det indeholder tegn, der ikke hører til et beløb. Skriv fx «-2,2» eller «-2,2 mio. kr.».');
  }
  if (tail !== '' && !UNIT.test(tail)) {
    if (space !== '' && /^\d/.test(tail)) {
      return fail('amount.invalid_format', input, 'tal må ikke indeholde mellemrum; brug punktum som tusindtalsseparator, fx «1.234,5».');
    }
    if (/^[\p{L}.%\s]+$/u.test(tail)) {
      return fail('amount.unknown_unit', input, `enheden ${quote(tail)} kendes ikke; beløb angives i mio. kr., fx «-2,2» eller «-2,2 mio. kr.».`);
    }
    return fail('amount.invalid_characters', input, `${quote(tail)} hører ikke til et beløb. Skriv fx «-2,2» eller «-2,2 mio. kr.».`);
  }
  return parseNumber(body, negative, input);
}

function parseNumber(body: string, negative: boolean, input: string): ParseAmountResult {
  if (!/\d/.test(body)) {
    return fail('amount.missing_number', input, 'der mangler et tal, fx «-2,2».');
  }
  const parts = body.split(',');
  if (parts.length > 2) {
    return fail('amount.multiple_commas', input, 'der må kun være ét decimalkomma.');
  }
  const [integerPart = '', fraction] = parts;
  if (fraction !== undefined && fraction.includes('.')) {
    return fail('amount.misplaced_thousands_separator', input, 'punktum må kun stå som tusindtalsseparator før decimalkommaet, fx «1.234,5».');
  }
  if (fraction === '') {
    return fail('amount.invalid_format', input, 'der mangler decimaler efter kommaet, fx «2,5».');
  }
  if (integerPart === '') {
    return fail('amount.invalid_format', input, `der mangler et tal før kommaet; skriv «${negative ? '-' : ''}0,${fraction ?? ''}».`);
  }
  if (integerPart.includes('.')) {
    if (fraction === undefined && usesDecimalPoint(integerPart)) {
      const suggestion = `${negative ? '-' : ''}${integerPart.startsWith('.') ? '0' : ''}${integerPart.replace('.', ',')}`;
      return fail(
        'amount.decimal_point',
        input,
        `punktum som decimaltegn er tvetydigt (i Danmark er punktum tusindtalsseparator). Brug komma: «${suggestion}».`,
      );
    }
    if (!GROUPED_THOUSANDS.test(integerPart)) {
      return fail(
        'amount.misplaced_thousands_separator',
        input,
        'tusindtalsseparatoren står forkert; der skal være tre cifre mellem punktummerne, fx «1.234,5».',
      );
    }
  }
  if (fraction !== undefined && fraction.length > MAX_DECIMALS) {
    return fail(
      'amount.too_many_decimals',
      input,
      `det har ${fraction.length} decimaler, men beløb angives i mio. kr. med højst ${MAX_DECIMALS} decimaler (1.000 kr.).`,
    );
  }
  const digits = integerPart.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  // Eight or more integer digits is above the bound; checking the length first keeps Number() exact.
  const value = digits.length > 7 ? Infinity : Number(digits) * THOUSANDS_PER_MIO + Number((fraction ?? '').padEnd(MAX_DECIMALS, '0'));
  if (value > MAX_AMOUNT) {
    return fail('amount.out_of_range', input, `beløb skal ligge ${RANGE_TEXT}`);
  }
  // "-0" and "-0,0" are zero; there is no negative zero.
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

function usesDecimalPoint(integerPart: string): boolean {
  // One dot that cannot be a thousands separator: "1.5", "12.34", "0.125", ".5".
  const [before = '', after = '', ...more] = integerPart.split('.');
  return more.length === 0 && after !== '' && (after.length !== 3 || /^0*$/.test(before));
}

/** parseAmount for trusted input (fixtures, tests): throws an Error with the Danish message. */
export function parseAmountOrThrow(input: string): Amount | null {
  const result = parseAmount(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
