import { readXlsx } from '@budgetflow/testing';
import type { Worksheet } from 'exceljs';
import { REPORT_REGISTRY } from '../report-registry';
import { ReportKey } from '../reports';
import { demoBilagData } from '../testing/bilag-data.builder';
import { generatedBilagData } from '../testing/generated-round';
import { HEADER_ROW, tableName } from './amount-sheet';
import { renderReportXlsx, reportTables } from './report-workbooks';

// What Excel's accessibility checker asks of a workbook: a header row marked as such (an Excel table with a header
// row), sheet names that say what they hold (no «Ark1»), no merged cells; the figures and formulas stay as they were.

interface TableModel {
  name: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

/** The Excel tables of a sheet as read back from the file. */
function tablesOf(sheet: Worksheet): TableModel[] {
  return sheet.getTables().map((table) => (table as unknown as { table: TableModel }).table);
}

function headerTexts(sheet: Worksheet, columns: number): string[] {
  return Array.from({ length: columns }, (_column, index) => String(sheet.getCell(HEADER_ROW, index + 1).value));
}

describe('the bilag workbooks for Excel’s accessibility checker', () => {
  const data = demoBilagData();
  const amended = data.proposals.find((proposal) => proposal.decidedTable !== null)?.id ?? '';
  const cases: [ReportKey, string][] = REPORT_REGISTRY.map((report) => [report.key, report.perProposal ? amended : '']);

  it.each(cases)(
    '%s: each table is an Excel table with its header row, under a telling sheet name, with no merged cells',
    async (key, proposalId) => {
      const workbook = await readXlsx(await renderReportXlsx(key, data, proposalId));
      const tables = reportTables(key, data, proposalId);
      expect(workbook.title).not.toBe('');
      for (const [index, table] of tables.entries()) {
        const sheet = workbook.worksheets[index] as Worksheet;
        expect(sheet.name).toBe(table.sheet);
        expect(sheet.name).not.toMatch(/^(Ark|Sheet)\d*$/);
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(Object.keys((sheet.model as unknown as { merges?: Record<string, unknown> }).merges ?? {})).toEqual([]);
        const columns = table.spec.textColumns.length + table.spec.amountHeaders.length;
        const lastRow = HEADER_ROW + table.spec.rows.length;
        const [excelTable, ...more] = tablesOf(sheet);
        expect(more).toEqual([]);
        expect(excelTable).toMatchObject({ name: tableName(table.sheet), headerRow: true, totalsRow: false });
        expect(excelTable?.tableRef).toBe(`A${HEADER_ROW}:${String.fromCharCode(64 + columns)}${lastRow}`);
        expect(excelTable?.columns.map((column) => column.name)).toEqual(headerTexts(sheet, columns));
        // No filter buttons: sorting would pull subtotals and totals away from the rows they add up.
        expect(excelTable?.columns.every((column) => column.filterButton === false)).toBe(true);
      }
      // The catalogue's workbook takes seconds to write on a loaded machine: more than jest's default 5 s.
    },
    60_000,
  );

  it('keeps numbers as numbers and sums as SUM formulas with their cached values inside the table', async () => {
    const workbook = await readXlsx(await renderReportXlsx('udmoentning', data));
    const sheet = workbook.getWorksheet('Udmøntning') as Worksheet;
    const cells = Array.from({ length: sheet.rowCount - HEADER_ROW }, (_row, index) => sheet.getRow(HEADER_ROW + 1 + index)).flatMap((row) =>
      Array.from({ length: 6 }, (_column, index) => row.getCell(index + 1)),
    );
    const formulas = cells.filter((cell) => cell.formula);
    expect(formulas.length).toBeGreaterThan(0);
    for (const cell of formulas) {
      expect(cell.formula).toMatch(/^SUM\(/);
      expect(typeof cell.result).toBe('number');
    }
    expect(cells.some((cell) => typeof cell.value === 'number')).toBe(true);
  });

  it('names tables as Excel allows (letters, digits, _), also for Danish sheet names', () => {
    expect(tableName('Økonomisk konsekvens')).toBe('Tabel_Oekonomisk_konsekvens');
    expect(tableName('I alt pr. udvalg')).toBe('Tabel_I_alt_pr_udvalg');
    expect(tableName('Runden mod målet')).toBe('Tabel_Runden_mod_maalet');
  });

  it('marks a large catalogue’s tables too (a generated round of 150 proposals)', async () => {
    const large = generatedBilagData(150);
    const workbook = await readXlsx(await renderReportXlsx('katalog', large));
    expect(workbook.worksheets.map((sheet) => tablesOf(sheet).map((table) => table.name))).toEqual([['Tabel_Oversigt'], ['Tabel_Oekonomisk_konsekvens']]);
  }, 60_000);
});
