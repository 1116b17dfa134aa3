import { aRow, aTable, aTableOf, cellsOf } from '../testing/proposal.builder';
import { sameTable } from './same-table';

describe('sameTable', () => {
  it('is true for equal tables, also when they are different objects', () => {
    expect(sameTable(aTableOf(-1000, null, 0, -1000), aTableOf(-1000, null, 0, -1000))).toBe(true);
  });

  it.each([
    ['a cell', aTableOf(-1000, null, 0, -1001)],
    ['an empty cell against 0', aTableOf(-1000, 0, 0, -1000)],
    ['a label', aTable(aRow({ label: 'Løn', cells: cellsOf(-1000, null, 0, -1000) }))],
    ['a category', aTable(aRow({ category: 'anlaeg', cells: cellsOf(-1000, null, 0, -1000) }))],
    ['a row more', aTable(aRow({ cells: cellsOf(-1000, null, 0, -1000) }), aRow({ label: 'Husleje', cells: cellsOf(0, 0, 0, 0) }))],
    ['the columns', { columns: ['2026', '2027', 'permanent'], rows: [aRow({ cells: cellsOf(-1000, null, 0, -1000) })] }],
  ])('is false when %s differs', (_, other) => {
    expect(sameTable(aTableOf(-1000, null, 0, -1000), other)).toBe(false);
    expect(sameTable(other, aTableOf(-1000, null, 0, -1000))).toBe(false);
  });
});
