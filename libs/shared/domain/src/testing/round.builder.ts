// Test builders: every call returns a fresh, valid object; tests override only what they are about.
import { Committee } from '../committee/committee';
import { BudgetRound } from '../round/budget-round';

/** A fagudvalg, unless overridden. */
export function aCommittee(overrides: Partial<Committee> = {}): Committee {
  return { code: 'SU', name: 'Sundhedsudvalget', kind: 'fagudvalg', ...overrides };
}

/** The committees of the default round: two fagudvalg (SU, DNS), FU and RR. */
export function someCommittees(): Committee[] {
  return [
    aCommittee({ code: 'SU', name: 'Sundhedsudvalget' }),
    aCommittee({ code: 'DNS', name: 'Udvalg for Det Nære Sundhedsvæsen' }),
    aCommittee({ code: 'FU', name: 'Forretningsudvalget', kind: 'FU' }),
    aCommittee({ code: 'RR', name: 'Regionsrådet', kind: 'RR' }),
  ];
}

/** A small valid round: 2026-2028 + Permanent, target 5,0 mio. kr. split SU 3,0 / DNS 2,0. */
export function aRound(overrides: Partial<BudgetRound> = {}): BudgetRound {
  return {
    name: 'Budget 2026',
    region: 'Region Nordjylland',
    budgetYear: 2026,
    priceLevel: 'P/L-2025',
    yearColumns: [2026, 2027, 2028],
    target: 5000,
    frames: { SU: 3000, DNS: 2000 },
    committees: someCommittees(),
    dates: {
      framesApprovedByFu: '2025-03-17',
      proposalDeadline: '2025-04-30',
      committeeWorkApprovedByFu: '2025-05-19',
      rrAdoption: '2025-09-24',
    },
    ...overrides,
  };
}
