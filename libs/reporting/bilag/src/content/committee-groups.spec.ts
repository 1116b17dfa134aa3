import { budget2026Round } from '@budgetflow/domain';
import { committeeName, groupByCommittee } from './committee-groups';

describe('groupByCommittee', () => {
  it("groups in the round's committee order, keeps the given order within a committee and skips empty committees", () => {
    const items = [
      { committee: 'UAR', name: 'u1' },
      { committee: 'SU', name: 's1' },
      { committee: 'UAR', name: 'u2' },
      { committee: 'SU', name: 's2' },
    ];
    expect(
      groupByCommittee(budget2026Round, items, (item) => item.committee).map((group) => [group.committee.code, group.items.map((item) => item.name)]),
    ).toEqual([
      ['SU', ['s1', 's2']],
      ['UAR', ['u1', 'u2']],
    ]);
  });

  it('refuses a committee that is not a fagudvalg of the round', () => {
    expect(() => groupByCommittee(budget2026Round, ['FU'], (code) => code)).toThrow('Udvalget «FU» er ikke et fagudvalg i Budget 2026.');
  });

  it('names a committee by its code', () => {
    expect(committeeName(budget2026Round, 'DNS')).toBe('Udvalg for Det Nære Sundhedsvæsen');
  });
});
