import { Amount, assertAmount } from './amount';

function checked(result: number): Amount {
  // A sum outside the safe integer range can no longer be exact, so it is refused.
  if (!Number.isSafeInteger(result)) {
    throw new RangeError('Resultatet er for stort til at blive regnet eksakt.');
  }
  // -0 would print and compare differently from 0 in places; there is only one zero.
  return result === 0 ? 0 : result;
}

/** a + b, exact; throws RangeError on non-integers or overflow. */
export function addAmounts(a: Amount, b: Amount): Amount {
  assertAmount(a);
  assertAmount(b);
  return checked(a + b);
}

/** The exact sum of amounts (0 for an empty list). */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  return amounts.reduce<Amount>((sum, amount) => addAmounts(sum, amount), 0);
}

/** a - b, exact. */
export function subtract(a: Amount, b: Amount): Amount {
  assertAmount(a);
  assertAmount(b);
  return checked(a - b);
}

/** -a, exact (never -0). */
export function negate(a: Amount): Amount {
  assertAmount(a);
  return checked(-a);
}

/** Sum of table cells where null means "no effect": null when every cell is null. */
export function sumOptionalAmounts(amounts: readonly (Amount | null)[]): Amount | null {
  const present = amounts.filter((amount): amount is Amount => amount !== null);
  // An all-empty column prints "-", not "0,0": nothing was typed, so nothing is claimed.
  return present.length === 0 ? null : sumAmounts(present);
}
