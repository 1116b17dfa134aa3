import { PROBLEM_REGISTRY } from '@budgetflow/platform';
import { budget2026Proposals, budget2026Round, tableTotals, validateProposal } from '@budgetflow/domain';
import { importHeadings, importLines, importWorkbook, proposalsWorkbook } from '@budgetflow/testing';
import { Workbook } from 'exceljs';
import { danishAmountText } from './danish-number-cell';
import { importColumns } from './import-columns';
import { importTemplate } from './import-template';
import { readProposals } from './proposal-rows';
import { MAX_IMPORT_ROWS, ReadSheet, parseCsv, readSpreadsheet } from './sheet-reader';
import { decodeCsv, decodeWindows1252 } from './windows-1252';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEARS = [2026, 2027, 2028];

function grid(read: ReadSheet) {
  if (!read.ok) throw new Error(`${read.refusal.code}: ${read.refusal.detail} ${JSON.stringify(read.refusal.issues ?? [])}`);
  return read.grid;
}

describe('Danish number cells', () => {
  it.each([
    [-10, '-10,0'],
    [-0.125, '-0,125'],
    [2.2, '2,2'],
    [0, '0,0'],
    [-1234.5, '-1234,5'],
    [0.1 + 0.2, '0,3'],
    [-0.05, '-0,05'],
    [0.1234, '0,1234'],
    [1e-7, '0,0000001'],
  ])('%p mio. kr. is «%s»', (value, text) => {
    expect(danishAmountText(value)).toBe(text);
  });
});

describe('CSV text', () => {
  it('reads UTF-8 with and without a byte-order mark, and Windows-1252 (Danish Excel’s «CSV (semikolonsepareret)»)', () => {
    const text = 'Titel;Økonomi\r\nÆble;“−2,2” – €\r\n';
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), undefined)).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from(text), undefined)).toEqual({ ok: true, text, encoding: 'utf-8' });
    const latin = Buffer.from([
      0x54, 0x69, 0x74, 0x65, 0x6c, 0x3b, 0xd8, 0x6b, 0x6f, 0x6e, 0x6f, 0x6d, 0x69, 0x3b, 0x93, 0x2d, 0x32, 0x2c, 0x32, 0x94, 0x20, 0x96, 0x20, 0x80,
    ]);
    expect(decodeCsv(latin, undefined)).toEqual({ ok: true, text: 'Titel;Økonomi;“-2,2” – €', encoding: 'windows-1252' });
    expect(decodeCsv(latin, 'utf-8')).toEqual({ ok: false });
    expect(decodeCsv(Buffer.from('Æ'), 'windows-1252')).toEqual({ ok: true, text: 'Ã†', encoding: 'windows-1252' });
    expect(decodeWindows1252(Buffer.from([0x81, 0xe6, 0xf8, 0xe5]))).toBe('\u0081æøå');
  });

  it('splits on semicolons (or the separator the header uses), with quoted separators, quotes and line breaks', () => {
    expect(parseCsv('a;b;c\r\n1;"x;y";"sagde ""hej""\nny linje"\r\n')).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['1', 'x;y', 'sagde "hej"\nny linje'],
      ],
      unterminatedQuoteAt: null,
      truncated: false,
    });
    expect(parseCsv('a,b\n"1,5",2').rows).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(parseCsv('a;b\n"1;2\n').unterminatedQuoteAt).toBe(2);
  });
});

