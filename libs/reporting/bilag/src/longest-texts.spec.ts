// Issue 25, item 5: every bilag of a round whose texts are as long as the API accepts, each text one word without
// spaces, keeps all its figures on the page, and its totals are the ones a reader would add up.
import {
  Amount,
  BudgetRound,
  MAX_TITLE_LENGTH,
  PACKAGE_LIMITS,
  ProposalState,
  QUESTION_LIMITS,
  SECTION_KINDS,
  budget2026Round,
  parseAmountOrThrow,
  validateProposal,
  appendixLine,
  decisionSentence,
  validateRound,
} from '@budgetflow/domain';
import { PlacedPage, pdfPlacedText } from '@budgetflow/testing';
import { PAGE_MARGINS } from './layout/page-margins';
import { AgreementChapter, BilagData, BilagProposal, BilagQuestion } from './model/bilag-data';
import { REPORT_REGISTRY } from './report-registry';
import { renderReportPdf } from './render';
import { aBilagData } from './testing/bilag-data.builder';

/** The longest texts accepted today and where each limit is set (issue 25 moves the limits into the domain). */
const LONGEST = {
  title: MAX_TITLE_LENGTH, // domain, validateProposal
  area: 200, // domain, validateProposal (MAX_AREA_LENGTH)
  fundingSource: 500, // domain, validateProposal (MAX_FUNDING_SOURCE_LENGTH)
  sectionHeading: 100, // domain, validateProposal (MAX_HEADING_LENGTH; the DTO would take 200)
  sectionBody: 20_000, // intake, TextSectionDto.body
  sections: SECTION_KINDS.length, // domain: one section of each kind (the DTO would take 20)
  rowLabel: 200, // domain, validateConsequenceTable (MAX_ROW_LABEL)
  rows: 30, // platform, ConsequenceTableDto.rows
  committeeName: 200, // intake, CommitteeDto.name
  roundName: 100, // intake, CreateRoundDto.name
  region: 100, // intake, CreateRoundDto.region
  party: 200, // workflow, BudgetAgreementDto.parties
  parties: 30, // workflow, BudgetAgreementDto.parties
  chapterTitle: PACKAGE_LIMITS.chapterCharacters, // domain, validatePackage
  initiativeTitle: PACKAGE_LIMITS.initiativeTitleCharacters, // domain, validatePackage
  initiativeText: PACKAGE_LIMITS.initiativeTextCharacters, // domain, validatePackage (also the chapters' and introduction's here)
  sourceName: PACKAGE_LIMITS.sourceNameCharacters, // domain, validatePackage
  questionText: QUESTION_LIMITS.textCharacters, // domain, validateQuestion
  answerText: QUESTION_LIMITS.answerCharacters, // domain, validateAnswer
  answerRows: QUESTION_LIMITS.answerTableRows, // domain, validateAnswerTable
  answerRowLabel: QUESTION_LIMITS.rowLabelCharacters, // domain, validateAnswerTable
  bilagName: QUESTION_LIMITS.bilagCharacters, // domain, validateQuestion
  bilagNames: QUESTION_LIMITS.bilag, // domain, validateQuestion
  proposalsConcerned: QUESTION_LIMITS.proposals, // domain, validateQuestion
  personName: 200, // the token's name claim, as the record keeps it (no limit of its own; a party's is the longest known)
} as const;
// Remarks and decision texts are not printed in any bilag (BilagData has neither).

/** One word of wide letters, `length` characters long, starting with `seed` so that every text is its own. */
const word = (length: number, seed: string) => `${seed}${'WÆ'.repeat(length)}`.slice(0, length);

// The round's amounts as the test knows them (thousand kroner; null is an empty cell): 2026, 2027, 2028, Permanent.
type Cells = readonly [Amount | null, Amount | null, Amount | null, Amount | null];

interface Planned {
  readonly reference: string;
  readonly state: ProposalState;
  readonly submitted: readonly Cells[];
  /** The table FU decided instead, if it amended the proposal. */
  readonly decided?: readonly Cells[];
}

function rows(factor: number): Cells[] {
  return Array.from({ length: LONGEST.rows }, (_row, index): Cells => {
    const step = index + 1;
    return [-factor * step * 100, index % 3 === 0 ? null : -step * 7, index === 0 ? 2500 : null, -factor * step * 100];
  });
}

const PLANNED: readonly Planned[] = [
  { reference: 'B26-SU-01', state: 'adopted', submitted: rows(1), decided: rows(3) },
  { reference: 'B26-SU-02', state: 'rejected_by_fu', submitted: rows(2) },
  { reference: 'B26-DNS-01', state: 'approved_by_fu', submitted: rows(4) },
  { reference: 'B26-PSU-01', state: 'submitted', submitted: rows(5) },
  { reference: 'B26-UAR-01', state: 'adopted', submitted: rows(6) },
  { reference: 'B26-UAR-02', state: 'withdrawn', submitted: rows(7) },
];

