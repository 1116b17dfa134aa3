import { flat, pdfText } from '@budgetflow/testing';
import { ValueType } from 'exceljs';
import { REPORT_REGISTRY } from '../report-registry';
import { ReportKey } from '../reports';
import { renderReportPdf } from '../render';
import { amountText } from '../layout/amount-text';
import { BilagData } from '../model/bilag-data';
import { demoBilagData } from '../testing/bilag-data.builder';
import { generatedBilagData } from '../testing/generated-round';
import { amountAt, checkSums, readXlsx } from '@budgetflow/testing';
import { HEADER_ROW } from './amount-sheet';
import { renderReportXlsx, reportTables } from './report-workbooks';

/** True when every item of `wanted` occurs in `words` in the same order (other words may stand between). */
function inOrder(words: readonly string[], wanted: readonly string[]): { ok: boolean; missing?: string; at?: number } {
  let position = 0;
  for (const [index, word] of wanted.entries()) {
    while (position < words.length && words[position] !== word) position++;
    if (position === words.length) return { ok: false, missing: word, at: index };
    position++;
  }
  return { ok: true };
}

describe('every bilag as XLSX', () => {
  const data = demoBilagData();
  const amended = data.proposals.find((proposal) => proposal.decidedTable !== null)?.id ?? '';
  // Every report of the registry; a per-proposal one for the amended proposal.
  const cases: [ReportKey, BilagData, string][] = REPORT_REGISTRY.map((report) => [report.key, data, report.perProposal ? amended : '']);

  it.each(cases)(
    '%s: one sheet per table with the exact amounts, SUM formulas that recompute, and the PDF’s figures in its order',
    async (key, bilag, proposalId) => {
      const [xlsx, pdf] = await Promise.all([renderReportXlsx(key, bilag, proposalId), renderReportPdf(key, bilag, proposalId)]);
      const workbook = await readXlsx(xlsx);
      const tables = reportTables(key, bilag, proposalId);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(tables.map((table) => table.sheet));
      const pdfWords = flat(await pdfText(pdf)).split(' ');
      for (const table of tables) {
        const sheet = workbook.getWorksheet(table.sheet);
        if (!sheet) throw new Error(`no sheet ${table.sheet}`);
        expect(sheet.getCell(2, 1).value).toBe(table.label ? `${table.label}: ${table.caption}` : table.caption);
        expect(String(sheet.getCell(3, 1).value)).toContain(`dataversion ${bilag.dataVersion}`);
        expect(String(sheet.getCell(3, 1).value)).toContain('P/L-2025');
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
        expect(sheet.pageSetup).toMatchObject({ paperSize: 9, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
        const textCount = table.spec.textColumns.length;
        // Every amount of the table, exactly, in its cell; sums as formulas.
        table.spec.rows.forEach((row, index) => {
          table.spec.amountHeaders.forEach((_header, column) => {
            const amount = row.kind === 'group' ? undefined : row.amounts[column];
            const cell = sheet.getCell(HEADER_ROW + 1 + index, textCount + 1 + column);
            expect([cell.address, amountAt(sheet, HEADER_ROW + 1 + index, textCount + 1 + column)]).toEqual([cell.address, amount ?? null]);
            if (typeof amount === 'number') expect(cell.numFmt).toMatch(/^#,##0\.0{1,3};/);
            const isSum = row.kind === 'subtotal' || row.kind === 'total';
            if (typeof amount === 'number') expect([cell.address, cell.type === ValueType.Formula]).toEqual([cell.address, isSum]);
          });
        });
        for (const sum of checkSums(sheet)) expect(sum).toMatchObject({ cached: sum.recomputed, exactDouble: true });
        // The PDF prints the same figures in the same order.
        const printed = table.spec.rows.flatMap((row) =>
          row.kind === 'group' ? [] : row.amounts.flatMap((amount) => (amount === undefined ? [] : [amountText(amount)])),
        );
        expect(inOrder(pdfWords, printed)).toEqual({ ok: true });
        for (const heading of [table.label, table.caption]) if (heading) expect(pdfWords.join(' ')).toContain(heading);
      }
    },
    120_000,
  );

  it('has SUM formulas in every subtotal and total of a generated round of 120 proposals, each recomputing to its cached value', async () => {
    const big = generatedBilagData(120);
    for (const key of ['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget'] as const) {
      const workbook = await readXlsx(await renderReportXlsx(key, big));
      const sums = workbook.worksheets.flatMap(checkSums);
      if (key !== 'vedtaget' || big.proposals.some((proposal) => proposal.state === 'adopted')) expect(sums.length).toBeGreaterThan(0);
      for (const sum of sums) expect(sum).toMatchObject({ cached: sum.recomputed, exactDouble: true });
    }
  }, 120_000);
});
