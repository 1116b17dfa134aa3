import { oneOf, parseNegotiationPackage, parseRole } from '@budgetflow/contracts';
import { NegotiationPackage, Role } from '@budgetflow/domain';
import { NegotiationPackage as PackageRow, NegotiationPackageHistory as PackageHistoryRow } from '@budgetflow/workflow/data-access';

/** Who saved a package: the subject, the name to show, the role. */
export interface PackageActor {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/** A negotiation package as the workflow keeps it: the domain's package, its version, who made and last saved it. */
export interface StoredPackage {
  readonly id: string;
  readonly roundId: string;
  readonly version: number;
  readonly content: NegotiationPackage;
  readonly createdAt: Date;
  readonly createdBy: PackageActor;
  readonly updatedAt: Date;
  readonly updatedBy: PackageActor;
}

/** How a version of a package came to be. */
export type PackageSave = 'created' | 'copied' | 'updated';

/** One save of a package, append-only: the version it made, who and when, what changed, and the content saved. */
export interface PackageHistoryLine {
  readonly packageId: string;
  readonly version: number;
  readonly action: PackageSave;
  readonly at: Date;
  readonly actor: PackageActor;
  /** The domain's describePackageChanges against the version before (empty for the first version). */
  readonly changes: readonly string[];
  /** The package a copy was made from. */
  readonly copiedFrom: string | null;
  readonly content: NegotiationPackage;
}

const parseSave = oneOf<PackageSave>(['created', 'copied', 'updated']);

/** The one place a package row becomes a StoredPackage; a malformed column is a ParseError naming the row. */
export function readPackage(row: PackageRow): StoredPackage {
  return {
    id: row.id,
    roundId: row.roundId,
    version: row.version,
    content: parseNegotiationPackage(row.content, `negotiation_package ${row.id}.content`),
    createdAt: row.createdAt,
    createdBy: { id: row.createdBy, name: row.createdByName, role: parseRole(row.createdByRole, `negotiation_package ${row.id}.createdByRole`) },
    updatedAt: row.updatedAt,
    updatedBy: { id: row.updatedBy, name: row.updatedByName, role: parseRole(row.updatedByRole, `negotiation_package ${row.id}.updatedByRole`) },
  };
}

/** A history row as a PackageHistoryLine, checked. */
export function readPackageHistory(row: PackageHistoryRow): PackageHistoryLine {
  const where = `negotiation_package_history ${row.id}`;
  return {
    packageId: row.packageId,
    version: row.version,
    action: parseSave(row.action, `${where}.action`),
    at: row.at,
    actor: { id: row.actorId, name: row.actorName, role: parseRole(row.actorRole, `${where}.actorRole`) },
    changes: row.changes,
    copiedFrom: row.copiedFrom,
    content: parseNegotiationPackage(row.content, `${where}.content`),
  };
}