/** An amount as a committee types it: "-1,234". */
function typed(amount: Amount | null): string {
  if (amount === null) return '-';
  const magnitude = Math.abs(amount);
  return `${amount < 0 ? '-' : ''}${Math.floor(magnitude / 1000)},${String(magnitude % 1000).padStart(3, '0')}`;
}

function longestRound(): BudgetRound {
  const round: BudgetRound = {
    ...budget2026Round,
    name: word(LONGEST.roundName, 'Budget2026'),
    region: word(LONGEST.region, 'Region'),
    committees: budget2026Round.committees.map((committee) => ({ ...committee, name: word(LONGEST.committeeName, committee.code) })),
  };
  const result = validateRound(round);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join(' '));
  return round;
}

const cellsOf = (table: readonly Cells[]) =>
  table.map((cells, index) => ({
    label: word(LONGEST.rowLabel, `Række${index + 1}`),
    category: 'drift',
    cells: { '2026': typed(cells[0]), '2027': typed(cells[1]), '2028': typed(cells[2]), permanent: typed(cells[3]) },
  }));

function longestProposal(round: BudgetRound, planned: Planned, index: number): BilagProposal {
  const committee = planned.reference.split('-')[1] ?? '';
  const result = validateProposal(
    {
      reference: planned.reference,
      committee,
      title: word(LONGEST.title, `Titel${index + 1}`),
      area: word(LONGEST.area, 'Område'),
      kind: index % 2 === 0 ? 'udvidelse' : 'omstilling',
      fundingSource: word(LONGEST.fundingSource, 'Finansiering'),
      sections: SECTION_KINDS.slice(0, LONGEST.sections).map((kind) => ({
        kind,
        heading: word(LONGEST.sectionHeading, kind),
        body: word(LONGEST.sectionBody, kind),
      })),
      table: { rows: cellsOf(planned.submitted) },
    },
    round,
  );
  if (!result.ok) throw new Error(`${planned.reference}: ${result.issues.map((issue) => issue.message).join(' ')}`);
  const decided = planned.decided ? validateProposal({ ...result.value, table: { rows: cellsOf(planned.decided) } }, round) : null;
  if (decided && !decided.ok) throw new Error(decided.issues.map((issue) => issue.message).join(' '));
  return {
    id: `proposal-${planned.reference}`,
    content: result.value,
    state: planned.state,
    stateSequence: 4,
    decidedTable: decided?.ok ? decided.value.table : null,
    amendedBy: decided ? 'FU' : null,
    steps: [],
  };
}

// The agreement's new initiatives (2026, 2027, 2028, Permanent), two chapters of two, every other one financed by a
// source with the longest name.
const INITIATIVES: readonly Cells[] = [
  [3000, 3000, null, null],
  [-5000, -5000, -5000, -5000],
  [125, null, 2500, 2500],
  [null, 1000, 1000, 1000],
];

function longestChapters(): AgreementChapter[] {
  const source = word(LONGEST.sourceName, 'kilde');
  const initiative = (cells: Cells, index: number) => {
    const worded = {
      title: word(LONGEST.initiativeTitle, `Initiativ${index + 1}`),
      amounts: { '2026': cells[0], '2027': cells[1], '2028': cells[2], permanent: cells[3] },
      sourceName: index % 2 === 1 ? source : null,
    };
    const years = budget2026Round.yearColumns;
    const text = word(LONGEST.initiativeText, `Tekst${index + 1}`);
    const sentences = { decisionSentence: decisionSentence(worded, years), appendixLine: appendixLine(worded, years) };
    return { key: `initiativ-${index + 1}`, ...worded, text, committee: null, area: 'Hele regionen', ...sentences };
  };
  return [0, 1].map((chapter) => ({
    title: word(LONGEST.chapterTitle, `Kapitel${chapter + 1}`),
    text: word(LONGEST.initiativeText, `Kapiteltekst${chapter + 1}`),
    initiatives: INITIATIVES.slice(chapter * 2, chapter * 2 + 2).map((cells, index) => initiative(cells, chapter * 2 + index)),
  }));
}

