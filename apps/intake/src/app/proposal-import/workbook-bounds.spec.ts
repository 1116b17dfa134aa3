import { budget2026Proposals } from '@budgetflow/domain';
import { PROBLEM_REGISTRY } from '@budgetflow/platform';
import {
  emptyLinesCsv,
  emptyRowsWorkbook,
  farColumnWorkbook,
  manyEntriesWorkbook,
  proposalsWorkbook,
  unpackBombWorkbook,
  workbookWithSheetData,
} from '@budgetflow/testing';
import { readSpreadsheet } from './sheet-reader';
import { MAX_WORKBOOK_UNPACKED_BYTES, workbookBound } from './workbook-bounds';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// exceljs's whole-workbook reader: a hostile file must be refused before it is called.
const excelLoad = jest.spyOn(jest.requireActual<{ prototype: { load: () => Promise<unknown> } }>('exceljs/lib/xlsx/xlsx').prototype, 'load');

async function refusedBeforeParsing(bytes: Buffer, type = XLSX) {
  excelLoad.mockClear();
  const read = await readSpreadsheet(bytes, type, undefined);
  expect(excelLoad).not.toHaveBeenCalled();
  return read.ok ? { status: 200, code: 'accepted' } : { status: PROBLEM_REGISTRY[read.refusal.code].status, code: read.refusal.code };
}

// Issue 25: the import's limits hold before exceljs unpacks and builds a workbook in memory.
describe('a workbook is bounded before it is parsed', () => {
  it('passes an ordinary workbook (the demo catalogue) to exceljs', async () => {
    const bytes = await proposalsWorkbook(budget2026Proposals);
    expect(await workbookBound(bytes, 5000)).toBeNull();
    excelLoad.mockClear();
    expect((await readSpreadsheet(bytes, XLSX, undefined)).ok).toBe(true);
    expect(excelLoad).toHaveBeenCalledTimes(1);
  });

  it('refuses a zip bomb whose directory declares more than the limit unpacked', async () => {
    expect(await refusedBeforeParsing(await unpackBombWorkbook(MAX_WORKBOOK_UNPACKED_BYTES + 1024 * 1024))).toEqual({
      status: 413,
      code: 'import.workbook_too_large',
    });
  }, 30_000);

  it('refuses a zip whose directory claims 1 KB but which inflates past the limit, stopping the inflation there', async () => {
    expect(await refusedBeforeParsing(await unpackBombWorkbook(MAX_WORKBOOK_UNPACKED_BYTES + 1024 * 1024, true))).toEqual({
      status: 413,
      code: 'import.workbook_too_large',
    });
  }, 30_000);

  it('refuses a zip of more entries than a workbook has', async () => {
    expect(await refusedBeforeParsing(manyEntriesWorkbook(200))).toEqual({ status: 413, code: 'import.workbook_too_many_entries' });
  });

  it('refuses a million empty rows (about 1 MB of file) without building them', async () => {
    expect(await refusedBeforeParsing(await emptyRowsWorkbook(1_000_000))).toEqual({ status: 413, code: 'import.too_many_rows' });
  }, 30_000);

  it('refuses one row numbered a million, and a cell in the last column', async () => {
    expect(await refusedBeforeParsing(workbookWithSheetData('<row r="1000000"><c r="A1000000"><v>1</v></c></row>'))).toEqual({
      status: 413,
      code: 'import.too_many_rows',
    });
    expect(await refusedBeforeParsing(farColumnWorkbook(3))).toEqual({ status: 413, code: 'import.too_many_columns' });
  });

  it('refuses more cells than the limit, and stops a CSV of a million empty lines at the row limit', async () => {
    const cells = Array.from({ length: 50 }, (_cell, column) => `<c><v>${column}</v></c>`).join('');
    const rows = Array.from({ length: 5001 }, (_row, index) => `<row r="${index + 1}">${cells}</row>`).join('');
    expect(await refusedBeforeParsing(workbookWithSheetData(rows))).toEqual({ status: 413, code: 'import.too_many_cells' });
    expect(await refusedBeforeParsing(emptyLinesCsv(1_000_000), 'text/csv')).toEqual({ status: 413, code: 'import.too_many_rows' });
  });

  it('answers a file that is no zip this reader can walk as not a spreadsheet', async () => {
    const truncated = (await proposalsWorkbook(budget2026Proposals.slice(0, 1))).subarray(0, 2000);
    expect(await refusedBeforeParsing(truncated)).toEqual({ status: 415, code: 'import.not_a_spreadsheet' });
  });
});
