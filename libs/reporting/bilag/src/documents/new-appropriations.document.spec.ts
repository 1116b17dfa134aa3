import { amountAt, flat, pdfText, readXlsx } from '@budgetflow/testing';
import type { Worksheet } from 'exceljs';
import { ReportNotYetAvailableError } from '../content/agreement-availability';
import { reportDefinition } from '../report-registry';
import { renderReportPdf } from '../render';
import { aBilagData, aV1Agreement, anAgreement, demoBilagData, demoProposals } from '../testing/bilag-data.builder';
import { demoAgreementChapters } from '../testing/demo-agreement';
import { HEADER_ROW } from '../xlsx/amount-sheet';
import { renderReportXlsx } from '../xlsx/report-workbooks';

const MINUS = '\u2212';
const COLUMNS = ['2026', '2027', '2028', 'permanent'];

/** A test's own sum: plain addition of the stored thousands per column (null when every cell is empty). */
function addedUp(amounts: readonly Readonly<Record<string, number | null>>[]): (number | null)[] {
  return COLUMNS.map((column) => {
    const present = amounts.map((cells) => cells[column]).filter((value): value is number => value !== null && value !== undefined);
    return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0);
  });
}

/** The amounts of a sheet's row whose first cell is `label`, in thousand kroner. */
function sheetRow(sheet: Worksheet, label: string, textColumns: number): (number | null)[] {
  for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, 1).value === label) return COLUMNS.map((_column, index) => amountAt(sheet, row, textColumns + 1 + index));
  }
  throw new Error(`no row «${label}» in ${sheet.name}`);
}

describe('the new appropriations (bilag 1 to the budget agreement)', () => {
  it('lists every new appropriation by chapter in the appendix wording, with its amounts and the chapter’s total (worked out by hand)', async () => {
    const text = flat(await pdfText(await renderReportPdf('nye-bevillinger', demoBilagData())));
    expect(text).toContain('Nye bevillinger, Budget 2026 Bilag 1 til budgetaftalen for Budget 2026');
    expect(text).toContain(
      'Økonomisk grundlag 8,0 mio. kr. årligt fra 2026 til reserve til medicinudgifter Besparelse på 5,0 mio. kr. årligt fra 2026 ved generel rammebesparelse på administrationen',
    );
    expect(text).toContain(`Reserve til medicinudgifter Råderummet 8,0 8,0 8,0 8,0`);
    expect(text).toContain(`Råderummet ${MINUS}5,0 ${MINUS}5,0 ${MINUS}5,0 ${MINUS}5,0`);
    expect(text).toContain('I alt, Økonomisk grundlag 3,0 3,0 3,0 3,0');
    expect(text).toContain('3,0 mio. kr. i 2026 og 2027 til styrkelse af akutberedskabet, finansieret af sundhedspakken');
    expect(text).toContain('Styrkelse af akutberedskabet Sundhedspakken 3,0 3,0 - -');
    expect(text).toContain('I alt, Hospitalerne 13,5 15,0 12,0 12,0');
    expect(text).toContain('I alt, Arbejdsmiljø og rekruttering 2,0 2,0 2,0 -');
    expect(text).toContain('I alt, Psykiatri og regional udvikling 0,5 5,5 5,5 5,5');
  }, 30_000);

  it('totals every appropriation per funding source, råderummet first (worked out by hand), and says the sign convention', async () => {
    const text = flat(await pdfText(await renderReportPdf('nye-bevillinger', demoBilagData())));
    expect(text).toContain('Finansieringskilde 2026 2027 2028 Permanent Råderummet 11,5 22,5 22,5 20,5 Sundhedspakken 7,5 3,0 - - I alt 19,0 25,5 22,5 20,5');
    expect(text).toContain('Beløbene er i mio. kr. i P/L-2025. Udgifter er positive og besparelser negative, som i forslagenes tabeller; «-» er intet beløb.');
  }, 30_000);

  it('gives the workbook the totals a plain addition of the chapters gives, per chapter and per source', async () => {
    const chapters = demoAgreementChapters();
    const workbook = await readXlsx(await renderReportXlsx('nye-bevillinger', demoBilagData()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '1. Økonomisk grundlag',
      '2. Hospitalerne',
      '3. Arbejdsmiljø og rekruttering',
      '4. Psykiatri og regional…',
      'I alt pr. finansieringskilde',
    ]);
    chapters.forEach((chapter, index) => {
      const sheet = workbook.worksheets[index] as Worksheet;
      expect(sheetRow(sheet, `I alt, ${chapter.title}`, 2)).toEqual(addedUp(chapter.initiatives.map((initiative) => initiative.amounts)));
    });
    const initiatives = chapters.flatMap((chapter) => chapter.initiatives);
    const sources = workbook.getWorksheet('I alt pr. finansieringskilde') as Worksheet;
    expect(sheetRow(sources, 'Råderummet', 1)).toEqual(
      addedUp(initiatives.filter((initiative) => initiative.sourceName === null).map((initiative) => initiative.amounts)),
    );
    expect(sheetRow(sources, 'Sundhedspakken', 1)).toEqual(
      addedUp(initiatives.filter((initiative) => initiative.sourceName === 'sundhedspakken').map((initiative) => initiative.amounts)),
    );
    expect(sheetRow(sources, 'I alt', 1)).toEqual(addedUp(initiatives.map((initiative) => initiative.amounts)));
    expect(sheetRow(sources, 'I alt', 1)).toEqual([19_000, 25_500, 22_500, 20_500]);
  }, 30_000);

  it('names a chapter’s sheet as Excel allows: numbered, without []:*?/\\ or apostrophes, a long title cut after a word', () => {
    const [first] = demoAgreementChapters();
    if (!first) throw new Error('the demo agreement has chapters');
    const chapters = [
      { ...first, title: 'Psykiatri: børn/unge [2026]' },
      { ...first, title: 'Regionens bidrag til de nationale centre for sjældne sygdomme' },
      { ...first, title: "'Sundhed'" },
    ];
    const data = aBilagData({ agreement: anAgreement(demoProposals(), { chapters }) });
    expect(
      reportDefinition('nye-bevillinger')
        .tables(data, '')
        .map((table) => table.sheet),
    ).toEqual(['1. Psykiatri børn unge 2026', '2. Regionens bidrag til de…', '3. Sundhed', 'I alt pr. finansieringskilde']);
  });

  it('says so when an agreement (of agreement.adopted v1) has no new appropriations', async () => {
    const proposals = demoProposals();
    const data = aBilagData({ proposals, agreement: aV1Agreement(proposals) });
    const text = flat(await pdfText(await renderReportPdf('nye-bevillinger', data)));
    expect(text).toContain('Budgetaftalen har ingen nye bevillinger ud over de vedtagne forslag (bilag 2).');
    expect(text).toContain('I alt - - - -');
    expect(
      reportDefinition('nye-bevillinger')
        .tables(data, '')
        .map((table) => table.sheet),
    ).toEqual(['I alt pr. finansieringskilde']);
  }, 30_000);

  it('is not yet available before the agreement', () => {
    const data = { ...demoBilagData(), agreement: null };
    const report = reportDefinition('nye-bevillinger');
    expect(report.notYetAvailable(data)).toBe('Der er endnu ingen budgetaftale for Budget 2026. «Nye bevillinger» dannes, når aftalen er indgået.');
    expect(() => report.document(data, '')).toThrow(ReportNotYetAvailableError);
    expect(() => report.tables(data, '')).toThrow(ReportNotYetAvailableError);
  });
});
