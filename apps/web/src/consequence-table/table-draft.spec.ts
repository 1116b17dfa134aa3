import { budget2026Round, roundColumns } from '@budgetflow/domain';
import { emptyRow, isEmptyRow } from './table-draft';

// Enter on the last row adds a row only below a row that holds something (docs/web.md, «Keyboard»).

const columns = roundColumns(budget2026Round);

describe('isEmptyRow', () => {
  it('is empty with neither text nor amounts, whatever its category, and «-» counts as empty', () => {
    expect(isEmptyRow(emptyRow(columns))).toBe(true);
    expect(isEmptyRow(emptyRow(columns, 'anlaeg'))).toBe(true);
    expect(isEmptyRow({ ...emptyRow(columns), cells: { '2026': ' - ', '2027': '' } })).toBe(true);
  });

  it('is not empty with a text or a single amount', () => {
    expect(isEmptyRow({ ...emptyRow(columns), label: 'Færre vikarer' })).toBe(false);
    expect(isEmptyRow({ ...emptyRow(columns), cells: { ...emptyRow(columns).cells, '2027': '-0,5' } })).toBe(false);
  });
});
