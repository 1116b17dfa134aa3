import { fagudvalg } from '@budgetflow/domain';
import { generatedBilagData, generatedRound } from './generated-round';

describe('generatedBilagData', () => {
  it('keeps Budget 2026 as it is while its four committees hold the proposals (999 each)', () => {
    expect(fagudvalg(generatedRound(3996).committees).map((committee) => committee.code)).toEqual(['SU', 'DNS', 'PSU', 'UAR']);
  });

  it('adds committees for larger rounds, so 5,000 proposals get unique references', () => {
    const data = generatedBilagData(5000);
    const codes = fagudvalg(data.round.round.committees).map((committee) => committee.code);
    expect(codes).toEqual(['SU', 'DNS', 'PSU', 'UAR', 'U5', 'U6']);
    expect(data.round.round.committees.map((committee) => committee.kind).slice(-2)).toEqual(['FU', 'RR']);
    const references = new Set(data.proposals.map((proposal) => proposal.content.reference));
    expect(references.size).toBe(5000);
    expect(data.proposals.filter((proposal) => proposal.content.committee === 'U6')).toHaveLength(833);
  });

  it('gives a round of more year columns those years and every proposal row an amount in the budget year', () => {
    const data = generatedBilagData(20, { yearColumns: 5 });
    expect(data.round.round.yearColumns).toEqual([2026, 2027, 2028, 2029, 2030]);
    const rows = data.proposals.flatMap((proposal) => proposal.content.table.rows);
    expect(rows.every((row) => row.cells['2026'] !== null)).toBe(true);
    // The later years and Permanent are drawn too: some row has an amount in each.
    for (const key of ['2027', '2028', '2029', '2030', 'permanent'])
      expect([key, rows.some((row) => row.cells[key] !== null && row.cells[key] !== undefined)]).toEqual([key, true]);
  });
});
