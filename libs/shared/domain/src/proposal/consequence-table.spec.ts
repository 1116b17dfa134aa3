import { aRow, aTable, cellsOf } from '../testing/proposal.builder';
import { categoryTotals, columnTotal, tableHeading, tableTotals } from './consequence-table';

describe('consequence table totals', () => {
  const table = aTable(
    aRow({ label: 'Drift', cells: cellsOf(-125, -125, null, -125) }),
    aRow({ label: 'Vikarer', cells: cellsOf(-2000, null, null, -2000) }),
    aRow({ label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', category: 'etablering', cells: cellsOf(500, null, null, null) }),
  );

  it('computes the "Samlet" row exactly, with null for an all-empty column', () => {
    expect(tableTotals(table)).toEqual(cellsOf(-1625, -125, null, -2125));
  });

  it('computes one column', () => {
    expect(columnTotal(table, '2026')).toBe(-1625);
    expect(columnTotal(table, '2028')).toBeNull();
  });

  it('treats a column a row lacks as empty', () => {
    expect(columnTotal(table, '2029')).toBeNull();
  });

  it('keeps zero apart from empty', () => {
    expect(tableTotals(aTable(aRow({ cells: cellsOf(0, null, 0, null) })))).toEqual(cellsOf(0, null, 0, null));
  });

  it('subtotals each category present, in category order', () => {
    expect(categoryTotals(table)).toEqual([
      { category: 'drift', label: 'Drift', cells: cellsOf(-2125, -125, null, -2125) },
      { category: 'etablering', label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', cells: cellsOf(500, null, null, null) },
    ]);
  });

  it('has the Danish heading with the price level', () => {
    expect(tableHeading('P/L-2025')).toBe('Økonomisk konsekvens (P/L-2025; mio. kr.)');
  });
});