function longestData(): BilagData {
  const round = longestRound();
  const proposals = PLANNED.map((planned, index) => longestProposal(round, planned, index));
  const parties = Array.from({ length: LONGEST.parties }, (_party, index) => word(LONGEST.party, `Parti${index + 1}`));
  const adopted = PLANNED.filter((planned) => planned.state === 'adopted').map((planned) => `proposal-${planned.reference}`);
  const agreement = {
    parties,
    date: '2025-09-24',
    proposalIds: adopted,
    signatories: [...parties.map((name) => ({ kind: 'party' as const, name })), { kind: 'member' as const, name: word(LONGEST.party, 'Medlem') }],
    introduction: word(LONGEST.initiativeText, 'Indledning'),
    chapters: longestChapters(),
    packageName: word(PACKAGE_LIMITS.nameCharacters, 'Pakke'),
  };
  return aBilagData({ round: { id: 'round-longest', round }, proposals, agreement, questions: longestQuestions(proposals) });
}

/**
 * Budget questions with the longest texts: a committee's answer with the largest table (the widest amounts), the
 * budget office's, and a question merged into it, each naming as many proposals and bilag as a question may.
 */
function longestQuestions(proposals: readonly BilagProposal[]): BilagQuestion[] {
  const largest = parseAmountOrThrow('-999.999,999') ?? 0;
  const question = (number: number, change: Partial<BilagQuestion>): BilagQuestion => ({
    id: `question-${number}`,
    number,
    state: 'approved',
    asker: { name: word(LONGEST.personName, `Medlem${number}`), party: word(LONGEST.party, `Parti${number}`) },
    askedAt: '2025-08-15T07:12:00.000Z',
    text: word(LONGEST.questionText, `Spørgsmål${number}`),
    proposalIds: proposals.slice(0, LONGEST.proposalsConcerned).map((proposal) => proposal.id),
    bilag: Array.from({ length: LONGEST.bilagNames }, (_name, index) => word(LONGEST.bilagName, `Bilag${number}.${index + 1}`)),
    answerer: { kind: 'committee', committee: 'PSU' },
    mergedInto: null,
    answer: {
      text: word(LONGEST.answerText, `Svar${number}`),
      table: {
        rows: Array.from({ length: LONGEST.answerRows }, (_row, index) => ({
          label: word(LONGEST.answerRowLabel, `Svarrække${index + 1}`),
          cells: { '2026': largest, '2027': largest, '2028': null, permanent: largest },
        })),
      },
      answeredBy: word(LONGEST.personName, `Besvarer${number}`),
      answeredAt: '2025-08-19T12:40:00.000Z',
      approvedBy: word(LONGEST.personName, `Godkender${number}`),
      approvedAt: '2025-08-20T08:05:00.000Z',
    },
    ...change,
  });
  return [
    question(1, {}),
    question(2, { answerer: { kind: 'budget_office' } }),
    question(3, { state: 'merged', answerer: null, mergedInto: { questionId: 'question-2', number: 2 }, answer: null }),
  ];
}

// The totals as a reader adds them up from the plan, column by column (an empty cell adds nothing; a column of
// empty cells is empty).
const COLUMNS = [0, 1, 2, 3] as const;
function columnSum(values: readonly (Amount | null)[]): Amount | null {
  const present = values.filter((value): value is Amount => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0);
}
const tableTotal = (table: readonly Cells[]) => COLUMNS.map((column) => columnSum(table.map((cells) => cells[column])));
const decidedOf = (planned: Planned) => planned.decided ?? planned.submitted;
const totalOver = (proposals: readonly Planned[], column: number, table = decidedOf) =>
  columnSum(proposals.map((planned) => tableTotal(table(planned))[column] ?? null));
const sumOver = (proposals: readonly Planned[], column = 0) => totalOver(proposals, column) ?? 0;
const byState = (...states: ProposalState[]) => PLANNED.filter((planned) => states.includes(planned.state));
const COMMITTEE_ORDER = ['SU', 'DNS', 'PSU', 'UAR'];
const inCatalogueOrder = (proposals: readonly Planned[]) =>
  COMMITTEE_ORDER.flatMap((code) => proposals.filter((planned) => planned.reference.split('-')[1] === code));
const TARGET = 35_000;

const catalogue = byState('submitted', 'returned', 'on_fu_agenda', 'approved_by_fu', 'rejected_by_fu', 'adopted', 'not_adopted', 'lapsed');
const pending = byState('draft', 'submitted', 'returned', 'on_fu_agenda');
const counted = byState('draft', 'submitted', 'returned', 'on_fu_agenda', 'approved_by_fu', 'adopted');
const uncounted = byState('rejected_by_fu', 'not_adopted', 'withdrawn', 'lapsed');
const countedSum = sumOver(counted);

