import { Amount } from '../money/amount';

/** A run of consecutive years with the same amount (indexes into the years). */
export interface AmountRun {
  readonly value: Amount;
  readonly from: number;
  readonly to: number;
}

/** The runs of a row's year amounts, in order; years with 0 belong to none: [1, 1, 0, 1] → 1 in 0-1, 1 in 3-3. */
export function amountRuns(values: readonly Amount[]): AmountRun[] {
  const runs: AmountRun[] = [];
  values.forEach((value, index) => {
    const last = runs[runs.length - 1];
    if (value === 0) return;
    if (last && last.value === value && last.to === index - 1) runs[runs.length - 1] = { ...last, to: index };
    else runs.push({ value, from: index, to: index });
  });
  return runs;
}
