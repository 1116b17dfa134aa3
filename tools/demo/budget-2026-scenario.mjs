// What happens to the ten demo proposals of Budget 2026 on their way to the adopted budget.

/** The committee fixes this proposal's text after the budget office returns it; its amounts stay as they are. */
export const RETURNED = {
  reference: 'B26-DNS-03',
  remark: 'Uddyb venligst i baggrunden, hvilke tilbagebetalingskrav det forventede niveau bygger på.',
  addition: 'Niveauet bygger på de tilbagebetalingskrav, der er fremsat i 2024 og 2025, og på de sager, der verserer i samarbejdsudvalgene.',
};

/** FU's decisions; every proposal not named here is approved as submitted. */
export const FU_DECISIONS = {
  'B26-SU-02': {
    outcome: 'approved_with_changes',
    text: 'Godkendt med indfasning: besparelsen stiger fra 10,0 mio. kr. i 2026 til 14,0 mio. kr. fra 2028.',
    amendedTable: { rows: [{ label: 'Drift', category: 'drift', cells: { 2026: '-10,0', 2027: '-12,0', 2028: '-14,0', permanent: '-14,0' } }] },
  },
  'B26-PSU-03': { outcome: 'rejected', text: 'Afvist: gevinsterne af Borgerplatformen kan endnu ikke opgøres.' },
};

export const DEFAULT_FU_DECISION = { outcome: 'approved', text: 'Godkendt som indstillet.' };

/** RR adopts every proposal FU approved, in one budget agreement. */
export const AGREEMENT = {
  parties: ['Socialdemokratiet', 'Venstre', 'SF', 'Det Konservative Folkeparti'],
  text: 'Budgetaftale for Budget 2026.',
};
