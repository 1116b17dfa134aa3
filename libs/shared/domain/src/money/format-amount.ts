import { Amount, assertAmount, THOUSANDS_PER_MIO } from './amount';

/** Options for formatAmount. */
export interface FormatAmountOptions {
  /** 'hyphen' (default) prints "-", 'minus-sign' prints U+2212 "−". */
  readonly minus?: 'hyphen' | 'minus-sign';
  /** Decimals always shown (default 1); more are shown only when the exact value needs them. */
  readonly minDecimals?: 0 | 1 | 2 | 3;
}

/** The text of an empty cell. */
export const EMPTY_CELL_TEXT = '-';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Danish mio. kr. text of an amount: -125 → "-0,125", 1234500 → "1.234,5", null → "-". */
export function formatAmount(amount: Amount | null, options: FormatAmountOptions = {}): string {
  if (amount === null) return EMPTY_CELL_TEXT;
  assertAmount(amount);
  const minDecimals = options.minDecimals ?? 1;
  const magnitude = Math.abs(amount);
  const thousands = magnitude % THOUSANDS_PER_MIO;
  // Integer arithmetic only: (magnitude - thousands) is an exact multiple of 1000.
  const millions = (magnitude - thousands) / THOUSANDS_PER_MIO;
  let decimals = String(thousands).padStart(3, '0');
  // Trailing zeros go, but never a digit that carries value: 0,125 must not print as 0,1.
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const sign = amount < 0 ? (options.minus === 'minus-sign' ? '\u2212' : '-') : '';
  return `${sign}${groupThousands(String(millions))}${decimals === '' ? '' : `,${decimals}`}`;
}

/** formatAmount followed by the unit: -2200 → "-2,2 mio. kr."; null → "-". */
export function formatMio(amount: Amount | null, options: FormatAmountOptions = {}): string {
  return amount === null ? EMPTY_CELL_TEXT : `${formatAmount(amount, options)} mio. kr.`;
}
