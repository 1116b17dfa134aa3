import { SizedColumn, fitFlexibleColumns, waterLevel } from './bounded-columns';

const column = (width: unknown, calculated: number, whole = calculated): SizedColumn => ({
  width,
  _minWidth: calculated,
  _maxWidth: whole,
  _calcWidth: calculated,
});
const widths = (columns: readonly SizedColumn[]) => columns.map((item) => item._calcWidth);

describe('columns that fit their space', () => {
  it('finds the width to cut the widest columns to', () => {
    expect(waterLevel([20, 2000], 481)).toBe(461);
    expect(waterLevel([300, 300], 400)).toBe(200);
    expect(waterLevel([10, 50, 900, 1200], 400)).toBe(170);
  });

  it('narrows a title column pushed wide by one long word, and keeps the fixed columns (the figures)', () => {
    const columns = [column(62, 62), column('*', 1450), column(74, 74), column(54, 54)];
    fitFlexibleColumns(columns, 449);
    expect(widths(columns)).toEqual([62, 259, 74, 54]);
  });

  it('keeps a narrow auto column (the page numbers of the contents) and narrows the wide one', () => {
    const columns = [column('*', 1200), column('auto', 20)];
    fitFlexibleColumns(columns, 481);
    expect(widths(columns)).toEqual([461, 20]);
  });

  it('gives a narrow auto column room for its whole text («Side 3 af 12» beside a title of one long word)', () => {
    const columns = [column('*', 1200), column('auto', 18, 47)];
    fitFlexibleColumns(columns, 481);
    expect(widths(columns)).toEqual([434, 47]);
  });

  it('keeps star columns equal', () => {
    const columns = [column('*', 900), column(100, 100), column('*', 900)];
    fitFlexibleColumns(columns, 400);
    expect(widths(columns)).toEqual([150, 100, 150]);
  });

  it('leaves columns that fit exactly as pdfmake sized them', () => {
    const columns = [column(62, 62), column('*', 300), column('auto', 40)];
    fitFlexibleColumns(columns, 402);
    expect(widths(columns)).toEqual([62, 300, 40]);
  });

  it('leaves fixed columns wider than the space alone (no text can cause that)', () => {
    const columns = [column(300, 300), column('*', 50), column(300, 300)];
    fitFlexibleColumns(columns, 400);
    expect(widths(columns)).toEqual([300, 50, 300]);
  });
});
