import { columnKeys, columnLabel, roundColumns, yearColumnKey } from './round-columns';

describe('round columns', () => {
  it('lists the years and then Permanent', () => {
    expect(roundColumns({ yearColumns: [2026, 2027, 2028] })).toEqual([
      { key: '2026', label: '2026', year: 2026 },
      { key: '2027', label: '2027', year: 2027 },
      { key: '2028', label: '2028', year: 2028 },
      { key: 'permanent', label: 'Permanent' },
    ]);
  });

  it('always has the Permanent column, even without years', () => {
    expect(columnKeys({ yearColumns: [] })).toEqual(['permanent']);
  });

  it('names columns', () => {
    expect(yearColumnKey(2027)).toBe('2027');
    expect(columnLabel('2027')).toBe('2027');
    expect(columnLabel('permanent')).toBe('Permanent');
  });
});
