import { aNegotiableProposal, aPackage, aProposalWith, aRaaderum, aSource, anInitiative } from '../testing/package.builder';
import { aTableOf, cellsOf } from '../testing/proposal.builder';
import { agreementFromPackage } from './agreement-from-package';
import { RAADERUM_KEY } from './package';

const su01 = aNegotiableProposal(); // −1,0 in every column, approved by FU
const su02 = aProposalWith('p-su-02', 'B26-SU-02', [-2000, -2000, -2000, -2000]);
const pool = aSource('sp', 'sundhedspakken', 3000, 3000, null, null);

function included(proposalId: string, amendedTable = null as ReturnType<typeof aTableOf> | null) {
  return { proposalId, amendedTable, source: RAADERUM_KEY };
}

const laeger = anInitiative({ chapter: 'Hospitaler', amounts: cellsOf(2000, 2000, 2000, 2000) });
const akut = anInitiative({
  key: 'i-akut',
  chapter: 'Præhospital',
  title: 'Styrkelse af akutberedskabet',
  amounts: cellsOf(3000, 3000, null, null),
  source: 'sp',
  committee: null,
  area: 'Præhospitalet',
});
const medicin = anInitiative({ key: 'i-medicin', chapter: 'hospitaler ', title: 'Reserve til medicinudgifter', amounts: cellsOf(500, 500, 500, 500) });