describe('reading proposals from a sheet', () => {
  it('reads the ten Budget 2026 proposals written in the documented layout as the same validated content', async () => {
    const read = grid(await readSpreadsheet(await proposalsWorkbook(budget2026Proposals), XLSX, undefined));
    const { proposals, issues } = readProposals(read, budget2026Round, null);
    expect(issues).toEqual([]);
    expect(proposals.map((proposal) => proposal.input.reference)).toEqual(budget2026Proposals.map((proposal) => proposal.reference));
    proposals.forEach((proposal, index) => {
      const expected = validateProposal(budget2026Proposals[index] as never, budget2026Round);
      const actual = validateProposal(proposal.input, budget2026Round);
      expect(actual).toEqual(expected);
    });
  });

  it('reads the same from CSV, in UTF-8 and in Windows-1252', async () => {
    const lines = budget2026Proposals.slice(0, 3).flatMap((proposal) => importLines(proposal, YEARS));
    const headings = importColumns(budget2026Round).map((column) => column.header);
    // Windows-1252 has no U+2212, but its own “”–; Latin-1 bytes are Windows-1252 but for 0x80-0x9F.
    const latin = (text: string) => text.replace(/[“”]/g, '"').replace(/–/g, '-');
    const csv = (plain: boolean) => {
      const field = (value: string | number | null) => {
        const text = value === null ? '' : typeof value === 'number' ? danishAmountText(value) : plain ? value : latin(value);
        return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      };
      return [headings, ...lines].map((line) => line.map(field).join(';')).join('\r\n');
    };
    for (const bytes of [Buffer.from(csv(true), 'utf8'), Buffer.from(csv(false), 'latin1')]) {
      const read = grid(await readSpreadsheet(bytes, 'text/csv', undefined));
      expect(read.sheet).toBe('CSV');
      const { proposals, issues } = readProposals(read, budget2026Round, null);
      expect(issues).toEqual([]);
      expect(proposals.map((proposal) => validateProposal(proposal.input, budget2026Round).ok)).toEqual([true, true, true]);
    }
  });

  it('groups lines by reference and lets a committee leave out its own committee', async () => {
    const [first] = budget2026Proposals;
    const lines = importLines(
      {
        ...first,
        table: { rows: [...first.table.rows, { label: 'Indkøb', category: 'drift', cells: { '2026': '-0,125', '2027': '-', '2028': '-', permanent: '-' } }] },
      } as never,
      YEARS,
    );
    const read = grid(
      await readSpreadsheet(
        await importWorkbook(
          YEARS,
          lines.map((line, index) => (index === 0 ? [line[0], null, ...line.slice(2)] : line)),
        ),
        XLSX,
        undefined,
      ),
    );
    const { proposals, issues } = readProposals(read, budget2026Round, 'SU');
    expect(issues).toEqual([]);
    const result = validateProposal(proposals[0]?.input as never, budget2026Round);
    expect(result.ok && tableTotals(result.value.table)['2026']).toBe(-10125);
    expect(proposals[0]?.rows).toEqual([2, 3]);
  });

  it('locates a domain issue on its cell', async () => {
    const [first] = budget2026Proposals;
    const lines = importLines(first as never, YEARS);
    lines[0][17] = 'abc';
    const read = grid(await readSpreadsheet(await importWorkbook(YEARS, lines), XLSX, undefined));
    const { proposals, located } = readProposals(read, budget2026Round, null);
    const proposal = proposals[0];
    if (!proposal) throw new Error('no proposal');
    const result = validateProposal(proposal.input, budget2026Round);
    expect(result.ok ? [] : result.issues.map((issue) => located(proposal, issue))).toEqual([
      {
        code: 'table.cell_invalid',
        path: 'Forslag!R2',
        message: expect.stringContaining('«abc» er ikke et gyldigt beløb'),
        sheet: 'Forslag',
        row: 2,
        column: 'R',
        columnName: '2027',
        value: 'abc',
      },
    ]);
  });
});

