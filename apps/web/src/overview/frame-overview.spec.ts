import { budget2026Round } from '@budgetflow/domain';
import type { ConsequenceTable, ProposalState } from '@budgetflow/domain';
import { everSubmitted, frameOverview, savingOf } from './frame-overview';

// The budget office's overview (/oversigt): each committee's frame against its proposals by state, and the gap.

const table = (amount: number): ConsequenceTable => ({
  columns: ['2026', '2027', '2028', 'permanent'],
  rows: [{ label: 'Række', category: 'drift', cells: { '2026': amount, '2027': amount, '2028': amount, permanent: amount } }],
});
const proposal = (committee: string, state: ProposalState, amount: number) => ({ committee, state, table: table(amount) });

describe('frameOverview', () => {
  const proposals = [
    proposal('SU', 'submitted', -10_000),
    proposal('SU', 'approved_by_fu', -8_000),
    proposal('SU', 'adopted', -4_000),
    proposal('SU', 'rejected_by_fu', -1_000),
    proposal('SU', 'withdrawn', -500),
    proposal('DNS', 'draft', -1_000),
  ];
  const overview = frameOverview(budget2026Round, proposals);
  const budgetYear = overview.find((column) => column.column === '2026');
  const su = budgetYear?.committees.find((line) => line.code === 'SU');

  it('has a column for every year and Permanent, and a line for each fagudvalg', () => {
    expect(overview.map((column) => column.column)).toEqual(['2026', '2027', '2028', 'permanent']);
    expect(budgetYear?.committees.map((line) => line.code)).toEqual(['SU', 'DNS', 'PSU', 'UAR']);
  });

  it('sums a committee by state group; rejected and withdrawn proposals are not counted', () => {
    expect(su).toMatchObject({ frame: 24_000, groups: { pending: -10_000, approved: -8_000, adopted: -4_000 }, counted: -22_000, uncounted: -1_500 });
  });

  it('says what each committee and the round still must find (a gap is a saving still missing)', () => {
    expect(su?.gap).toBe(2_000);
    expect(budgetYear?.committees.find((line) => line.code === 'PSU')).toMatchObject({ counted: 0, gap: 4_000 });
    expect(budgetYear?.total).toMatchObject({ name: 'I alt', frame: 35_000, counted: -23_000, gap: 12_000 });
    expect(budgetYear).toMatchObject({ target: 35_000, targetGap: 12_000 });
  });

  it('draws a saving as a positive bar and a cost as none', () => {
    expect(savingOf(-2_200)).toBe(2_200);
    expect(savingOf(500)).toBe(0);
  });

  it('counts only proposals ever submitted, as the bilag do (a draft never submitted is not in the round yet)', () => {
    const listed = [
      { id: 'never', submittedAt: null },
      { id: 'returned-to-draft', submittedAt: '2026-03-01T10:00:00.000Z' },
    ];
    expect(everSubmitted(listed).map((entry) => entry.id)).toEqual(['returned-to-draft']);
  });
});
