import * as fc from 'fast-check';
import { aCommittee, aRound, someCommittees } from '../testing/round.builder';
import { aTableOf } from '../testing/proposal.builder';
import { aCell } from '../testing/arbitraries';
import { PROPOSAL_STATES, ProposalState } from '../workflow/proposal-state';
import { COUNTED_STATES, frameStatus, FrameStatusProposal } from './frame-status';

function proposal(committee: string, status: ProposalState, y2026: number | null, y2027: number | null = y2026): FrameStatusProposal {
  return { committee, status, table: aTableOf(y2026, y2027, y2027, y2027) };
}

const ZERO_BY_STATE = Object.fromEntries(PROPOSAL_STATES.map((state) => [state, 0]));

describe('frameStatus', () => {
  const round = aRound(); // target 5,0: SU 3,0 and DNS 2,0

  it('computes frame, sums and gap per committee in the budget year', () => {
    const status = frameStatus(round, [
      proposal('DNS', 'submitted', -125),
      proposal('DNS', 'approved_by_fu', -2200),
      proposal('DNS', 'withdrawn', -500),
      proposal('SU', 'adopted', -3000),
    ]);
    expect(status.column).toBe('2026');
    expect(status.committees.map(({ committee, frame, counted, gap }) => [committee.code, frame, counted, gap])).toEqual([
      ['SU', 3000, -3000, 0],
      ['DNS', 2000, -2325, -325],
    ]);
    expect(status.committees[1]?.byState).toEqual({ ...ZERO_BY_STATE, submitted: -125, approved_by_fu: -2200, withdrawn: -500 });
    expect([status.target, status.counted, status.gap]).toEqual([5000, -5325, -325]);
  });

  it('gives the example of the Budget 2026 catalogue: frame 3,0 with proposals -2,825 leaves 0,175', () => {
    const status = frameStatus(aRound({ target: 3000, frames: { DNS: 3000 } }), [
      proposal('DNS', 'submitted', -125),
      proposal('DNS', 'submitted', -2200),
      proposal('DNS', 'submitted', -500),
    ]);
    expect(status.committees.find((entry) => entry.committee.code === 'DNS')?.gap).toBe(175);
    expect(status.gap).toBe(175);
  });

  it('does not count withdrawn, rejected or not adopted proposals, but shows them by state', () => {
    const status = frameStatus(round, [proposal('SU', 'withdrawn', -1000), proposal('SU', 'rejected_by_fu', -1000), proposal('SU', 'not_adopted', -1000)]);
    const su = status.committees[0];
    expect([su?.counted, su?.gap]).toEqual([0, 3000]);
    expect(su?.byState).toEqual({ ...ZERO_BY_STATE, withdrawn: -1000, rejected_by_fu: -1000, not_adopted: -1000 });
  });

  it.each(COUNTED_STATES)('counts %s proposals', (state) => {
    expect(frameStatus(round, [proposal('SU', state, -1000)]).committees[0]?.counted).toBe(-1000);
  });

  it('uses any column on request; an empty cell counts as 0', () => {
    const proposals = [proposal('DNS', 'submitted', -2200, null), proposal('DNS', 'submitted', -500)];
    expect(frameStatus(round, proposals, '2027').committees[1]?.counted).toBe(-500);
    expect(frameStatus(round, proposals, 'permanent').counted).toBe(-500);
  });

  it('lists every fagudvalg, also those without proposals or frame, and never FU or RR', () => {
    const status = frameStatus(aRound({ committees: [...someCommittees(), aCommittee({ code: 'PSU', name: 'Psykiatri- og Socialudvalget' })] }), []);
    expect(status.committees.map(({ committee, frame, gap }) => [committee.code, frame, gap])).toEqual([
      ['SU', 3000, 3000],
      ['DNS', 2000, 2000],
      ['PSU', null, null],
    ]);
  });

  it('has no round gap without a target', () => {
    expect(frameStatus(aRound({ target: null, frames: {} }), [proposal('SU', 'submitted', -1000)]).gap).toBeNull();
  });

  it('refuses a column that is not in the round', () => {
    expect(() => frameStatus(round, [], '2030')).toThrow('Kolonnen «2030» findes ikke i Budget 2026.');
  });

  it('refuses proposals of committees that are not fagudvalg of the round', () => {
    expect(() => frameStatus(round, [proposal('XX', 'submitted', -1)])).toThrow(RangeError);
    expect(() => frameStatus(round, [proposal('FU', 'submitted', -1)])).toThrow(RangeError);
  });

  it('adds up: committee sums make the round sums, and each gap is frame + counted', () => {
    const aDraft = fc.record({
      committee: fc.constantFrom('SU', 'DNS'),
      status: fc.constantFrom(...PROPOSAL_STATES),
      y2026: aCell(),
    });
    fc.assert(
      fc.property(fc.array(aDraft, { maxLength: 15 }), (drafts) => {
        const status = frameStatus(
          round,
          drafts.map((draft) => proposal(draft.committee, draft.status, draft.y2026)),
        );
        for (const state of PROPOSAL_STATES) {
          expect(status.committees.reduce((sum, entry) => sum + entry.byState[state], 0)).toBe(status.byState[state]);
        }
        for (const entry of status.committees) expect(entry.gap).toBe((entry.frame ?? 0) + entry.counted);
        expect(status.gap).toBe(5000 + status.counted);
      }),
    );
  });
});
