import { Amount } from '@budgetflow/domain';

/**
 * The decimals an amount needs in mio. kr.: one as the bilag print, more where a figure is not a multiple of
 * 100.000 kr., so that no amount is hidden by rounding (the same rule as the PDF's amountText).
 */
export function decimalsOf(amount: Amount): 1 | 2 | 3 {
  if (amount % 100 === 0) return 1;
  return amount % 10 === 0 ? 2 : 3;
}

/**
 * The number format of an amount cell in mio. kr.: thousands grouped, the needed decimals. The codes are
 * locale-neutral, so Danish Excel shows "−1.234,5" with its own separators while the value stays a number.
 */
export function amountNumberFormat(amount: Amount): string {
  const decimals = '0'.repeat(decimalsOf(amount));
  return `#,##0.${decimals};-#,##0.${decimals};0.${decimals}`;
}

/** An amount of thousand kroner as the number of mio. kr. a cell holds: one division of the exact integer. */
export function mioValue(amount: Amount): number {
  return amount / 1000;
}

/** An amount as CSV text for Danish Excel: decimal comma, no thousands separator, at least one decimal ("-0,125", "-10,0"). */
export function csvAmount(amount: Amount): string {
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  const fraction = String(absolute % 1000)
    .padStart(3, '0')
    .replace(/0{1,2}$/, '');
  return `${sign}${Math.floor(absolute / 1000)},${fraction}`;
}

/** Column number (1-based) as a spreadsheet column letter: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
