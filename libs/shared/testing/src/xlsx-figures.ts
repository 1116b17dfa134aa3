// Test helpers: reads an XLSX back with exceljs and recomputes its SUM formulas from the cells they refer to.
import { ValueType, Workbook, Worksheet } from 'exceljs';

/** A formula cell: where it is, its formula, its cached value and the sum of the cells it refers to. */
export interface CheckedSum {
  readonly address: string;
  readonly formula: string;
  /** The cached value in thousand kroner (exact). */
  readonly cached: number;
  /** The sum of the referenced cells in thousand kroner (exact). */
  readonly recomputed: number;
  /** True when the cached double is exactly the recomputed sum divided once by 1000. */
  readonly exactDouble: boolean;
}

/** Opens an XLSX with exceljs, as a user's spreadsheet program would read it. */
export async function readXlsx(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** A cell's number in thousand kroner: the mio. kr. value times 1000, which must be a whole number. */
export function thousandsOf(value: number): number {
  const thousands = Math.round(value * 1000);
  if (Math.abs(thousands - value * 1000) > 1e-6) throw new Error(`${value} mio. kr. is not exact to 1.000 kr.`);
  return thousands;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}

// exceljs's cell.value leaves out a formula's cached 0 (it copies only truthy fields); cell.result keeps it.
function numericValue(sheet: Worksheet, row: number, column: number): number {
  const cell = sheet.getCell(row, column);
  const value = cell.value;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return thousandsOf(value);
  if (cell.type === ValueType.Formula && typeof cell.result === 'number') return thousandsOf(cell.result);
  throw new Error(`${sheet.name}!${sheet.getCell(row, column).address} is not a number: ${JSON.stringify(value)}`);
}

/** Every SUM formula of a sheet, recomputed from the cells it refers to ("SUM(D6:D8,D12)+SUM(...)"). */
export function checkSums(sheet: Worksheet): CheckedSum[] {
  const checked: CheckedSum[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ValueType.Formula) return;
      const formula = cell.formula;
      if (!/^(SUM\([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*\)\+?)+$/.test(formula))
        throw new Error(`Unexpected formula ${formula} at ${cell.address}`);
      let recomputed = 0;
      for (const [, fromColumn, fromRow, toColumn, toRow] of formula.matchAll(/([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?/g)) {
        const [c1, r1] = [columnNumber(fromColumn as string), Number(fromRow)];
        const [c2, r2] = toColumn ? [columnNumber(toColumn), Number(toRow)] : [c1, r1];
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) recomputed += numericValue(sheet, r, c);
      }
      const result = cell.result;
      if (typeof result !== 'number') throw new Error(`${cell.address}: formula ${formula} has no cached value`);
      checked.push({ address: `${sheet.name}!${cell.address}`, formula, cached: thousandsOf(result), recomputed, exactDouble: result === recomputed / 1000 });
    }),
  );
  return checked;
}

/** The value of a cell as the amount it shows in thousand kroner, or null when it is empty. */
export function amountAt(sheet: Worksheet, row: number, column: number): number | null {
  const value = sheet.getCell(row, column).value;
  return value === null || value === undefined || value === '' ? null : numericValue(sheet, row, column);
}
