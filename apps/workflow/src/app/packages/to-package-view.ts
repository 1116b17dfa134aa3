import { NegotiableProposal, packageBalance } from '@budgetflow/domain';
import { PackageHistoryLine, StoredPackage } from '../store/stored-package';
import { PackageHistoryEntryView, PackageView } from './package.view';

/** A package with its balance, computed by the domain from the proposals' tables in force. */
export function toPackageView(pkg: StoredPackage, proposals: readonly NegotiableProposal[]): PackageView {
  return {
    id: pkg.id,
    roundId: pkg.roundId,
    version: pkg.version,
    content: pkg.content,
    balance: packageBalance(pkg.content, proposals),
    createdAt: pkg.createdAt.toISOString(),
    createdBy: pkg.createdBy,
    updatedAt: pkg.updatedAt.toISOString(),
    updatedBy: pkg.updatedBy,
  };
}

export function toPackageHistoryView(line: PackageHistoryLine): PackageHistoryEntryView {
  return { version: line.version, action: line.action, at: line.at.toISOString(), actor: line.actor, changes: line.changes, copiedFrom: line.copiedFrom };
}
