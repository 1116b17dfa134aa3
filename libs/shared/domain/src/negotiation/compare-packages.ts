import { Amount } from '../money/amount';
import { addAmounts, subtract, sumAmounts } from '../money/amount-arithmetic';
import { TableCells } from '../proposal/consequence-table';
import { ColumnKey, columnKeys } from '../round/round-columns';
import { nameKey } from '../validation/name-key';
import { FundingSource, Initiative, NegotiableProposal, NegotiationPackage } from './package';
import { balanceOf, Shortfall } from './package-balance';
import { initiativeItemKey, PackageItem, PackageItemKind, packageItems } from './package-items';

/** One column of a package: its items' spending and savings, their net, the sources' openings, and what is left. */
export interface PackageColumnTotals {
  readonly key: ColumnKey;
  /** Σ the items' positive amounts. */
  readonly spending: Amount;
  /** Σ the items' negative amounts (negative or 0). */
  readonly savings: Amount;
  /** spending + savings. */
  readonly net: Amount;
  /** Σ the sources' openings. */
  readonly opening: Amount;
  /** opening − net. */
  readonly balance: Amount;
}

/** A package in the comparison: whether it balances and its totals per column. */
export interface ComparedPackage {
  readonly name: string;
  readonly balanced: boolean;
  readonly shortfalls: readonly Shortfall[];
  readonly totals: readonly PackageColumnTotals[];
}

/** One package's version of an item. */
export interface ComparedEntry {
  readonly title: string;
  readonly amounts: TableCells;
  readonly sourceName: string;
  /** A proposal whose amounts this package changed. */
  readonly changed: boolean;
  /** An initiative's chapter, text, committee and area (null for a proposal). */
  readonly description: { readonly chapter: string; readonly text: string; readonly committee: string | null; readonly area: string | null } | null;
}

/**
 * What differs about an item: in some packages but not all (inclusion), its amounts, the source financing it, or an
 * initiative's title, chapter, text, committee or area (description).
 */
export type ItemDifference = 'inclusion' | 'amounts' | 'source' | 'description';

/** An item across the compared packages. */
export interface ComparedItem {
  readonly key: string;
  readonly kind: PackageItemKind;
  readonly reference: string | null;
  /** The title in the first package that has the item. */
  readonly title: string;
  /** Per package, in the order given; null where the package does not include it. */
  readonly entries: readonly (ComparedEntry | null)[];
  readonly differences: readonly ItemDifference[];
  /** The columns whose amounts differ between the packages that include it (an empty cell counts as 0). */
  readonly differingColumns: readonly ColumnKey[];
}

/** A funding source across the packages, matched by name (each package has its own keys). */
export interface ComparedSource {
  readonly name: string;
  /** Per package its opening, or null where the package does not have the source. */
  readonly openings: readonly (TableCells | null)[];
  /** Columns whose openings differ (a missing source counts as 0). */
  readonly differingColumns: readonly ColumnKey[];
}

/** Packages side by side: each one's totals, every source and every item with what differs. */
export interface PackageComparison {
  readonly columns: readonly ColumnKey[];
  readonly packages: readonly ComparedPackage[];
  readonly sources: readonly ComparedSource[];
  /** Every item of any package, in the order they first appear (the first package's, then the next's new ones). */
  readonly items: readonly ComparedItem[];
}

/**
 * Compares packages of one round (two or three on the page, PACKAGE_LIMITS.comparedPackages; the rule takes any
 * number). Throws when their year columns differ: packages of different rounds are not comparable.
 */
export function comparePackages(packages: readonly NegotiationPackage[], proposals: readonly NegotiableProposal[]): PackageComparison {
  const yearColumns = packages[0]?.yearColumns ?? [];
  if (packages.some((pkg) => pkg.yearColumns.join() !== yearColumns.join())) throw new RangeError('Packages of different rounds cannot be compared.');
  const columns = columnKeys({ yearColumns });
  const itemsByPackage = packages.map((pkg) => packageItems(pkg, proposals));
  return {
    columns,
    packages: packages.map((pkg, index) => summary(pkg, itemsByPackage[index] as PackageItem[], columns)),
    sources: compareSources(packages, columns),
    items: compareItems(packages, itemsByPackage, columns),
  };
}

