import { columnTotal, ConsequenceTable, TableCells } from '../proposal/consequence-table';
import { ColumnKey, columnKeys } from '../round/round-columns';
import { FundingSourceKey, NegotiableProposal, NegotiationPackage } from './package';
import { sameTable } from './same-table';

/** A proposal included in a package, or one of its new initiatives. */
export type PackageItemKind = 'proposal' | 'initiative';

/** An item of a package as the balance and the comparison count it: what it costs or saves, and who pays. */
export interface PackageItem {
  /** «proposal:<id>» or «initiative:<key>»: the same item in two packages has the same key. */
  readonly key: string;
  readonly kind: PackageItemKind;
  /** The proposal's reference (B26-SU-01) or null for an initiative. */
  readonly reference: string | null;
  readonly title: string;
  readonly source: FundingSourceKey;
  /** Per column: a proposal's column totals of the table the package counts, an initiative's amounts. */
  readonly amounts: TableCells;
  /** True for a proposal whose amounts the package changed (RR adopts it with changes). */
  readonly changed: boolean;
}

/** The key of a proposal's item. */
export function proposalItemKey(proposalId: string): string {
  return `proposal:${proposalId}`;
}

/** The key of an initiative's item. */
export function initiativeItemKey(initiativeKey: string): string {
  return `initiative:${initiativeKey}`;
}

/**
 * The package's items, its proposals first (in its order), then its initiatives. Throws when the package names a
 * proposal missing from `proposals`: a proposal is never deleted, so that is a caller's mistake, and leaving it out
 * would silently change the balance.
 */
export function packageItems(pkg: NegotiationPackage, proposals: readonly NegotiableProposal[]): PackageItem[] {
  const columns = columnKeys(pkg);
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const included = pkg.proposals.map((item): PackageItem => {
    const proposal = byId.get(item.proposalId);
    if (!proposal) throw new RangeError(`The package «${pkg.name}» includes the proposal ${item.proposalId}, which was not supplied.`);
    const table = item.amendedTable ?? proposal.tableInForce;
    return {
      key: proposalItemKey(proposal.id),
      kind: 'proposal',
      reference: proposal.reference,
      title: proposal.title,
      source: item.source,
      amounts: cellsOf(columns, (key) => columnTotal(table, key)),
      changed: isChangedByPackage(item.amendedTable, proposal),
    };
  });
  const initiatives = pkg.initiatives.map((initiative): PackageItem => ({
    key: initiativeItemKey(initiative.key),
    kind: 'initiative',
    reference: null,
    title: initiative.title,
    source: initiative.source,
    amounts: cellsOf(columns, (key) => initiative.amounts[key] ?? null),
    changed: false,
  }));
  return [...included, ...initiatives];
}

/**
 * True when the package's table differs from the table in force. Compared again here, not only when the package was
 * saved: a later FU decision may have made the table in force what the package says.
 */
export function isChangedByPackage(amendedTable: ConsequenceTable | null, proposal: Pick<NegotiableProposal, 'tableInForce'>): boolean {
  return amendedTable !== null && !sameTable(amendedTable, proposal.tableInForce);
}

function cellsOf(columns: readonly ColumnKey[], cell: (key: ColumnKey) => TableCells[ColumnKey]): TableCells {
  return Object.fromEntries(columns.map((key) => [key, cell(key)]));
}
