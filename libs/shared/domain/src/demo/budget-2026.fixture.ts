import { BudgetRound } from '../round/budget-round';

/**
 * Budget 2026 of Region Nordjylland, as in the Budget 2026 catalogue ("Forslag til omstillingstemaer,
 * Budget 2026"): target 35,0 mio. kr. split SU 24, DNS 3, PSU 4, UAR 4.
 */
export const budget2026Round: BudgetRound = {
  name: 'Budget 2026',
  region: 'Region Nordjylland',
  budgetYear: 2026,
  priceLevel: 'P/L-2025',
  yearColumns: [2026, 2027, 2028],
  target: 35000,
  frames: { SU: 24000, DNS: 3000, PSU: 4000, UAR: 4000 },
  committees: [
    { code: 'SU', name: 'Sundhedsudvalget', kind: 'fagudvalg' },
    { code: 'DNS', name: 'Udvalg for Det Nære Sundhedsvæsen', kind: 'fagudvalg' },
    { code: 'PSU', name: 'Psykiatri- og Socialudvalget', kind: 'fagudvalg' },
    { code: 'UAR', name: 'Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering', kind: 'fagudvalg' },
    { code: 'FU', name: 'Forretningsudvalget', kind: 'FU' },
    { code: 'RR', name: 'Regionsrådet', kind: 'RR' },
  ],
  dates: {
    // Both FU dates are in the Budget 2026 catalogue's Baggrund.
    framesApprovedByFu: '2025-03-17',
    committeeWorkApprovedByFu: '2025-05-19',
    // Not in the Budget 2026 catalogue: a plausible date for RR's adoption of Budget 2026 (demo data only).
    rrAdoption: '2025-09-24',
  },
};
