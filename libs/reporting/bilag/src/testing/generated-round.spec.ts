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
});
