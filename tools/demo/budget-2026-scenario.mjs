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

// Budget questions (issue 30): two members of the regional council ask about the catalogue while the window is open;
// the budget office routes them (a committee's secretariat, itself, a duplicate merged), sends one answer back once and
// approves every answer. Tables are typed as in the consequence tables (mio. kr., every column of the round).
const METTE = { party: 'Socialdemokratiet' };
const JENS = { party: 'Venstre' };

/** The window: open from the current hour today until noon a week later, six days to answer; closed early at the end. */
export const QUESTION_WINDOW = { daysOpen: 7, closesAt: '12:00', answeringDays: 6 };

/** The questions in the order asked (so numbered 1, 2, 3, 4), what the budget office does with each, and the answers. */
export const QUESTIONS = [
  {
    key: 'nattevagter',
    asker: METTE,
    text: 'Hvad betyder forslaget om færre lægevikarer (B26-PSU-01) for bemandingen af nattevagterne i Psykiatrien i Aalborg, og hvordan fordeler besparelsen sig på årene?',
    proposals: ['B26-PSU-01'],
    answerer: { kind: 'committee', committee: 'PSU' },
    // The first answer lacks the years; the budget office sends it back once.
    draft: { text: 'Nattevagterne i Aalborg bemandes fortsat med speciallæger.' },
    remark: 'Vis venligst besparelsen år for år, som spørgeren beder om, gerne i en lille tabel.',
    answer: {
      text: 'Nattevagterne i Aalborg bemandes fortsat med speciallæger. Besparelsen kommer af, at faste speciallæger erstatter langtidsvikarer; antallet af læger på vagt er det samme.\n\nTabellen viser de forventede udgifter til langtidsvikarer med og uden forslaget.',
      table: {
        rows: [
          { label: 'Langtidsvikarer uden forslaget', cells: { 2026: '12,0', 2027: '12,0', 2028: '12,0', permanent: '12,0' } },
          { label: 'Langtidsvikarer med forslaget', cells: { 2026: '9,5', 2027: '9,5', 2028: '9,5', permanent: '9,5' } },
          { label: 'Besparelse', cells: { 2026: '-2,5', 2027: '-2,5', 2028: '-2,5', permanent: '-2,5' } },
        ],
      },
    },
  },
  {
    key: 'vikarlaeger',
    asker: JENS,
    text: 'Hvor meget brugte regionen i 2024 på vikarlæger, fordelt på hospitalerne og psykiatrien?',
    proposals: [],
    answerer: { kind: 'budget_office' },
    answer: {
      text: 'Regionen brugte i 2024 i alt 61,4 mio. kr. på vikarlæger: 44,9 mio. kr. på hospitalerne og 16,5 mio. kr. i psykiatrien. Udgiften er faldet med 8,2 mio. kr. siden 2023.',
    },
  },
  {
    key: 'vikarlaeger-igen',
    asker: METTE,
    text: 'Hvad har vikarlæger kostet regionen i de seneste år?',
    proposals: [],
    // A duplicate: answered with the question above.
    mergeInto: 'vikarlaeger',
  },
  {
    key: 'klinikker',
    asker: JENS,
    text: 'Hvad sker der, hvis klinikkerne overdrages et år senere?',
    // The budget office words it more precisely; the member's original is kept on record.
    reworded: 'Hvad koster det at udskyde overdragelsen af regionsklinikkerne og udbudsklinikkerne (B26-DNS-02) et år?',
    proposals: ['B26-DNS-02'],
    answerer: { kind: 'committee', committee: 'DNS' },
    answer: {
      text: 'En udskydelse med et år betyder, at besparelsen i 2026 ikke opnås, og at klinikkerne drives videre i regionens regi det år. Fra 2027 er forslagets virkning uændret.',
    },
  },
];
