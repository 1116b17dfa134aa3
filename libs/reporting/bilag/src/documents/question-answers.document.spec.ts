import { amountAt, flat, pdfText, readXlsx } from '@budgetflow/testing';
import { BilagQuestion } from '../model/bilag-data';
import { renderReportPdf } from '../render';
import { aBilagData, demoBilagData } from '../testing/bilag-data.builder';
import { HEADER_ROW } from '../xlsx/amount-sheet';
import { renderReportXlsx } from '../xlsx/report-workbooks';

const MINUS = '\u2212';

function question(data: ReturnType<typeof demoBilagData>, number: number): BilagQuestion {
  const found = data.questions.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no question ${number}`);
  return found;
}

describe('the answers to budget questions («Svar på budgetspørgsmål»)', () => {
  it('has a title page, a contents list by answerer and an introduction naming the window and its early closing', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetspoergsmaal', demoBilagData())));
    expect(text).toContain('Region Nordjylland Svar på budgetspørgsmål, Budget 2026 Regionsrådsmedlemmernes spørgsmål');
    // The round's committee order (DNS before PSU), the budget office's own answers last; the merged question under its answer.
    expect(text).toContain(
      'Indhold Indledning 3 Udvalg for Det Nære Sundhedsvæsen 3 Spørgsmål nr. 4: Jens Krogh (Venstre) 3 Psykiatri- og Socialudvalget 3 Spørgsmål nr. 1: Mette Lund (Socialdemokratiet) 3 Koncernøkonomi 4 Spørgsmål nr. 2: Jens Krogh (Venstre) 4 Spørgsmål nr. 3: besvaret med nr. 2 4',
    );
    expect(text).toContain('fra 15. august 2025 kl. 08.00 til 24. august 2025 kl. 12.00; Koncernøkonomi lukkede for spørgsmål 22. august 2025 kl. 15.30.');
    expect(text).toContain('Bilaget indeholder de 3 spørgsmål, hvis svar Koncernøkonomi har godkendt');
    expect(text).toContain('og det spørgsmål, der er lagt sammen med et af dem');
  }, 30_000);

  it('prints each approved question with its number, asker and party, date, what it concerns, wording, answer, table, answerer and approval', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetspoergsmaal', demoBilagData())));
    expect(text).toContain(
      'Psykiatri- og Socialudvalget Spørgsmål nr. 1 Stillet af: Mette Lund (Socialdemokratiet) Stillet: 15. august 2025 Vedrører: B26-PSU-01 Nedbringelse af lægevikarer Hvad betyder forslaget',
    );
    expect(text).toContain('Svar Nattevagterne i Aalborg bemandes fortsat med speciallæger.');
    expect(text).toContain(
      `Beløb i svaret (P/L-2025; mio. kr.) 2026 2027 2028 Permanent Langtidsvikarer uden forslaget 12,0 12,0 12,0 12,0 Langtidsvikarer med forslaget 9,5 9,5 9,5 9,5 Besparelse ${MINUS}2,5 ${MINUS}2,5 ${MINUS}2,5 ${MINUS}2,5`,
    );
    expect(text).toContain('Besvaret 19. august 2025 af Peter Sørensen, Udvalgssekretariatet for PSU. Godkendt 20. august 2025 af Karen Holm, Koncernøkonomi.');
    expect(text).toContain('Mistet besparelse ved udskydelse 1,4 - - -');
    expect(text).toContain('Bilag: Forslag til omstillingstemaer');
  }, 30_000);

  it('lists a merged question under the question it was merged into, and the answer as theirs', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetspoergsmaal', demoBilagData())));
    expect(text).toContain(
      'Spørgsmål nr. 3 Stillet af: Mette Lund (Socialdemokratiet) Stillet: 16. august 2025 Hvad har vikarlæger kostet regionen i de seneste år? Spørgsmål nr. 3 er besvaret sammen med spørgsmål nr. 2. Svar på spørgsmål nr. 2 og 3 Regionen brugte i 2024',
    );
  }, 30_000);

  it('prints the wording in force, each question once, and never a merged question whose answer is not approved', async () => {
    const data = demoBilagData();
    // Question 5 merged into question 6, which has no approved answer (the read model gives no such question 6 here).
    const orphan: BilagQuestion = {
      ...question(data, 3),
      id: 'question-5',
      number: 5,
      text: 'Et spørgsmål uden godkendt svar.',
      mergedInto: { questionId: 'question-6', number: 6 },
    };
    const text = flat(await pdfText(await renderReportPdf('budgetspoergsmaal', aBilagData({ questions: [...data.questions, orphan] }))));
    expect(text).not.toContain('Et spørgsmål uden godkendt svar.');
    expect(text).not.toContain('Spørgsmål nr. 5');
    for (const number of [1, 2, 3, 4]) expect(text.split(`Spørgsmål nr. ${number} Stillet af:`)).toHaveLength(2);
  }, 30_000);

  it('follows merges to the approved question at their end (7 into 5 into 3: answered with 3)', async () => {
    const data = demoBilagData();
    const five: BilagQuestion = { ...question(data, 3), id: 'question-5', number: 5, mergedInto: { questionId: 'question-4', number: 4 } };
    const seven: BilagQuestion = { ...question(data, 3), id: 'question-7', number: 7, mergedInto: { questionId: 'question-5', number: 5 } };
    const text = flat(await pdfText(await renderReportPdf('budgetspoergsmaal', aBilagData({ questions: [...data.questions, five, seven] }))));
    expect(text).toContain('Spørgsmål nr. 7 er besvaret sammen med spørgsmål nr. 4.');
    expect(text).toContain('Svar på spørgsmål nr. 4, 5 og 7');
  }, 30_000);

  it('says only that questions were asked when the read model has no window', async () => {
    const text = flat(await pdfText(await renderReportPdf('budgetspoergsmaal', aBilagData({ questionWindow: null }))));
    expect(text).toContain('Indledning Regionsrådets medlemmer har stillet budgetspørgsmål til administrationen.');
  }, 30_000);

  it('gives the workbook every printed question once with the PDF’s texts, and each answer’s table with its exact amounts', async () => {
    const data = demoBilagData();
    const workbook = await readXlsx(await renderReportXlsx('budgetspoergsmaal', data));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Spørgsmål og svar', 'Svar nr. 4', 'Svar nr. 1']);
    const list = workbook.getWorksheet('Spørgsmål og svar');
    if (!list) throw new Error('no list');
    const rows = Array.from({ length: list.rowCount - HEADER_ROW }, (_row, index) => list.getRow(HEADER_ROW + 1 + index))
      .map((row) => (row.values as unknown[]).slice(1).map(String))
      .filter((values) => values.length > 0 && values[0] !== 'undefined');
    expect(rows.map((values) => values[0])).toEqual(['1', '2', '3', '4']);
    expect(rows[2]).toEqual([
      '3',
      'Mette Lund',
      'Socialdemokratiet',
      '16. august 2025',
      'Hvad har vikarlæger kostet regionen i de seneste år?',
      'Spørgsmål nr. 3 er besvaret sammen med spørgsmål nr. 2.',
      'Koncernøkonomi',
      'Karen Holm, Koncernøkonomi',
      'Karen Holm, Koncernøkonomi',
      '18. august 2025',
    ]);
    const table = workbook.getWorksheet('Svar nr. 1');
    if (!table) throw new Error('no table');
    const cells = question(data, 1).answer?.table?.rows.map((row) => ['2026', '2027', '2028', 'permanent'].map((key) => row.cells[key] ?? null));
    const read = [0, 1, 2].map((index) => [2, 3, 4, 5].map((column) => amountAt(table, HEADER_ROW + 1 + index, column)));
    expect(read).toEqual(cells);
  }, 30_000);
});
