import { roundColumns, sumAmounts, tableTotals } from '@budgetflow/domain';
import { decidedTable } from '../content/decided-table';
import { demoBilagData } from '../testing/bilag-data.builder';
import { readXlsx, thousandsOf } from '@budgetflow/testing';
import { csvAmount, decimalsOf, amountNumberFormat, columnLetter } from './danish-number-format';
import { EXPORT_COLUMNS, renderRoundExportCsv, renderRoundExportXlsx, roundExportLines } from './round-export';

describe('the flat round export', () => {
  const data = demoBilagData();
  const columns = roundColumns(data.round.round);

  it('has one line per proposal, table row and column, as submitted and as decided', () => {
    const lines = roundExportLines(data);
    const rows = (table: 'Som indsendt' | 'Besluttet') =>
      data.proposals.reduce((count, proposal) => count + (table === 'Besluttet' ? decidedTable(proposal) : proposal.content.table).rows.length, 0);
    expect(lines).toHaveLength((rows('Som indsendt') + rows('Besluttet')) * columns.length);
    // The decided lines add up to each proposal's table in force, column by column.
    for (const proposal of data.proposals) {
      const totals = tableTotals(decidedTable(proposal));
      for (const column of columns) {
        const amounts = lines
          .filter((line) => line.reference === proposal.content.reference && line.table === 'Besluttet' && line.column === column.label)
          .map((line) => line.amount ?? 0);
        expect(sumAmounts(amounts)).toBe(totals[column.key] ?? 0);
      }
    }
    expect(lines.find((line) => line.reference === 'B26-SU-02' && line.table === 'Besluttet')?.changedBy).toBe('FU');
  });

  it('writes numbers in mio. kr. with a Danish format in XLSX, exact to 1.000 kr.', async () => {
    const workbook = await readXlsx(await renderRoundExportXlsx(data));
    const sheet = workbook.getWorksheet('Forslag');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS]);
    const lines = roundExportLines(data);
    expect(sheet.rowCount).toBe(lines.length + 1);
    lines.forEach((line, index) => {
      const row = sheet.getRow(index + 2);
      const mio = row.getCell(EXPORT_COLUMNS.length - 1).value;
      expect([line.reference, mio === null ? null : thousandsOf(mio as number), row.getCell(EXPORT_COLUMNS.length).value]).toEqual([
        line.reference,
        line.amount,
        line.amount,
      ]);
    });
  }, 60_000);

  it('writes CSV for Danish Excel: BOM, semicolons, decimal commas, CRLF', () => {
    const csv = renderRoundExportCsv(data);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    const [header, ...rows] = text.split('\r\n');
    expect(header).toBe(EXPORT_COLUMNS.join(';'));
    expect(rows.at(-1)).toBe('');
    expect(rows).toHaveLength(roundExportLines(data).length + 1);
    expect(text).toContain(';Udvalg for Det Nære Sundhedsvæsen;');
    expect(text).toMatch(/;-0,125;-125\r\n/);
  });

  it('keeps every text that begins like a formula text in CSV (OWASP), and amounts numbers, negative ones too', () => {
    const [first, ...rest] = data.proposals;
    if (!first) throw new Error('no proposal');
    const row = first.content.table.rows[0];
    if (!row) throw new Error('no row');
    const hostile = {
      ...data,
      proposals: [
        {
          ...first,
          content: {
            ...first.content,
            title: '=HYPERLINK("https://evil.example","Klik")',
            table: {
              rows: [
                { ...row, label: '@SUM(1+1)' },
                { ...row, label: '-5 stillinger' },
                { ...row, label: '+45 12345678' },
              ],
            },
          },
        },
        ...rest,
      ],
    };
    const text = renderRoundExportCsv(hostile).subarray(3).toString('utf8');
    const fields = text.split('\r\n').map((line) => line.split(';'));
    const lines = fields.filter((line) => line[0] === first.content.reference);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line[3]).toBe(`"'=HYPERLINK(""https://evil.example"",""Klik"")"`);
      expect(["'@SUM(1+1)", "'-5 stillinger", "'+45 12345678"]).toContain(line[10]);
    }
    // No text field of any line begins like a formula; the amount columns are numbers as before.
    for (const line of fields.slice(1)) {
      for (const field of line.slice(0, 13)) expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
      for (const amount of line.slice(13)) expect(amount).toMatch(/^(-?\d+(,\d+)?)?$/);
    }
    expect(text).toMatch(/;-\d+,\d+;-\d+\r\n/);
  });

  it('formats amounts', () => {
    expect([-125, -10000, 2200, 0, -2825, 1234500, -50].map(csvAmount)).toEqual(['-0,125', '-10,0', '2,2', '0,0', '-2,825', '1234,5', '-0,05']);
    expect([-125, -10000, -50].map(decimalsOf)).toEqual([3, 1, 2]);
    expect(amountNumberFormat(-125)).toBe('#,##0.000;-#,##0.000;0.000');
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