describe('agreementFromPackage', () => {
  it('turns a balanced package of FU-approved proposals into RR’s adoptions and the chapters with their sentences', () => {
    const pkg = aPackage({
      sources: [aRaaderum(), pool],
      proposals: [included('p-su-01'), included('p-su-02', aTableOf(-2500, -2500, -2500, -2500))],
      initiatives: [laeger, akut, medicin],
    });
    const result = agreementFromPackage(pkg, [su01, su02]);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.adoptions).toEqual([
      { proposalId: 'p-su-01', reference: 'B26-SU-01', outcome: 'adopted', amendedTable: null },
      { proposalId: 'p-su-02', reference: 'B26-SU-02', outcome: 'adopted_with_changes', amendedTable: aTableOf(-2500, -2500, -2500, -2500) },
    ]);
    expect(result.value.chapters.map((chapter) => [chapter.title, chapter.initiatives.map((initiative) => initiative.key)])).toEqual([
      ['Hospitaler', ['i-laeger', 'i-medicin']],
      ['Præhospital', ['i-akut']],
    ]);
    expect(result.value.chapters[1]?.initiatives[0]).toEqual({
      key: 'i-akut',
      title: 'Styrkelse af akutberedskabet',
      text: akut.text,
      amounts: cellsOf(3000, 3000, null, null),
      source: 'sp',
      sourceName: 'sundhedspakken',
      committee: null,
      area: 'Præhospitalet',
      decisionSentence: 'Aftaleparterne er enige om at afsætte 3,0 mio. kr. i 2026 og 2027 til styrkelse af akutberedskabet, finansieret af sundhedspakken.',
      appendixLine: '3,0 mio. kr. i 2026 og 2027 til styrkelse af akutberedskabet, finansieret af sundhedspakken',
    });
    expect(result.value.chapters[0]?.initiatives[0]?.decisionSentence).toBe(
      'Aftaleparterne er enige om at afsætte 2,0 mio. kr. årligt fra 2026 til ansættelse af flere læger og mere plejepersonale.',
    );
    expect(result.value.chapters[0]?.initiatives[0]?.sourceName).toBeNull();
    expect(result.value.balance.balanced).toBe(true);
  });

  it('adopts without changes a proposal whose package table a later FU decision made the table in force', () => {
    const decided = aNegotiableProposal({ tableInForce: aTableOf(-1500, -1500, -1500, -1500) });
    const pkg = aPackage({ proposals: [included('p-su-01', aTableOf(-1500, -1500, -1500, -1500))] });
    const result = agreementFromPackage(pkg, [decided]);
    expect(result.ok && result.value.adoptions[0]).toEqual({ proposalId: 'p-su-01', reference: 'B26-SU-01', outcome: 'adopted', amendedTable: null });
  });

  it('refuses a package that does not balance, naming the source, the years and the amounts', () => {
    const pkg = aPackage({
      sources: [aRaaderum(), pool],
      proposals: [included('p-su-01')],
      initiatives: [laeger, { ...akut, amounts: cellsOf(3000, 3000, 3000, null) }],
    });
    const result = agreementFromPackage(pkg, [su01]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.shortfalls.map((shortfall) => shortfall.message)).toEqual([
      'Råderummet er overskredet med 1,0 mio. kr. i 2026, 1,0 mio. kr. i 2027, 1,0 mio. kr. i 2028 og 1,0 mio. kr. varigt.',
      'Sundhedspakken er overskredet med 3,0 mio. kr. i 2028.',
    ]);
    expect(result.issues).toEqual([
      {
        code: 'agreement.package_unbalanced',
        path: 'raaderum',
        message:
          'Råderummet er overskredet med 1,0 mio. kr. i 2026, 1,0 mio. kr. i 2027, 1,0 mio. kr. i 2028 og 1,0 mio. kr. varigt. Pakken skal balancere, før den kan blive budgetaftalen.',
      },
      {
        code: 'agreement.package_unbalanced',
        path: 'sources[0]',
        message: 'Sundhedspakken er overskredet med 3,0 mio. kr. i 2028. Pakken skal balancere, før den kan blive budgetaftalen.',
      },
    ]);
    expect(result.unapproved).toEqual([]);
    expect(result.message).toBe(
      'Pakken kan ikke blive budgetaftalen. Pakken balancerer ikke: råderummet er overskredet med 1,0 mio. kr. i 2026, 1,0 mio. kr. i 2027, 1,0 mio. kr. i 2028 og 1,0 mio. kr. varigt, og sundhedspakken er overskredet med 3,0 mio. kr. i 2028.',
    );
  });

  it('refuses a package holding proposals FU has not approved, naming them and their state', () => {
    const onAgenda = aProposalWith('p-psu-03', 'B26-PSU-03', [-500, -500, -500, -500], { state: 'on_fu_agenda' });
    const pkg = aPackage({ proposals: [included('p-su-01'), included('p-psu-03')] });
    const result = agreementFromPackage(pkg, [su01, onAgenda]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.unapproved).toEqual([{ proposalId: 'p-psu-03', reference: 'B26-PSU-03', state: 'on_fu_agenda' }]);
    expect(result.issues).toEqual([
      {
        code: 'agreement.proposal_not_approved',
        path: 'proposals[1].proposalId',
        message:
          "Forslaget B26-PSU-03 er «Klar til FU»; FU skal godkende det, før det kan indgå i budgetaftalen. Tag det ud af pakken, eller afvent FU's beslutning.",
      },
    ]);
    expect(result.message).toBe('Pakken kan ikke blive budgetaftalen. FU har ikke godkendt forslaget B26-PSU-03 (Klar til FU), som pakken indeholder.');
  });

  it('gives every reason at once: unbalanced and unapproved', () => {
    const rejected = aProposalWith('p-su-03', 'B26-SU-03', [1000, 1000, 1000, 1000], { state: 'rejected_by_fu' });
    const adopted = aProposalWith('p-su-04', 'B26-SU-04', [-100, -100, -100, -100], { state: 'adopted' });
    const pkg = aPackage({ proposals: [included('p-su-03'), included('p-su-04')] });
    const result = agreementFromPackage(pkg, [rejected, adopted]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((found) => [found.code, found.path])).toEqual([
      ['agreement.package_unbalanced', 'raaderum'],
      ['agreement.proposal_not_approved', 'proposals[0].proposalId'],
      ['agreement.proposal_not_approved', 'proposals[1].proposalId'],
    ]);
    expect(result.message).toBe(
      'Pakken kan ikke blive budgetaftalen. Pakken balancerer ikke: råderummet er overskredet med 0,9 mio. kr. i 2026, 0,9 mio. kr. i 2027, 0,9 mio. kr. i 2028 og 0,9 mio. kr. varigt. FU har ikke godkendt forslagene B26-SU-03 (Afvist af FU) og B26-SU-04 (Vedtaget), som pakken indeholder.',
    );
  });

  it('makes an agreement of initiatives only, and one of proposals only', () => {
    const initiativesOnly = agreementFromPackage(aPackage({ sources: [aRaaderum(2000, 2000, 2000, 2000)], initiatives: [laeger] }), []);
    expect(initiativesOnly.ok && initiativesOnly.value.adoptions).toEqual([]);
    const proposalsOnly = agreementFromPackage(aPackage({ proposals: [included('p-su-01')] }), [su01]);
    expect(proposalsOnly.ok && proposalsOnly.value.chapters).toEqual([]);
  });
});
