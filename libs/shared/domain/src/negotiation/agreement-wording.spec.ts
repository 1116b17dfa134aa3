import * as fc from 'fast-check';
import { Amount } from '../money/amount';
import { parseAmountOrThrow } from '../money/parse-amount';
import { TableCells } from '../proposal/consequence-table';
import { PERMANENT, yearColumnKey } from '../round/round-columns';
import { aCell } from '../testing/arbitraries';
import { agreementAmounts, appendixLine, decisionSentence, DECISION_SENTENCE_OPENING, purposeOf, WordedInitiative } from './agreement-wording';

const YEARS = [2026, 2027, 2028];
// The years of the agreement the issue quotes (budget 2024 and three more years).
const YEARS_2024 = [2024, 2025, 2026, 2027];

// Cells from Danish text in the order of the years, then Permanent, so the examples read like the tables.
function cells(years: readonly number[], ...typed: string[]): TableCells {
  const keys = [...years.map(yearColumnKey), PERMANENT];
  return Object.fromEntries(keys.map((key, index) => [key, parseAmountOrThrow(typed[index] ?? '-')]));
}

// The years of cells made by cells(): their keys but Permanent, in order.
function yearsOf(amounts: TableCells): number[] {
  return Object.keys(amounts)
    .filter((key) => key !== PERMANENT)
    .map(Number);
}

function row(y2026: string, y2027: string, y2028: string, permanent: string): TableCells {
  return cells(YEARS, y2026, y2027, y2028, permanent);
}

function initiative(title: string, amounts: TableCells, sourceName: string | null = null): WordedInitiative {
  return { title, amounts, sourceName };
}

describe('agreementAmounts: the amounts of an initiative in the agreement’s words', () => {
  it.each<[string, TableCells, string]>([
    ['one amount in two years (the issue’s example)', cells(YEARS_2024, '3,0', '3,0', '-', '-', '-'), '3,0 mio. kr. i 2024 og 2025'],
    ['the same amount every year and Permanent (the issue’s example)', cells(YEARS_2024, '0,5', '0,5', '0,5', '0,5', '0,5'), '0,5 mio. kr. årligt fra 2024'],
    ['one year only (the issue’s appendix line)', cells(YEARS_2024, '25', '-', '-', '-', '-'), '25,0 mio. kr. i 2024'],
    ['a different amount every year', row('2,0', '3,0', '4,0', '-'), '2,0 mio. kr. i 2026, 3,0 mio. kr. i 2027 og 4,0 mio. kr. i 2028'],
    [
      'a different amount every year, the last one lasting',
      row('2,0', '3,0', '4,0', '4,0'),
      '2,0 mio. kr. i 2026, 3,0 mio. kr. i 2027 og 4,0 mio. kr. årligt fra 2028',
    ],
    ['a first year, then a lasting level', row('2,0', '3,0', '3,0', '3,0'), '2,0 mio. kr. i 2026 og 3,0 mio. kr. årligt fra 2027'],
    ['a run of two years, then another amount', row('2,0', '2,0', '3,0', '-'), '2,0 mio. kr. årligt i 2026-2027 og 3,0 mio. kr. i 2028'],
    ['the same amount in all three years, not lasting', row('1,0', '1,0', '1,0', '-'), '1,0 mio. kr. i 2026, 2027 og 2028'],
    ['the same amount in all three years and Permanent', row('1,0', '1,0', '1,0', '1,0'), '1,0 mio. kr. årligt fra 2026'],
    ['non-consecutive years, one amount', row('1,0', '-', '1,0', '-'), '1,0 mio. kr. i 2026 og 2028'],
    ['non-consecutive years, the last one lasting', row('1,0', '-', '1,0', '1,0'), '1,0 mio. kr. i 2026 og 1,0 mio. kr. årligt fra 2028'],
    ['only the last year, lasting', row('-', '-', '2,0', '2,0'), '2,0 mio. kr. årligt fra 2028'],
    [
      'a run that ends before the last year, with a Permanent',
      row('1,0', '1,0', '-', '1,0'),
      '1,0 mio. kr. årligt i 2026-2027 og 1,0 mio. kr. varigt efter 2028',
    ],
    ['every year, and a lower Permanent', row('1,0', '1,0', '1,0', '0,5'), '1,0 mio. kr. årligt i 2026-2028 og 0,5 mio. kr. varigt'],
    ['Permanent only', row('-', '-', '-', '1,0'), '1,0 mio. kr. varigt efter 2028'],
    ['zero years are skipped', row('0', '2,0', '0', '0'), '2,0 mio. kr. i 2027'],
    ['an amount with three decimals is never rounded', row('0,125', '-', '-', '-'), '0,125 mio. kr. i 2026'],
    ['thousands get a separator', row('1.234,5', '-', '-', '-'), '1.234,5 mio. kr. i 2026'],
    ['a single year column', cells([2026], '4,0', '4,0'), '4,0 mio. kr. årligt fra 2026'],
  ])('%s', (_, amounts, spending) => {
    expect(agreementAmounts(yearsOf(amounts), amounts)).toEqual({ spending, savings: null });
  });

  it('words savings as magnitudes, by the same rules', () => {
    expect(agreementAmounts(YEARS, row('-5,0', '-5,0', '-5,0', '-5,0'))).toEqual({ spending: null, savings: '5,0 mio. kr. årligt fra 2026' });
    expect(agreementAmounts(YEARS, row('-1,0', '-2,0', '-', '-'))).toEqual({ spending: null, savings: '1,0 mio. kr. i 2026 og 2,0 mio. kr. i 2027' });
  });

  it('splits a row with both signs into what it spends and what it saves', () => {
    expect(agreementAmounts(YEARS, row('1,0', '-2,0', '-2,0', '-2,0'))).toEqual({ spending: '1,0 mio. kr. i 2026', savings: '2,0 mio. kr. årligt fra 2027' });
  });

  it('has nothing to say about a row without amounts', () => {
    expect(agreementAmounts(YEARS, row('-', '0', '-', '0'))).toEqual({ spending: null, savings: null });
  });
});