/** The sum rows each report must show, by their label, in the order they are printed. */
const EXPECTED_TOTALS: Record<string, Record<string, (Amount | null)[][]>> = {
  katalog: {
    'I alt': [[totalOver(catalogue, 0, (planned) => planned.submitted)]],
    'Samlet, prioriteringsforslag': inCatalogueOrder(catalogue).map((planned) => tableTotal(planned.submitted)),
  },
  rammeopfoelgning: {
    'I alt': [
      [TARGET, sumOver(pending), sumOver(byState('approved_by_fu')), sumOver(byState('adopted')), countedSum, TARGET + countedSum, sumOver(uncounted)],
      [countedSum, sumOver(uncounted)],
    ],
    Rest: [[TARGET + countedSum]],
  },
  udmoentning: {
    'I alt': [COLUMNS.map((column) => totalOver(counted, column))],
    'Generel rammebesparelse (rest)': [COLUMNS.map((column) => -TARGET - (totalOver(counted, column) ?? 0))],
    Samlet: [COLUMNS.map(() => -TARGET)],
  },
  vedtaget: { 'I alt': [COLUMNS.map((column) => totalOver(byState('adopted'), column))] },
  'ikke-medregnet': { 'I alt': [COLUMNS.map((column) => totalOver(byState('rejected_by_fu', 'not_adopted', 'lapsed'), column))] },
  budgetaftale: { 'I alt': [tableTotal(INITIATIVES)] },
  'nye-bevillinger': { 'I alt': [tableTotal(INITIATIVES)] },
  // The answers' tables are printed as written: nothing is summed.
  budgetspoergsmaal: {},
};

const AMOUNT = /^(?:[−-]?\d{1,3}(?:\.\d{3})*,\d+|-)$/;
// PDF.js positions are floats; a run ending within this of the margin is inside it.
const TOLERANCE = 0.5;

/** The figures printed on the line of each run labelled `label`, left to right. */
function sumRows(pages: readonly PlacedPage[], label: string): (Amount | null)[][] {
  return pages.flatMap((page) =>
    page.items
      .filter((item) => item.text.trim() === label)
      .map((labelled) =>
        page.items
          .filter((item) => item.x > labelled.x && Math.abs(item.y - labelled.y) < 1 && AMOUNT.test(item.text.trim()))
          .sort((left, right) => left.x - right.x)
          .map((item) => parseAmountOrThrow(item.text.trim())),
      )
      // A column header of the same name («Rest») is no sum row.
      .filter((figures) => figures.length > 0),
  );
}

/** Every run of text that does not lie between the side margins, and every figure outside the printed area. */
function outside(pages: readonly PlacedPage[]): string[] {
  return pages.flatMap((page, index) =>
    page.items
      .filter((item) => {
        const across = item.x < PAGE_MARGINS.left - TOLERANCE || item.x + item.width > page.width - PAGE_MARGINS.right + TOLERANCE;
        const figureOff = AMOUNT.test(item.text.trim()) && (item.y < PAGE_MARGINS.bottom || item.y > page.height - PAGE_MARGINS.top);
        return across || figureOff || item.y < 0 || item.y > page.height;
      })
      .map((item) => `page ${index + 1}: «${item.text.slice(0, 30)}» at x ${item.x.toFixed(1)}–${(item.x + item.width).toFixed(1)}, y ${item.y.toFixed(1)}`),
  );
}

describe('every bilag of a round with the longest valid texts, each one word', () => {
  const data = longestData();

  it('checks every report of the registry', () => {
    expect(REPORT_REGISTRY.map((report) => report.key).sort()).toEqual([...Object.keys(EXPECTED_TOTALS), 'faktaark'].sort());
  });

  it.each(REPORT_REGISTRY.filter((report) => !report.perProposal).map((report) => [report.key]))(
    '%s keeps every figure on the page and prints the totals a reader adds up',
    async (key) => {
      const pages = await pdfPlacedText(await renderReportPdf(key, data));
      expect(outside(pages)).toEqual([]);
      for (const [label, rows] of Object.entries(EXPECTED_TOTALS[key] ?? {})) expect({ [label]: sumRows(pages, label) }).toEqual({ [label]: rows });
    },
    60_000,
  );

  // A fact sheet is laid out alike for every state: the amended proposal (two tables) and one as submitted.
  it.each([['B26-SU-01'], ['B26-PSU-01']])(
    'the fact sheet of %s keeps every figure on the page and prints each table’s sum',
    async (reference) => {
      const planned = PLANNED.find((candidate) => candidate.reference === reference);
      if (!planned) throw new Error(`No planned proposal ${reference}`);
      const pages = await pdfPlacedText(await renderReportPdf('faktaark', data, `proposal-${reference}`));
      expect(outside(pages)).toEqual([]);
      const tables = planned.decided ? [planned.submitted, planned.decided] : [planned.submitted];
      expect(sumRows(pages, 'Samlet, prioriteringsforslag')).toEqual(tables.map(tableTotal));
    },
    60_000,
  );
});
