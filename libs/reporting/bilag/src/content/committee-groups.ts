import { BudgetRound, Committee, fagudvalg, findCommittee } from '@budgetflow/domain';

/** The items of one committee. */
export interface CommitteeGroup<T> {
  readonly committee: Committee;
  readonly items: readonly T[];
}

/**
 * Items grouped by committee in the round's committee order (the order of the Budget 2026 catalogue);
 * committees without items are left out. Items keep their given order within a committee.
 */
export function groupByCommittee<T>(round: BudgetRound, items: readonly T[], committeeOf: (item: T) => string): CommitteeGroup<T>[] {
  for (const item of items) {
    const code = committeeOf(item);
    // Proposals are validated against their round, so a stranger here is a programming error.
    if (findCommittee(round.committees, code)?.kind !== 'fagudvalg') {
      throw new RangeError(`Udvalget «${code}» er ikke et fagudvalg i ${round.name}.`);
    }
  }
  return fagudvalg(round.committees)
    .map((committee) => ({ committee, items: items.filter((item) => committeeOf(item) === committee.code) }))
    .filter((group) => group.items.length > 0);
}

/** The Danish name of a committee code ("SU" → "Sundhedsudvalget"); the code if unknown. */
export function committeeName(round: BudgetRound, code: string): string {
  return findCommittee(round.committees, code)?.name ?? code;
}