describe('decisionSentence', () => {
  it.each<[string, WordedInitiative, string]>([
    [
      'spending in two years (the issue’s example)',
      initiative('Styrkelse af akutberedskabet', cells(YEARS_2024, '3,0', '3,0', '-', '-', '-')),
      'Aftaleparterne er enige om at afsætte 3,0 mio. kr. i 2024 og 2025 til styrkelse af akutberedskabet.',
    ],
    [
      'the same amount every year from a year and Permanent (the issue’s example)',
      initiative('Pulje til arbejdsmiljø', cells(YEARS_2024, '0,5', '0,5', '0,5', '0,5', '0,5')),
      'Aftaleparterne er enige om at afsætte 0,5 mio. kr. årligt fra 2024 til pulje til arbejdsmiljø.',
    ],
    [
      'different amounts per year',
      initiative('Flere sengepladser i psykiatrien', row('2,0', '3,0', '4,0', '-')),
      'Aftaleparterne er enige om at afsætte 2,0 mio. kr. i 2026, 3,0 mio. kr. i 2027 og 4,0 mio. kr. i 2028 til flere sengepladser i psykiatrien.',
    ],
    [
      'financed by another source than the råderum',
      initiative('Styrkelse af akutberedskabet', row('3,0', '3,0', '-', '-'), 'sundhedspakken'),
      'Aftaleparterne er enige om at afsætte 3,0 mio. kr. i 2026 og 2027 til styrkelse af akutberedskabet, finansieret af sundhedspakken.',
    ],
    [
      'a saving (a general frame cut)',
      initiative('Generel rammebesparelse på administrationen', row('-5,0', '-5,0', '-5,0', '-5,0')),
      'Aftaleparterne er enige om at spare 5,0 mio. kr. årligt fra 2026 ved generel rammebesparelse på administrationen.',
    ],
    [
      'a saving in one year',
      initiative('Udskydelse af vedligehold', row('-2,5', '-', '-', '-')),
      'Aftaleparterne er enige om at spare 2,5 mio. kr. i 2026 ved udskydelse af vedligehold.',
    ],
    [
      'a saving credited to another source',
      initiative('Lavere energiforbrug', row('-1,0', '-1,0', '-1,0', '-1,0'), 'reserven'),
      'Aftaleparterne er enige om at spare 1,0 mio. kr. årligt fra 2026 ved lavere energiforbrug, og besparelsen tilføres reserven.',
    ],
    [
      'an investment that later saves',
      initiative('Indførelse af digital hjemmemonitorering', row('1,0', '-2,0', '-2,0', '-2,0')),
      'Aftaleparterne er enige om at afsætte 1,0 mio. kr. i 2026 til indførelse af digital hjemmemonitorering, og initiativet giver en besparelse på 2,0 mio. kr. årligt fra 2027.',
    ],
    [
      'an investment from a pool that later saves',
      initiative('Indførelse af digital hjemmemonitorering', row('1,0', '-2,0', '-2,0', '-2,0'), 'sundhedspakken'),
      'Aftaleparterne er enige om at afsætte 1,0 mio. kr. i 2026 til indførelse af digital hjemmemonitorering, finansieret af sundhedspakken, og initiativet giver en besparelse på 2,0 mio. kr. årligt fra 2027.',
    ],
    [
      'Permanent only',
      initiative('Bidrag til Nationalt Center for Sjældne Sygdomme', row('-', '-', '-', '1,5')),
      'Aftaleparterne er enige om at afsætte 1,5 mio. kr. varigt efter 2028 til bidrag til Nationalt Center for Sjældne Sygdomme.',
    ],
    [
      'no amounts',
      initiative('En analyse af ventetiderne i psykiatrien', row('0', '0', '0', '0')),
      'Aftaleparterne er enige om en analyse af ventetiderne i psykiatrien; initiativet har ingen økonomisk konsekvens.',
    ],
    [
      'an acronym first keeps its capitals',
      initiative('IT-understøttelse af patientforløb', row('0,8', '-', '-', '-')),
      'Aftaleparterne er enige om at afsætte 0,8 mio. kr. i 2026 til IT-understøttelse af patientforløb.',
    ],
  ])('%s', (_, worded, sentence) => {
    expect(decisionSentence(worded, yearsOf(worded.amounts))).toBe(sentence);
  });
});

