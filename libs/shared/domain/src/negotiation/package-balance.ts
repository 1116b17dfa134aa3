import { Amount } from '../money/amount';
import { negate, subtract, sumAmounts } from '../money/amount-arithmetic';
import { formatMio } from '../money/format-amount';
import { ColumnKey, columnKeys, PERMANENT } from '../round/round-columns';
import { joinDanish } from '../validation/text';
import { FundingSource, FundingSourceKey, NegotiableProposal, NegotiationPackage, sourceHeading } from './package';
import { PackageItem, packageItems } from './package-items';

/** One column of a source: what it opens with, what its items take (net; savings give), and what is left. */
export interface ColumnBalance {
  readonly key: ColumnKey;
  readonly opening: Amount;
  /** Σ amounts of the items the source finances: spending positive, savings negative. */
  readonly financed: Amount;
  /** opening − financed; below zero the source is overdrawn. */
  readonly balance: Amount;
}

/** A source's balance in every column (years, then Permanent). */
export interface SourceBalance {
  readonly source: FundingSourceKey;
  readonly name: string;
  readonly columns: readonly ColumnBalance[];
}

/** How much a source lacks in one column (a positive amount: the balance's magnitude). */
export interface ShortfallColumn {
  readonly key: ColumnKey;
  readonly missing: Amount;
}

/** A source that is overdrawn in some columns, with a Danish sentence that says where and by how much. */
export interface Shortfall {
  readonly source: FundingSourceKey;
  readonly name: string;
  readonly columns: readonly ShortfallColumn[];
  /** E.g. «Råderummet er overskredet med 1,5 mio. kr. i 2028 og 0,5 mio. kr. varigt.» */
  readonly message: string;
}

/** The balance of a package: per source and column, the columns' totals over the sources, and what is short. */
export interface PackageBalance {
  /** True when no source's balance is below zero in any column. */
  readonly balanced: boolean;
  readonly sources: readonly SourceBalance[];
  /** Per column the sum over the sources (for display: one source's surplus never covers another's shortfall). */
  readonly total: readonly ColumnBalance[];
  readonly shortfalls: readonly Shortfall[];
  /** «Pakken balancerer i alle år og varigt.» or «Pakken balancerer ikke: råderummet er overskredet med …». */
  readonly message: string;
}

/** The message of a balanced package. */
export const BALANCED_MESSAGE = 'Pakken balancerer i alle år og varigt.';

/** The balance of a validated package, with the proposals it includes (their tables in force). */
export function packageBalance(pkg: NegotiationPackage, proposals: readonly NegotiableProposal[]): PackageBalance {
  return balanceOf(pkg.sources, packageItems(pkg, proposals), pkg.yearColumns);
}

/**
 * For every source and column: balance = opening − Σ amounts of the items it finances. Exact (whole thousand kroner);
 * an empty cell counts as 0. Throws when an item names a source that is not in `sources` (validatePackage refuses that).
 */
export function balanceOf(
  sources: readonly FundingSource[],
  items: readonly Pick<PackageItem, 'source' | 'amounts'>[],
  yearColumns: readonly number[],
): PackageBalance {
  const keys = columnKeys({ yearColumns });
  for (const item of items) {
    if (!sources.some((source) => source.key === item.source)) throw new RangeError(`No funding source «${item.source}» in the package.`);
  }
  const balances = sources.map((source): SourceBalance => {
    const financing = items.filter((item) => item.source === source.key);
    const columns = keys.map((key) => {
      const opening = source.opening[key] ?? 0;
      const financed = sumAmounts(financing.map((item) => item.amounts[key] ?? 0));
      return { key, opening, financed, balance: subtract(opening, financed) };
    });
    return { source: source.key, name: source.name, columns };
  });
  const total = keys.map((key, index) => {
    const column = balances.map((source) => source.columns[index] as ColumnBalance);
    const sum = (pick: (balance: ColumnBalance) => Amount) => sumAmounts(column.map(pick));
    return { key, opening: sum((balance) => balance.opening), financed: sum((balance) => balance.financed), balance: sum((balance) => balance.balance) };
  });
  const shortfalls = balances.flatMap((source) => shortfallOf(source));
  return { balanced: shortfalls.length === 0, sources: balances, total, shortfalls, message: balanceMessage(shortfalls) };
}

function shortfallOf(source: SourceBalance): Shortfall[] {
  const columns = source.columns.filter((column) => column.balance < 0).map((column) => ({ key: column.key, missing: negate(column.balance) }));
  if (columns.length === 0) return [];
  const heading = sourceHeading(source);
  return [{ source: source.source, name: source.name, columns, message: `${heading} er overskredet med ${missingPhrase(columns)}.` }];
}

/** «1,5 mio. kr. i 2028 og 0,5 mio. kr. varigt»: every overdrawn column named with its own amount. */
function missingPhrase(columns: readonly ShortfallColumn[]): string {
  return joinDanish(
    columns.map((column) => (column.key === PERMANENT ? `${formatMio(column.missing)} varigt` : `${formatMio(column.missing)} i ${column.key}`)),
  );
}

function balanceMessage(shortfalls: readonly Shortfall[]): string {
  if (shortfalls.length === 0) return BALANCED_MESSAGE;
  // The sources keep their own names in the sentence («råderummet», «Novo Nordisk Fonden»).
  const parts = shortfalls.map((shortfall) => `${shortfall.name} er overskredet med ${missingPhrase(shortfall.columns)}`);
  // Whole clauses are joined with a comma before «og»: «…, og sundhedspakken er overskredet med …».
  const clauses = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, og ${parts[parts.length - 1]}`;
  return `Pakken balancerer ikke: ${clauses}.`;
}
