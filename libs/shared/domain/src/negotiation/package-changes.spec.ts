import { aNegotiableProposal, aPackage, aProposalWith, aRaaderum, aSource, anInitiative } from '../testing/package.builder';
import { aTableOf, cellsOf } from '../testing/proposal.builder';
import { RAADERUM_KEY } from './package';
import { describePackageChanges } from './package-changes';

const su01 = aNegotiableProposal();
const dns02 = aProposalWith('p-dns-02', 'B26-DNS-02', [-500, -500, -500, -500]);
const proposals = [su01, dns02];
const pool = aSource('sp', 'sundhedspakken', 5000, 5000, null, null);
const stored = aPackage({
  sources: [aRaaderum(), pool],
  proposals: [{ proposalId: 'p-su-01', amendedTable: null, source: RAADERUM_KEY }],
  initiatives: [anInitiative()],
});

describe('describePackageChanges', () => {
  it('finds nothing between a version and itself', () => {
    expect(describePackageChanges(stored, stored, proposals)).toEqual([]);
  });

  it('says in Danish what another negotiator changed, a line each', () => {
    const saved = aPackage({
      name: 'Forhandlingsoplæg 1 (revideret)',
      sources: [aRaaderum(-500, -500, -500, -500), aSource('laan', 'lånet', 1000, null, null, null)],
      proposals: [
        { proposalId: 'p-su-01', amendedTable: aTableOf(-1000, -1000, -1500, -1500), source: 'laan' },
        { proposalId: 'p-dns-02', amendedTable: null, source: RAADERUM_KEY },
      ],
      initiatives: [
        anInitiative({ title: 'Flere læger', amounts: cellsOf(2000, 2000, 2000, 1000) }),
        anInitiative({ key: 'i-ny', title: 'Reserve til medicin' }),
      ],
    });
    expect(describePackageChanges(stored, saved, proposals)).toEqual([
      'Pakken er omdøbt fra «Forhandlingsoplæg 1» til «Forhandlingsoplæg 1 (revideret)».',
      'Beløbene for kilden «råderummet» er ændret (2026, 2027, 2028 og Permanent).',
      'Kilden «sundhedspakken» er fjernet.',
      'Kilden «lånet» er tilføjet.',
      'Beløbene for forslaget B26-SU-01 er ændret (2028 og Permanent).',
      'Forslaget B26-SU-01 finansieres nu af lånet i stedet for råderummet.',
      'Initiativet «Ansættelse af flere læger og mere plejepersonale» har fået ændret titel, kapitel, tekst, udvalg eller område.',
      'Beløbene for initiativet «Ansættelse af flere læger og mere plejepersonale» er ændret (Permanent).',
      'Forslaget B26-DNS-02 er taget med.',
      'Initiativet «Reserve til medicin» er tilføjet.',
    ]);
  });

  it('names what was taken out', () => {
    expect(describePackageChanges(stored, aPackage({ sources: [aRaaderum(), pool] }), proposals)).toEqual([
      'Forslaget B26-SU-01 er taget ud.',
      'Initiativet «Ansættelse af flere læger og mere plejepersonale» er fjernet.',
    ]);
  });
});
