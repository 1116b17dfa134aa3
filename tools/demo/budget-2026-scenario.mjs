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

// The negotiation (issue 29): the budget office keeps two packages for the parties; the second balances and RR's
// secretariat confirms it as the budget agreement. Amounts are typed as in the consequence tables (mio. kr.).
const every = (amount) => ({ 2026: amount, 2027: amount, 2028: amount, permanent: amount });

/** The råderum before any proposal: a gap of 20,0 mio. kr. a year that the savings must close first. */
const RAADERUM_OPENING = every('-20,0');
/** The national pool for the hospitals, for 2026–2028. */
const SUNDHEDSPAKKEN = { key: 'sundhedspakken', name: 'sundhedspakken', amounts: { 2026: '4,0', 2027: '4,0', 2028: '4,0', permanent: '-' } };

const MEDICINE = {
  key: 'medicinreserve',
  chapter: 'Hospitaler',
  title: 'Reserve til medicinudgifter',
  text: 'Udgifterne til medicin stiger mere end forudsat; en reserve sikrer, at hospitalerne ikke skal spare for at betale dem.',
  amounts: every('5,0'),
  committee: 'SU',
};
const WORKING_ENVIRONMENT = {
  key: 'arbejdsmiljoe',
  chapter: 'Arbejdsmiljø',
  title: 'Pulje til bedre arbejdsmiljø',
  text: 'Puljen søges af afdelinger med højt sygefravær til lokale indsatser.',
  amounts: { 2026: '2,0', 2027: '2,0', 2028: '2,0', permanent: '-' },
  committee: 'UAR',
};
const emergencyStaff = (amounts) => ({
  key: 'akutpersonale',
  chapter: 'Hospitaler',
  title: 'Flere ansatte på akutmodtagelserne',
  text: 'Flere læger og sygeplejersker på akutmodtagelserne i de travleste timer.',
  amounts,
  source: 'sundhedspakken',
  area: 'Akutmodtagelserne',
});

/** Two packages: the first overdraws «sundhedspakken» in 2028, the second (a copy, amended) balances. */
export const NEGOTIATION = {
  unbalanced: {
    name: 'Forhandlingsoplæg 1',
    raaderum: RAADERUM_OPENING,
    sources: [SUNDHEDSPAKKEN],
    initiatives: [MEDICINE, emergencyStaff({ 2026: '4,0', 2027: '4,0', 2028: '6,0', permanent: '-' }), WORKING_ENVIRONMENT],
  },
  balanced: {
    name: 'Forhandlingsoplæg 2',
    raaderum: RAADERUM_OPENING,
    sources: [SUNDHEDSPAKKEN],
    initiatives: [MEDICINE, emergencyStaff({ 2026: '4,0', 2027: '4,0', 2028: '4,0', permanent: '-' }), WORKING_ENVIRONMENT],
  },
};

/** The agreement made from the balanced package: who signs, the introduction and the chapters' texts. */
export const PACKAGE_AGREEMENT = {
  signatories: [...AGREEMENT.parties.map((name) => ({ kind: 'party', name })), { kind: 'member', name: 'Hanne Bak' }],
  introduction: 'Aftaleparterne er enige om budgettet for 2026. Budgetforslaget og denne aftale udgør tilsammen budgettet for Region Nordjylland.',
  chapters: [
    {
      title: 'Det økonomiske grundlag',
      text: 'Regionen skal finde 20,0 mio. kr. om året, før der er plads til nye initiativer; udvalgenes forslag lukker hullet.',
    },
    { title: 'Hospitaler', text: 'Hospitalerne skal have ro til at løse opgaverne.' },
    { title: 'Arbejdsmiljø', text: 'Medarbejderne er regionens vigtigste ressource.' },
  ],
};
