// Test-only fast-check arbitraries; never imported from index.ts, so fast-check stays out of runtime code.
import * as fc from 'fast-check';
import { Amount, MAX_AMOUNT } from '../money/amount';

/** Any amount the parser accepts: a whole number of thousand kroner within ±MAX_AMOUNT. */
export function anyAmount(): fc.Arbitrary<Amount> {
  return fc.integer({ min: -MAX_AMOUNT, max: MAX_AMOUNT });
}

/** Amounts typical of proposals, with many repeats so runs of equal amounts are common. */
export function aProposalAmount(): fc.Arbitrary<Amount> {
  return fc.oneof(fc.constantFrom(-10000, -2200, -2000, -1000, -500, -125, 0, 125, 500, 1000, 2000), fc.integer({ min: -50_000, max: 50_000 }));
}

/** A table cell: an amount or empty (null). */
export function aCell(): fc.Arbitrary<Amount | null> {
  return fc.option(aProposalAmount(), { nil: null, freq: 4 });
}