describe('appendixLine', () => {
  it.each<[string, WordedInitiative, string]>([
    [
      'the issue’s example',
      initiative('Ansættelse af flere læger og mere plejepersonale', cells(YEARS_2024, '25', '-', '-', '-', '-')),
      '25,0 mio. kr. i 2024 til ansættelse af flere læger og mere plejepersonale',
    ],
    [
      'lasting',
      initiative('Reserve til medicinudgifter', row('10,0', '10,0', '10,0', '10,0')),
      '10,0 mio. kr. årligt fra 2026 til reserve til medicinudgifter',
    ],
    [
      'financed by a pool',
      initiative('Flere ambulancer', row('3,0', '3,0', '-', '-'), 'sundhedspakken'),
      '3,0 mio. kr. i 2026 og 2027 til flere ambulancer, finansieret af sundhedspakken',
    ],
    [
      'a saving',
      initiative('Generel rammebesparelse', row('-5,0', '-5,0', '-5,0', '-5,0')),
      'Besparelse på 5,0 mio. kr. årligt fra 2026 ved generel rammebesparelse',
    ],
    [
      'a saving to a source',
      initiative('Lavere energiforbrug', row('-1,0', '-', '-', '-'), 'reserven'),
      'Besparelse på 1,0 mio. kr. i 2026 ved lavere energiforbrug, tilføres reserven',
    ],
    [
      'both',
      initiative('Digital hjemmemonitorering', row('1,0', '-2,0', '-2,0', '-2,0')),
      '1,0 mio. kr. i 2026 til digital hjemmemonitorering og en besparelse på 2,0 mio. kr. årligt fra 2027',
    ],
    ['none', initiative('Analyse af ventetider.', row('-', '0', '-', '-')), 'Analyse af ventetider: ingen økonomisk konsekvens'],
  ])('%s', (_, worded, line) => {
    expect(appendixLine(worded, yearsOf(worded.amounts))).toBe(line);
  });
});

describe('purposeOf', () => {
  it.each([
    ['Styrkelse af akutberedskabet', 'styrkelse af akutberedskabet'],
    ['Øget bemanding på akutmodtagelserne.', 'øget bemanding på akutmodtagelserne'],
    ['IT-understøttelse af patientforløb', 'IT-understøttelse af patientforløb'],
    ['AUH’s akutmodtagelse', 'AUH’s akutmodtagelse'],
    ['Bidrag til Nationalt Center', 'bidrag til Nationalt Center'],
    ['  Flere læger  ', 'flere læger'],
  ])('%s → %s', (title, purpose) => {
    expect(purposeOf(title)).toBe(purpose);
  });
});

// --- The wording read back: every phrase names each amount and year exactly once, so it can be read back exactly ---

