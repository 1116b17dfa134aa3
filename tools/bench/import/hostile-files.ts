// The hostile spreadsheets of the import benchmark, made in a process of their own (with the TypeScript loader):
//   node -r @swc-node/register tools/bench/import/hostile-files.ts <full|smoke> <directory>
// writes each file there and prints their list as JSON ({ name, file, type, expected }).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  emptyLinesCsv,
  emptyRowsWorkbook,
  farColumnWorkbook,
  manyEntriesWorkbook,
  unpackBombWorkbook,
  workbookWithSheetData,
} from '../../../libs/shared/testing/src/hostile-sheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;

function filledRows(rows: number): Buffer {
  const cells = (row: number) =>
    ['B26-SU-' + row, 'SU', 'Titel ' + row].map((text, column) => `<c r="${'ABC'[column]}${row}" t="inlineStr"><is><t>${text}</t></is></c>`).join('');
  return workbookWithSheetData(Array.from({ length: rows }, (_row, index) => `<row r="${index + 1}">${cells(index + 1)}</row>`).join(''));
}

async function main(size: string | undefined, directory: string | undefined): Promise<void> {
  if ((size !== 'full' && size !== 'smoke') || !directory) throw new Error('Usage: hostile-files.ts full|smoke <directory>');
  const full = size === 'full';
  const files: { name: string; bytes: Buffer; type: string; expected: string }[] = [
    { name: `${full ? '100,000' : '6,000'} filled rows`, bytes: filledRows(full ? 100_000 : 6_000), type: XLSX, expected: 'import.too_many_rows' },
    {
      name: `zip bomb (${full ? '1 GiB' : '64 MB'} unpacked)`,
      bytes: await unpackBombWorkbook(full ? 1024 * MB : 64 * MB),
      type: XLSX,
      expected: 'import.workbook_too_large',
    },
    {
      name: 'zip bomb, directory claims 1 KB',
      bytes: await unpackBombWorkbook(full ? 1024 * MB : 64 * MB, true),
      type: XLSX,
      expected: 'import.workbook_too_large',
    },
    {
      name: `${full ? '2 million' : '1 million'} empty rows`,
      // Numbered rows (as exceljs would read them): 2 million unpack to about 40 MB, within the 50 MB limit, so the row count refuses them.
      bytes: await emptyRowsWorkbook(full ? 2_000_000 : 1_000_000),
      type: XLSX,
      expected: 'import.too_many_rows',
    },
    { name: '1,000 zip entries', bytes: manyEntriesWorkbook(1000), type: XLSX, expected: 'import.workbook_too_many_entries' },
    { name: '5,000 rows with a cell in column XFD', bytes: farColumnWorkbook(5000), type: XLSX, expected: 'import.too_many_columns' },
    { name: 'CSV of a million empty lines', bytes: emptyLinesCsv(1_000_000), type: 'text/csv', expected: 'import.too_many_rows' },
  ];
  const listed = files.map((entry, index) => {
    const file = join(directory, `hostile-${index}`);
    writeFileSync(file, entry.bytes);
    return { name: entry.name, file, type: entry.type, expected: entry.expected, bytes: entry.bytes.length };
  });
  console.log(JSON.stringify(listed));
}

void main(process.argv[2], process.argv[3]);