describe('files that cannot be read', () => {
  const refusal = async (bytes: Buffer, type = XLSX) => {
    const read = await readSpreadsheet(bytes, type, undefined);
    if (read.ok) throw new Error('read');
    // The status the service answers with: the registry's for the code.
    return { ...read.refusal, status: PROBLEM_REGISTRY[read.refusal.code].status };
  };

  it('refuses what is not a spreadsheet, the old .xls format and encrypted files', async () => {
    expect((await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'application/octet-stream')).code).toBe('import.not_a_spreadsheet');
    expect((await refusal(Buffer.from('PK\u0003\u0004 not really a zip'))).code).toBe('import.not_a_spreadsheet');
    const compound = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await refusal(compound)).toMatchObject({ status: 415, code: 'import.legacy_xls' });
    expect(await refusal(Buffer.concat([compound, Buffer.from('EncryptionInfo', 'utf16le')]))).toMatchObject({ status: 422, code: 'import.encrypted' });
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ code: 'import.empty_file' });
  });

  it('refuses merged cells, formulas without a value and formula errors, each located', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Forslag');
    sheet.addRow(['Reference', 'Titel']);
    sheet.addRow(['B26-SU-01', 'x']);
    sheet.mergeCells('B3:C3');
    sheet.getCell('A4').value = { formula: 'SUM(Z1:Z9)' } as never;
    sheet.getCell('A5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as never;
    sheet.getCell('A6').value = { formula: 'SUM(Z1:Z9)', result: 0 };
    const found = await refusal(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(found.issues?.map(({ code, path, value }) => ({ code, path, value }))).toEqual([
      { code: 'import.merged_cells', path: 'Forslag!B3', value: null },
      { code: 'import.formula_without_value', path: 'Forslag!A4', value: '=SUM(Z1:Z9)' },
      { code: 'import.formula_error', path: 'Forslag!A5', value: '=1/0' },
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} lines`, async () => {
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_line, index) => [`B26-SU-${index}`]);
    expect(await refusal(await importWorkbook(YEARS, lines, ['Reference']))).toMatchObject({ status: 413, code: 'import.too_many_rows' });
    const csv = ['Reference', ...lines.map((line) => line[0])].join('\n');
    expect(await refusal(Buffer.from(csv), 'text/csv')).toMatchObject({ status: 413, code: 'import.too_many_rows' });
  }, 60_000);
});

describe('the import template', () => {
  it('has the proposals sheet with every column and an example that imports, and an explanation of each column', async () => {
    const bytes = await importTemplate(budget2026Round, [{ committee: 'PSU', next: ['B26-PSU-03', 'B26-PSU-04'] }]);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Forslag', 'Vejledning']);
    const sheet = workbook.getWorksheet('Forslag');
    const columns = importColumns(budget2026Round);
    expect(sheet?.getRow(1).values).toEqual([undefined, ...columns.map((column) => column.header)]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const explanation = workbook.getWorksheet('Vejledning');
    const explained: string[] = [];
    explanation?.eachRow((row) => explained.push(String(row.getCell(1).value)));
    for (const column of columns) expect(explained).toContain(column.header);
    expect(explained).toContain(
      'Næste ledige referencer for udvalget PSU i Budget 2026: B26-PSU-03 og B26-PSU-04 (numre, der er brugt af kladder og tilbagetrukne forslag, gives ikke igen).',
    );
    // The documented headings are the template's.
    expect(columns.map((column) => column.header)).toEqual(importHeadings(YEARS));

    const { proposals, issues } = readProposals(grid(await readSpreadsheet(bytes, XLSX, undefined)), budget2026Round, null);
    expect(issues).toEqual([]);
    const example = validateProposal(proposals[0]?.input as never, budget2026Round);
    expect(
      example.ok && {
        reference: example.value.reference,
        committee: example.value.committee,
        totals: tableTotals(example.value.table),
        heading: example.value.sections.find((section) => section.kind === 'forslag')?.heading,
      },
    ).toEqual({
      reference: 'B26-PSU-03',
      committee: 'PSU',
      totals: { '2026': -1125, '2027': -1125, '2028': -1125, permanent: -1125 },
      heading: 'Prioriteringsforslag',
    });
  });

  it('lists each committee it is for, and has no example for a committee that has used every number', async () => {
    const bytes = await importTemplate(budget2026Round, [
      { committee: 'SU', next: [] },
      { committee: 'DNS', next: ['B26-DNS-01'] },
    ]);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Forslag')?.rowCount).toBe(1);
    const explained: string[] = [];
    workbook.getWorksheet('Vejledning')?.eachRow((row) => explained.push(String(row.getCell(1).value)));
    expect(explained).toContain('Udvalget SU har brugt alle referencenumre i Budget 2026.');
    expect(explained).toContain(
      'Næste ledige referencer for udvalget DNS i Budget 2026: B26-DNS-01 (numre, der er brugt af kladder og tilbagetrukne forslag, gives ikke igen).',
    );
  });
});
