import * as fc from 'fast-check';
import { aCell } from '../testing/arbitraries';
import { aProposal, aRow, aTable, aTableOf, cellsOf } from '../testing/proposal.builder';
import { aRound } from '../testing/round.builder';
import { frameStatus } from '../frame/frame-status';
import { YEAR_TABLE_LABELS, yearTable, YearTableProposal } from './year-table';

function entry(reference: string, table = aTable()): YearTableProposal {
  // Proposal content is accepted as is: the year table only reads reference, title and table.
  return aProposal({ reference, title: `Forslag ${reference}`, table });
}

describe('yearTable', () => {
  const round = aRound(); // target 5,0 mio. kr.

  it('has one row per proposal with its column totals, "I alt", the rest and "Samlet"', () => {
    const table = yearTable(round, [
      entry('B26-SU-01', aTable(aRow({ cells: cellsOf(-2000, -2000, -2000, -2000) }), aRow({ label: 'Vikarer', cells: cellsOf(-1000, null, null, -1000) }))),
      entry('B26-DNS-01', aTableOf(-125, -125, -125, -125)),
      entry('B26-DNS-02', aTableOf(-2200, null, null, null)),
    ]);
    expect(table.columns.map((column) => column.label)).toEqual(['2026', '2027', '2028', 'Permanent']);
    expect(table.rows).toEqual([
      { reference: 'B26-SU-01', title: 'Forslag B26-SU-01', cells: cellsOf(-3000, -2000, -2000, -3000) },
      { reference: 'B26-DNS-01', title: 'Forslag B26-DNS-01', cells: cellsOf(-125, -125, -125, -125) },
      { reference: 'B26-DNS-02', title: 'Forslag B26-DNS-02', cells: cellsOf(-2200, null, null, null) },
    ]);
    expect(table.total).toEqual(cellsOf(-5325, -2125, -2125, -3125));
    expect(table.rest).toEqual(cellsOf(325, -2875, -2875, -1875));
    expect(table.overall).toEqual(cellsOf(-5000, -5000, -5000, -5000));
  });

  it('leaves "I alt" empty where every proposal is empty, and the rest is then the whole target', () => {
    const table = yearTable(round, [entry('B26-SU-01', aTableOf(-1000, null, -1000, -1000))]);
    expect(table.total['2027']).toBeNull();
    expect(table.rest?.['2027']).toBe(-5000);
  });

  it('has no rest or "Samlet" without a target', () => {
    const table = yearTable(aRound({ target: null, frames: {} }), [entry('B26-SU-01')]);
    expect([table.rest, table.overall]).toEqual([null, null]);
    expect(table.total).toEqual(cellsOf(-1000, -1000, -1000, -1000));
  });

  it('with no proposals, the rest is the whole target', () => {
    const table = yearTable(round, []);
    expect(table.total).toEqual(cellsOf(null, null, null, null));
    expect(table.rest).toEqual(cellsOf(-5000, -5000, -5000, -5000));
  });

  it('adds up in every column: sum of proposal rows + rest = "Samlet", exactly', () => {
    const tables = fc.array(
      fc.tuple(aCell(), aCell(), aCell(), aCell()).map((cells) => aTableOf(...cells)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), tables, (target, proposalTables) => {
        const table = yearTable(
          aRound({ target, frames: {} }),
          proposalTables.map((proposalTable, index) => entry(`B26-SU-${index + 1}`, proposalTable)),
        );
        for (const { key } of table.columns) {
          const proposals = table.rows.reduce((sum, row) => sum + (row.cells[key] ?? 0), 0);
          expect(proposals + (table.rest?.[key] ?? NaN)).toBe(table.overall?.[key]);
          expect(table.overall?.[key]).toBe(-target);
          expect(table.total[key] ?? 0).toBe(proposals);
        }
      }),
    );
  });

  it("books the frame status's rest as the general frame saving: the same amount with a saving's sign", () => {
    const tables = [aTableOf(-2000, -2000, -1000, -1000), aTableOf(-125, null, -125, -125)];
    const table = yearTable(
      round,
      tables.map((proposalTable, index) => entry(`B26-SU-${index + 1}`, proposalTable)),
    );
    for (const { key } of table.columns) {
      const status = frameStatus(
        round,
        tables.map((proposalTable) => ({ committee: 'SU', status: 'adopted', table: proposalTable })),
        key,
      );
      expect(status.gap).not.toBeNull();
      expect(table.rest?.[key]).toBe(-(status.gap ?? NaN));
    }
    expect(table.rest?.['2026']).toBe(-2875); // target 5,0 and savings of 2,125: 2,875 still to be found, cut as a saving
    expect(YEAR_TABLE_LABELS.rest).toBe('Generel rammebesparelse (rest)');
  });
});