function summary(pkg: NegotiationPackage, items: readonly PackageItem[], columns: readonly ColumnKey[]): ComparedPackage {
  const balance = balanceOf(pkg.sources, items, pkg.yearColumns);
  const totals = columns.map((key, index): PackageColumnTotals => {
    const amounts = items.map((item) => item.amounts[key] ?? 0);
    const spending = sumAmounts(amounts.filter((amount) => amount > 0));
    const savings = sumAmounts(amounts.filter((amount) => amount < 0));
    const net = addAmounts(spending, savings);
    const opening = (balance.total[index] ?? { opening: 0 }).opening;
    return { key, spending, savings, net, opening, balance: subtract(opening, net) };
  });
  return { name: pkg.name, balanced: balance.balanced, shortfalls: balance.shortfalls, totals };
}

function differingColumns(cells: readonly (TableCells | null)[], columns: readonly ColumnKey[]): ColumnKey[] {
  return columns.filter((key) => new Set(cells.map((cell) => (cell ? (cell[key] ?? 0) : 0))).size > 1);
}

function compareSources(packages: readonly NegotiationPackage[], columns: readonly ColumnKey[]): ComparedSource[] {
  const names = new Map<string, string>();
  for (const source of packages.flatMap((pkg) => pkg.sources)) if (!names.has(nameKey(source.name))) names.set(nameKey(source.name), source.name);
  return [...names.entries()].map(([key, name]) => {
    const openings = packages.map((pkg) => pkg.sources.find((source) => nameKey(source.name) === key)?.opening ?? null);
    return { name, openings, differingColumns: differingColumns(openings, columns) };
  });
}

function compareItems(packages: readonly NegotiationPackage[], itemsByPackage: readonly PackageItem[][], columns: readonly ColumnKey[]): ComparedItem[] {
  // Looked up by key: a package holds up to 2,300 items, and a search per item made comparing three take seconds.
  const byKey = itemsByPackage.map((items) => new Map(items.map((item) => [item.key, item])));
  const initiativesByKey = packages.map((pkg) => new Map(pkg.initiatives.map((initiative) => [initiativeItemKey(initiative.key), initiative])));
  const firsts = new Map<string, PackageItem>();
  for (const item of itemsByPackage.flat()) if (!firsts.has(item.key)) firsts.set(item.key, item);
  return [...firsts.entries()].map(([key, first]) => {
    const entries = byKey.map((items, index) => {
      const item = items.get(key);
      return item ? entryOf(item, packages[index] as NegotiationPackage, initiativesByKey[index] as Map<string, Initiative>) : null;
    });
    const present = entries.filter((entry): entry is ComparedEntry => entry !== null);
    const amountColumns = differingColumns(
      present.map((entry) => entry.amounts),
      columns,
    );
    const differences: ItemDifference[] = [];
    if (present.length < entries.length) differences.push('inclusion');
    if (amountColumns.length > 0) differences.push('amounts');
    if (new Set(present.map((entry) => nameKey(entry.sourceName))).size > 1) differences.push('source');
    if (new Set(present.map((entry) => JSON.stringify([entry.title, entry.description]))).size > 1) differences.push('description');
    return { key, kind: first.kind, reference: first.reference, title: first.title, entries, differences, differingColumns: amountColumns };
  });
}

function entryOf(item: PackageItem, pkg: NegotiationPackage, initiatives: ReadonlyMap<string, Initiative>): ComparedEntry {
  const source = pkg.sources.find((candidate) => candidate.key === item.source) as FundingSource;
  const initiative = item.kind === 'initiative' ? initiatives.get(item.key) : undefined;
  return {
    title: item.title,
    amounts: item.amounts,
    sourceName: source.name,
    changed: item.changed,
    description: initiative ? { chapter: initiative.chapter, text: initiative.text, committee: initiative.committee, area: initiative.area } : null,
  };
}
