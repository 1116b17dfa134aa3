import { frameStatus } from '../frame/frame-status';
import { formatAmount } from '../money/format-amount';
import { ProposalContent } from '../proposal/proposal';
import { tableTotals } from '../proposal/consequence-table';
import { validateProposal } from '../proposal/validate-proposal';
import { validateRound } from '../round/validate-round';
import { cellsOf } from '../testing/proposal.builder';
import { describeAmounts } from '../wording/amount-wording';
import { yearTable } from '../year-table/year-table';
import { budget2026Round } from './budget-2026.fixture';
import { budget2026Proposals } from './budget-2026-proposals.fixture';

function parsedProposals(): ProposalContent[] {
  return budget2026Proposals.map((input) => {
    const result = validateProposal(input, budget2026Round);
    if (!result.ok) throw new Error(`${input.reference}: ${JSON.stringify(result.issues)}`);
    return result.value;
  });
}

describe('Budget 2026 demo data (the Budget 2026 catalogue)', () => {
  it('is a valid round: frames add up to the 35,0 mio. kr. target', () => {
    expect(validateRound(budget2026Round).ok).toBe(true);
  });

  it.each(budget2026Proposals.map((input) => [input.reference, input] as const))('%s is a valid proposal', (_reference, input) => {
    const result = validateProposal(input, budget2026Round);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has the ten proposals in the order of the catalogue, all omstilling', () => {
    const proposals = parsedProposals();
    expect(proposals.map((proposal) => [proposal.reference, proposal.committee, proposal.kind])).toEqual([
      ['B26-SU-01', 'SU', 'omstilling'],
      ['B26-SU-02', 'SU', 'omstilling'],
      ['B26-DNS-01', 'DNS', 'omstilling'],
      ['B26-DNS-02', 'DNS', 'omstilling'],
      ['B26-DNS-03', 'DNS', 'omstilling'],
      ['B26-PSU-01', 'PSU', 'omstilling'],
      ['B26-PSU-02', 'PSU', 'omstilling'],
      ['B26-PSU-03', 'PSU', 'omstilling'],
      ['B26-UAR-01', 'UAR', 'omstilling'],
      ['B26-UAR-02', 'UAR', 'omstilling'],
    ]);
  });

  it('parses every table to the sums on the detail pages ("Samlet, prioriteringsforslag")', () => {
    // Worked out by hand from each detail page: 2026, 2027, 2028, Permanent in thousand kroner.
    expect(parsedProposals().map((proposal) => [proposal.reference, tableTotals(proposal.table)])).toEqual([
      ['B26-SU-01', cellsOf(-10000, -10000, -10000, -10000)],
      ['B26-SU-02', cellsOf(-14000, -14000, -14000, -14000)],
      ['B26-DNS-01', cellsOf(-125, -125, -125, -125)],
      ['B26-DNS-02', cellsOf(-2200, null, null, null)],
      ['B26-DNS-03', cellsOf(-500, -500, -500, -500)],
      ['B26-PSU-01', cellsOf(-2500, -2500, -2500, -2500)],
      ['B26-PSU-02', cellsOf(-1000, -1000, -1000, -1000)],
      ['B26-PSU-03', cellsOf(-500, -500, -500, -500)],
      ['B26-UAR-01', cellsOf(-2000, -2000, -2000, -2000)],
      ['B26-UAR-02', cellsOf(-2000, -2000, -2000, -2000)],
    ]);
  });

  it('keeps the empty etablering rows and the zero Drift row as typed', () => {
    const [, , laegevagt, , , , , , , kompetence] = parsedProposals();
    expect(laegevagt?.table.rows[1]).toEqual({
      label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)',
      category: 'etablering',
      cells: cellsOf(null, null, null, null),
    });
    expect(kompetence?.table.rows.map((row) => [row.label, row.cells])).toEqual([
      ['Drift', cellsOf(0, 0, 0, 0)],
      ['Besparelser', cellsOf(-2000, -2000, -2000, -2000)],
    ]);
  });

  it("prints the lægevagt saving as -0,125, never as the overview's rounded -0,1", () => {
    const laegevagt = parsedProposals()[2] as ProposalContent;
    expect(formatAmount(tableTotals(laegevagt.table)['2026'] ?? null)).toBe('-0,125');
  });

  it('gives the committee sums for 2026 worked out by hand, and the gap of 0,175 against the target', () => {
    const status = frameStatus(
      budget2026Round,
      parsedProposals().map((proposal) => ({ committee: proposal.committee, status: 'submitted', table: proposal.table })),
    );
    expect(status.committees.map(({ committee, frame, counted, gap }) => [committee.code, frame, counted, gap])).toEqual([
      ['SU', 24000, -24000, 0],
      ['DNS', 3000, -2825, 175], // the overview's -2,8 is rounded
      ['PSU', 4000, -4000, 0],
      ['UAR', 4000, -4000, 0],
    ]);
    expect([status.target, status.counted, status.gap]).toEqual([35000, -34825, 175]);
    expect(formatAmount(status.counted)).toBe('-34,825');
  });

  it('makes the year table add up to the target, with the regionsklinikker only in 2026', () => {
    const table = yearTable(budget2026Round, parsedProposals());
    expect(table.total).toEqual(cellsOf(-34825, -32625, -32625, -32625));
    expect(table.rest).toEqual(cellsOf(-175, -2375, -2375, -2375));
    expect(table.overall).toEqual(cellsOf(-35000, -35000, -35000, -35000));
  });

  it("words every proposal's amounts for the adopted overview", () => {
    expect(parsedProposals().map((proposal) => describeAmounts(budget2026Round.yearColumns, tableTotals(proposal.table)).phrase)).toEqual([
      'besparelse på 10,0 mio. kr. årligt',
      'besparelse på 14,0 mio. kr. årligt',
      'besparelse på 0,125 mio. kr. årligt',
      'besparelse på 2,2 mio. kr. i 2026',
      'besparelse på 0,5 mio. kr. årligt',
      'besparelse på 2,5 mio. kr. årligt',
      'besparelse på 1,0 mio. kr. årligt',
      'besparelse på 0,5 mio. kr. årligt',
      'besparelse på 2,0 mio. kr. årligt',
      'besparelse på 2,0 mio. kr. årligt',
    ]);
  });

  it("uses the detail pages' titles", () => {
    const titles = parsedProposals().map((proposal) => proposal.title);
    expect(titles).toContain('Besparelse på medicinkøb til lægevagten via Sygehusapoteket');
    expect(titles).toContain('Digital kompetenceudvikling og -styring');
  });
});