function readPhrase(phrase: string, years: readonly number[]): Map<string, Amount> {
  const read = new Map<string, Amount>();
  const set = (key: string, amount: Amount) => {
    if (read.has(key)) throw new Error(`${key} is named twice in «${phrase}»`);
    read.set(key, amount);
  };
  const mio = (text: string) => parseAmountOrThrow(text) as Amount;
  const oneAmount = /^([\d.,]+) mio\. kr\. i (\d{4}(?:, \d{4})*(?: og \d{4})?)$/.exec(phrase);
  if (oneAmount) {
    for (const year of (oneAmount[2] as string).split(/, | og /)) set(year, mio(oneAmount[1] as string));
    return read;
  }
  const last = years[years.length - 1] as number;
  for (const item of phrase.split(/, (?=\d)| og (?=\d)/)) {
    const match = /^([\d.,]+) mio\. kr\. (?:i (\d{4})|årligt i (\d{4})-(\d{4})|årligt fra (\d{4})|varigt efter (\d{4})|varigt)$/.exec(item);
    if (!match) throw new Error(`«${item}» of «${phrase}» is not a wording rule`);
    const amount = mio(match[1] as string);
    if (match[2]) set(match[2], amount);
    else if (match[3] && match[4]) for (let year = Number(match[3]); year <= Number(match[4]); year++) set(String(year), amount);
    else if (match[5]) {
      for (let year = Number(match[5]); year <= last; year++) set(String(year), amount);
      set(PERMANENT, amount);
    } else {
      if (match[6]) expect(Number(match[6])).toBe(last);
      set(PERMANENT, amount);
    }
  }
  return read;
}

function expectedPart(years: readonly number[], amounts: TableCells, sign: 1 | -1): Map<string, Amount> {
  const keys = [...years.map(yearColumnKey), PERMANENT];
  return new Map(keys.flatMap((key) => (Math.sign(amounts[key] ?? 0) === sign ? [[key, Math.abs(amounts[key] as Amount)] as const] : [])));
}

const someYears = fc
  .tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 5 }))
  .map(([first, count]) => Array.from({ length: count }, (_, index) => first + index));
const yearsAndAmounts = someYears.chain((years) =>
  fc.tuple(fc.constant(years), fc.array(aCell(), { minLength: years.length + 1, maxLength: years.length + 1 })).map(([years, values]) => ({
    years,
    amounts: Object.fromEntries([...years.map(yearColumnKey), PERMANENT].map((key, index) => [key, values[index] ?? null])) as TableCells,
  })),
);

describe('the wording rules hold for every series of amounts (fast-check)', () => {
  it('reads back to exactly the amounts it was made from, spending and savings apart', () => {
    fc.assert(
      fc.property(yearsAndAmounts, ({ years, amounts }) => {
        const { spending, savings } = agreementAmounts(years, amounts);
        expect(spending === null ? new Map() : readPhrase(spending, years)).toEqual(expectedPart(years, amounts, 1));
        expect(savings === null ? new Map() : readPhrase(savings, years)).toEqual(expectedPart(years, amounts, -1));
      }),
      { numRuns: 1000 },
    );
  });

  it('makes one sentence that opens and closes as an agreement’s, names the source exactly when it is not the råderum, and has no minus', () => {
    fc.assert(
      fc.property(yearsAndAmounts, fc.constantFrom(null, 'sundhedspakken'), ({ years, amounts }, sourceName) => {
        const sentence = decisionSentence(initiative('Styrkelse af akutberedskabet', amounts, sourceName), years);
        const { spending, savings } = agreementAmounts(years, amounts);
        expect(sentence.startsWith(`${DECISION_SENTENCE_OPENING} `)).toBe(true);
        expect(sentence.endsWith('.')).toBe(true);
        // «mio. kr. » has full stops too; a second sentence would begin with a capital.
        expect(sentence).not.toMatch(/\. \p{Lu}/u);
        // A minus before an amount; «2024-2025» is a range of years.
        expect(sentence).not.toMatch(/(?<!\d)[-\u2212]\d/);
        expect(sentence.includes('sundhedspakken')).toBe(sourceName !== null && (spending !== null || savings !== null));
        if (spending) expect(sentence).toContain(`at afsætte ${spending} til styrkelse af akutberedskabet`);
        if (savings) expect(sentence).toContain(spending ? `besparelse på ${savings}` : `at spare ${savings} ved styrkelse af akutberedskabet`);
      }),
      { numRuns: 500 },
    );
  });
});
