/**
 * An exact whole number of thousand kroner (the precision of the budget tables).
 * 1 = 1.000 kr., -125 = -0,125 mio. kr., 35000 = 35,0 mio. kr. Savings are negative.
 */
export type Amount = number;

/** Thousand kroner in one million kroner: the unit of the tables is mio. kr. */
export const THOUSANDS_PER_MIO = 1000;

/**
 * Largest magnitude accepted from users and in round settings: 1.000.000 mio. kr.
 * A Danish region's whole yearly budget is a few tens of thousands mio. kr., so anything
 * larger is a typing error; the bound also keeps every sum of amounts far from unsafe integers.
 */
export const MAX_AMOUNT: Amount = 1_000_000 * THOUSANDS_PER_MIO;

/** True when value is an exact amount (a safe integer number of thousand kroner). */
export function isAmount(value: unknown): value is Amount {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** True when value is an amount within ±MAX_AMOUNT. */
export function isAmountInRange(value: unknown): value is Amount {
  return isAmount(value) && Math.abs(value) <= MAX_AMOUNT;
}

/** Throws a RangeError unless value is an exact amount; guards arithmetic and formatting. */
export function assertAmount(value: unknown): asserts value is Amount {
  if (!isAmount(value)) {
    throw new RangeError(`«${String(value)}» er ikke et helt antal tusinde kroner.`);
  }
}
