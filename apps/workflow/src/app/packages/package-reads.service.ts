import { ComparedPackage, comparePackages } from '@budgetflow/domain';
import { AuthenticatedUser, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { StoredPackage } from '../store/stored-package';
import { WorkflowStore } from '../store/workflow-transaction';
import { negotiationContext } from './negotiation-context';
import { packageNotFound, requireNegotiator } from './package-access';
import { PackageComparisonView } from './package-comparison.view';
import { PackageHistoryEntryView, PackageView } from './package.view';
import { toPackageHistoryView, toPackageView } from './to-package-view';

/** Reading the negotiation packages (the budget office and RR's secretariat only): each with its balance, history, comparison. */
@Injectable()
export class PackageReadsService {
  constructor(private readonly store: WorkflowStore) {}

  async list(user: AuthenticatedUser, roundId: string): Promise<PackageView[]> {
    requireNegotiator(user.actor, `i runden ${roundId}`);
    return this.store.transaction(async (tx) => {
      const context = await negotiationContext(tx, roundId, user.actor);
      return (await tx.packagesOf(roundId)).map((pkg) => toPackageView(pkg, context.proposals));
    });
  }

  async get(user: AuthenticatedUser, id: string): Promise<PackageView> {
    requireNegotiator(user.actor, id);
    return this.store.transaction(async (tx) => {
      const pkg = await tx.findPackage(id);
      if (!pkg) throw packageNotFound(id);
      return toPackageView(pkg, (await negotiationContext(tx, pkg.roundId, user.actor)).proposals);
    });
  }

  async history(user: AuthenticatedUser, id: string): Promise<PackageHistoryEntryView[]> {
    requireNegotiator(user.actor, id);
    return this.store.transaction(async (tx) => {
      if (!(await tx.findPackage(id))) throw packageNotFound(id);
      return (await tx.packageHistory(id)).map(toPackageHistoryView);
    });
  }

  /** Two or three packages of the round side by side, in the order asked for. */
  async compare(user: AuthenticatedUser, roundId: string, ids: readonly string[]): Promise<PackageComparisonView> {
    requireNegotiator(user.actor, `i runden ${roundId}`);
    const repeated = ids.flatMap((id, index) => (ids.indexOf(id) !== index ? [index] : []));
    if (repeated.length > 0)
      throw invalidInput(
        repeated.map((index) => ({
          code: 'package.compared_twice',
          path: `ids[${index}]`,
          message: 'Pakken står flere gange; sammenlign forskellige pakker.',
        })),
      );
    return this.store.transaction(async (tx) => {
      const context = await negotiationContext(tx, roundId, user.actor);
      const packages: StoredPackage[] = [];
      for (const id of ids) {
        const pkg = await tx.findPackage(id);
        if (!pkg || pkg.roundId !== roundId) throw packageNotFound(id, ' i runden');
        packages.push(pkg);
      }
      const comparison = comparePackages(
        packages.map((pkg) => pkg.content),
        context.proposals,
      );
      // The domain keeps the packages' order: each compared package is the stored one at its place.
      const ided = packages.map((pkg, index) => ({ id: pkg.id, version: pkg.version, ...(comparison.packages[index] as ComparedPackage) }));
      return { ...comparison, packages: ided };
    });
  }
}
