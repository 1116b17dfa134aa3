import type { TableCell } from 'pdfmake/interfaces';
import { amountTable, detailRow, groupRow, lineRow, subtotalRow, totalRow } from './amount-table';

function texts(row: readonly TableCell[] | undefined): string[] {
  return (row ?? []).map((cell) => ('text' in cell ? String(cell.text) : ''));
}

describe('amountTable', () => {
  const table = amountTable({
    textColumns: [
      { header: 'Reference', width: 60 },
      { header: 'Forslag', width: '*' },
    ],
    amountHeaders: ['2026', 'Permanent'],
    rows: [
      groupRow('Sundhedsudvalget'),
      detailRow(['B26-SU-01', 'Effektiv ambulatoriedrift'], [-10000, null]),
      subtotalRow('I alt, Sundhedsudvalget', [-10000, null]),
      lineRow('Rest', [-175, undefined]),
      totalRow('I alt', [-10125, 0]),
    ],
  });
  const body = table.table.body;

  it('repeats its header row on every page and never splits a row', () => {
    expect(table.table.headerRows).toBe(1);
    expect(table.table.dontBreakRows).toBe(true);
    expect(texts(body[0])).toEqual(['Reference', 'Forslag', '2026', 'Permanent']);
  });

  it('prints amounts right-aligned with the minus sign; empty "-", undefined blank', () => {
    expect(texts(body[2])).toEqual(['B26-SU-01', 'Effektiv ambulatoriedrift', '\u221210,0', '-']);
    expect(body[2]?.slice(2).map((cell) => 'alignment' in cell && cell.alignment)).toEqual(['right', 'right']);
    expect(texts(body[4]).slice(2)).toEqual(['\u22120,175', '']);
  });

  it('prints subtotals and totals in bold, labelled across the text columns', () => {
    for (const row of [body[3], body[5]]) {
      expect(row?.[0]).toEqual(expect.objectContaining({ bold: true, colSpan: 2 }));
      expect(row?.slice(2).every((cell) => 'bold' in cell && cell.bold === true)).toBe(true);
    }
    expect(body[4]?.[0]).toEqual(expect.objectContaining({ bold: false, colSpan: 2 }));
  });

  it('gives every row as many cells as there are columns', () => {
    expect(body.every((row) => row.length === 4)).toBe(true);
    expect(table.table.widths).toEqual([60, '*', 54, 54]);
  });
});
