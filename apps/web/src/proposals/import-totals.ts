import { sumOptionalAmounts } from '@budgetflow/domain';
import type { Amount, ColumnKey } from '@budgetflow/domain';

/** The proposals of an import added up per column, by the domain's sum (null where no proposal has an amount). */
export function importTotals(
  proposals: readonly { totals: Readonly<Record<string, Amount | null>> }[],
  keys: readonly ColumnKey[],
): Record<string, Amount | null> {
  return Object.fromEntries(keys.map((key) => [key, sumOptionalAmounts(proposals.map((proposal) => proposal.totals[key] ?? null))]));
}
