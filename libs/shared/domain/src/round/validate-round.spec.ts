import { aCommittee, aRound, someCommittees } from '../testing/round.builder';
import { ValidationIssue } from '../validation/validation-issue';
import { BudgetRound } from './budget-round';
import { MAX_YEAR_COLUMNS } from './round-columns';
import { validateRound } from './validate-round';

/** `count` consecutive years from `first`. */
function yearsFrom(first: number, count: number): number[] {
  return Array.from({ length: count }, (_item, index) => first + index);
}

function issuesOf(round: BudgetRound): ValidationIssue[] {
  const result = validateRound(round);
  return result.ok ? [] : [...result.issues];
}

function codesAndPaths(round: BudgetRound): [string, string][] {
  return issuesOf(round).map(({ code, path }) => [code, path]);
}

describe('validateRound', () => {
  it('accepts a sound round and returns it', () => {
    const round = aRound();
    expect(validateRound(round)).toEqual({ ok: true, value: round });
  });

  it('accepts a round without target, frames or dates', () => {
    expect(validateRound(aRound({ target: null, frames: {}, dates: undefined })).ok).toBe(true);
  });

  it(`accepts ${MAX_YEAR_COLUMNS} year columns, the most the bilag's tables hold`, () => {
    expect(validateRound(aRound({ yearColumns: yearsFrom(2026, MAX_YEAR_COLUMNS) })).ok).toBe(true);
  });

  it('refuses one year column more, once, naming yearColumns and the limit in Danish', () => {
    const issues = issuesOf(aRound({ yearColumns: yearsFrom(2026, MAX_YEAR_COLUMNS + 1) }));
    expect(issues.map(({ code, path }) => [code, path])).toEqual([['round.too_many_years', 'yearColumns']]);
    expect(issues[0]?.message).toBe(
      `Budgetrunden kan højst have ${MAX_YEAR_COLUMNS} årskolonner (budgetåret og ${MAX_YEAR_COLUMNS - 1} overslagsår), ikke ${MAX_YEAR_COLUMNS + 1}: flere kan ikke stå i bilagenes tabeller på en A4-side.`,
    );
  });

  it('refuses too many year columns with that one issue, not one per misplaced year', () => {
    expect(codesAndPaths(aRound({ yearColumns: Array.from({ length: 1000 }, () => 1999) }))).toEqual([['round.too_many_years', 'yearColumns']]);
  });

  it('accepts a round whose target is not yet split into frames', () => {
    expect(validateRound(aRound({ frames: {} })).ok).toBe(true);
  });

  it.each<[string, Partial<BudgetRound>, [string, string][]]>([
    ['empty name', { name: '  ' }, [['round.name_empty', 'name']]],
    ['empty region', { region: '' }, [['round.region_empty', 'region']]],
    ['price level without P/L', { priceLevel: '2025' }, [['round.price_level_invalid', 'priceLevel']]],
    ['price level with two-digit year', { priceLevel: 'P/L-25' }, [['round.price_level_invalid', 'priceLevel']]],
    ['price level after the budget year', { priceLevel: 'P/L-2027' }, [['round.price_level_after_budget_year', 'priceLevel']]],
    [
      'budget year not a year',
      { budgetYear: 26, yearColumns: [26] },
      [
        ['round.budget_year_invalid', 'budgetYear'],
        ['round.year_invalid', 'yearColumns[0]'],
      ],
    ],
    ['no years', { yearColumns: [] }, [['round.no_years', 'yearColumns']]],
    ['first year is not the budget year', { yearColumns: [2025, 2026, 2027] }, [['round.first_year_not_budget_year', 'yearColumns[0]']]],
    ['years with a gap', { yearColumns: [2026, 2028, 2029] }, [['round.years_not_consecutive', 'yearColumns[1]']]],
    ['years in reverse', { yearColumns: [2026, 2025] }, [['round.years_not_consecutive', 'yearColumns[1]']]],
    ['a year that is not a whole number', { yearColumns: [2026, 2027.5] }, [['round.year_invalid', 'yearColumns[1]']]],
    ['a frame for an unknown committee', { frames: { SU: 3000, DNS: 1000, XYZ: 1000 } }, [['round.frame_unknown_committee', 'frames.XYZ']]],
    ['a frame for FU', { frames: { SU: 3000, DNS: 1000, FU: 1000 } }, [['round.frame_not_fagudvalg', 'frames.FU']]],
    ['a frame for RR', { frames: { SU: 3000, DNS: 1000, RR: 1000 } }, [['round.frame_not_fagudvalg', 'frames.RR']]],
    ['a zero frame', { frames: { SU: 5000, DNS: 0 } }, [['round.frame_invalid', 'frames.DNS']]],
    ['a negative frame', { frames: { SU: 7000, DNS: -2000 } }, [['round.frame_invalid', 'frames.DNS']]],
    [
      'a frame that is not whole thousands',
      { frames: { SU: 2999.5, DNS: 2000.5 } },
      [
        ['round.frame_invalid', 'frames.SU'],
        ['round.frame_invalid', 'frames.DNS'],
      ],
    ],
    ['frames that do not add up to the target', { frames: { SU: 3000, DNS: 1000 } }, [['round.frames_do_not_match_target', 'frames']]],
    ['a negative target', { target: -5000 }, [['round.target_invalid', 'target']]],
    ['a zero target', { target: 0 }, [['round.target_invalid', 'target']]],
    [
      'duplicate committee codes',
      { committees: [...someCommittees(), aCommittee({ code: 'SU', name: 'Andet udvalg' })] },
      [['round.duplicate_committee', 'committees[4].code']],
    ],
    [
      'a committee code with spaces',
      { committees: [...someCommittees(), aCommittee({ code: 'S U' })] },
      [['round.committee_code_invalid', 'committees[4].code']],
    ],
    [
      'a committee without a name',
      { committees: [...someCommittees(), aCommittee({ code: 'PSU', name: ' ' })] },
      [['round.committee_name_empty', 'committees[4].name']],
    ],
    [
      'an unknown committee kind',
      { committees: [...someCommittees(), { code: 'PSU', name: 'Psykiatri', kind: 'udvalg' as never }] },
      [['round.committee_kind_invalid', 'committees[4].kind']],
    ],
    ['no fagudvalg', { committees: [aCommittee({ code: 'FU', kind: 'FU' })], frames: {} }, [['round.no_fagudvalg', 'committees']]],
    ['an impossible date', { dates: { rrAdoption: '2025-09-31' } }, [['round.date_invalid', 'dates.rrAdoption']]],
    ['a Danish-order date', { dates: { framesApprovedByFu: '17-03-2025' } }, [['round.date_invalid', 'dates.framesApprovedByFu']]],
    [
      'RR adoption before FU approval',
      { dates: { committeeWorkApprovedByFu: '2025-05-19', rrAdoption: '2025-05-01' } },
      [['round.dates_out_of_order', 'dates.rrAdoption']],
    ],
    [
      'deadline before the frames',
      { dates: { framesApprovedByFu: '2025-03-17', proposalDeadline: '2025-03-01' } },
      [['round.dates_out_of_order', 'dates.proposalDeadline']],
    ],
  ])('reports %s', (_why, overrides, expected) => {
    expect(codesAndPaths(aRound(overrides))).toEqual(expected);
  });

  it('reports every problem at once', () => {
    const round = aRound({
      name: '',
      priceLevel: 'PL2025',
      yearColumns: [2027, 2029],
      frames: { SU: 3000, FU: 500, XX: 100 },
      dates: { rrAdoption: 'snart' },
    });
    expect(codesAndPaths(round)).toEqual([
      ['round.name_empty', 'name'],
      ['round.price_level_invalid', 'priceLevel'],
      ['round.first_year_not_budget_year', 'yearColumns[0]'],
      ['round.years_not_consecutive', 'yearColumns[1]'],
      ['round.frame_not_fagudvalg', 'frames.FU'],
      ['round.frame_unknown_committee', 'frames.XX'],
      ['round.frames_do_not_match_target', 'frames'],
      ['round.date_invalid', 'dates.rrAdoption'],
    ]);
  });

  it('explains problems in Danish with the amounts', () => {
    const [frames] = issuesOf(aRound({ frames: { SU: 3000, DNS: 1000 } }));
    expect(frames?.message).toBe('Rammerne summer til 4,0 mio. kr., men målet for budgetrunden er 5,0 mio. kr.');
    const [years] = issuesOf(aRound({ yearColumns: [2026, 2028] }));
    expect(years?.message).toBe('Årskolonnerne skal være på hinanden følgende år: efter 2026 kommer 2027, ikke 2028.');
    const [frameFu] = issuesOf(aRound({ frames: { SU: 3000, DNS: 1000, FU: 1000 } }));
    expect(frameFu?.message).toBe('Forretningsudvalget kan ikke have en ramme; kun fagudvalg har rammer.');
  });
});
