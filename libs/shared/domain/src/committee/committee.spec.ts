import { aCommittee } from '../testing/round.builder';
import { fagudvalg, findCommittee } from './committee';

describe('committees', () => {
  const committees = [
    aCommittee({ code: 'SU', name: 'Sundhedsudvalget' }),
    aCommittee({ code: 'FU', name: 'Forretningsudvalget', kind: 'FU' }),
    aCommittee({ code: 'DNS', name: 'Udvalg for Det Nære Sundhedsvæsen' }),
    aCommittee({ code: 'RR', name: 'Regionsrådet', kind: 'RR' }),
  ];

  it('finds a committee by code', () => {
    expect(findCommittee(committees, 'DNS')?.name).toBe('Udvalg for Det Nære Sundhedsvæsen');
    expect(findCommittee(committees, 'XX')).toBeUndefined();
  });

  it('lists the fagudvalg in order', () => {
    expect(fagudvalg(committees).map((committee) => committee.code)).toEqual(['SU', 'DNS']);
  });
});
