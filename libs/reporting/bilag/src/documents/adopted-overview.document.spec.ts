import { renderReportPdf } from '../render';
import { aBilagData, aShapedProposal, amended, anAgreement, demoBilagData, demoId, parseTable } from '../testing/bilag-data.builder';
import { flat, pdfText } from '@budgetflow/testing';

const MINUS = '\u2212';

describe('the adopted overview (bilag to the budget agreement)', () => {
  it('names the parties and the date, and lists the adopted proposals by committee, each in one line of words', async () => {
    const text = flat(await pdfText(await renderReportPdf('vedtaget', demoBilagData())));
    expect(text).toContain('Vedtagne forslag, Budget 2026 Bilag 2 til budgetaftalen for Budget 2026');
    expect(text).toContain(
      'Budgetaftalen for Budget 2026 er indgået den 24. september 2025 mellem Socialdemokratiet, Venstre, SF og Konservative samt løsgænger Anne Kjærsgaard.',
    );
    expect(text).toContain('Sundhedsudvalget B26-SU-01 Besparelse på 10,0 mio. kr. årligt: Effektiv ambulatoriedrift');
    expect(text).toContain('B26-DNS-01 Besparelse på 0,125 mio. kr. årligt: Besparelse på medicinkøb til lægevagten via Sygehusapoteket');
    expect(text).toContain('B26-DNS-02 Besparelse på 2,2 mio. kr. i 2026: Overdragelse af regionsklinikker og udbudsklinikker');
    // Rejected by FU, so not adopted.
    expect(text).not.toContain('Digital værdiskabelse');
    expect(text).toContain('Dannet 23.11.2026 kl. 14.05 · dataversion 2026-11-23.42');
  }, 30_000);

  it('uses the decided amounts where a body amended them and says so', async () => {
    const text = flat(await pdfText(await renderReportPdf('vedtaget', demoBilagData())));
    expect(text).toContain(
      'B26-SU-02 Besparelse på 10,0 mio. kr. i 2026 stigende til 12,0 mio. kr. i 2027, 14,0 mio. kr. i 2028 og varigt: Bedre udnyttelse af ressourcerne på operation- og anæstesiområdet (ændret af FU)',
    );
    expect(text).toContain(`De vedtagne forslag i alt (P/L-2025; mio. kr.)`);
    expect(text).toContain(`Sundhedsudvalget ${MINUS}20,0 ${MINUS}22,0 ${MINUS}24,0 ${MINUS}24,0`);
  }, 30_000);

  it('words every row shape in a clear sentence', async () => {
    const proposals = [
      aShapedProposal({ reference: 'B26-SU-11', title: 'Samme beløb hvert år', cells: ['-1,5', '-1,5', '-1,5', '-1,5'] }),
      aShapedProposal({ reference: 'B26-SU-12', title: 'Kun ét år', cells: ['-', '-2,0', '-', '-'] }),
      aShapedProposal({ reference: 'B26-SU-13', title: 'Nogle år', cells: ['-0,8', '-0,8', '-0,8', '-'] }),
      aShapedProposal({
        reference: 'B26-DNS-11',
        title: 'Flere lægevagter',
        kind: 'udvidelse',
        fundingSource: 'finansieres af ulighedspuljen',
        cells: ['4,2', '5,0', '6,0', '6,0'],
      }),
      aShapedProposal({
        reference: 'B26-DNS-12',
        title: 'Investering',
        kind: 'udvidelse',
        fundingSource: 'finansieres af egne midler',
        cells: ['1,0', '-2,0', '-2,0', '-2,0'],
      }),
      amended(
        aShapedProposal({ reference: 'B26-PSU-11', title: 'Ændret af Regionsrådet', cells: ['-3,0', '-3,0', '-3,0', '-3,0'] }),
        parseTable({ label: 'Drift', cells: ['-2,0', '-2,0', '-2,0', '-2,0'] }),
        'RR',
      ),
    ];
    const text = flat(await pdfText(await renderReportPdf('vedtaget', aBilagData({ proposals }))));
    expect(text).toContain('B26-SU-11 Besparelse på 1,5 mio. kr. årligt: Samme beløb hvert år');
    expect(text).toContain('B26-SU-12 Besparelse på 2,0 mio. kr. i 2027: Kun ét år');
    expect(text).toContain('B26-SU-13 Besparelse på 0,8 mio. kr. årligt i 2026-2028: Nogle år');
    expect(text).toContain(
      'B26-DNS-11 Udgift på 4,2 mio. kr. i 2026 stigende til 5,0 mio. kr. i 2027, 6,0 mio. kr. i 2028 og varigt: Flere lægevagter (finansieres af ulighedspuljen)',
    );
    expect(text).toContain(`B26-DNS-12 Nettovirkning på 1,0 mio. kr. i 2026 og ${MINUS}2,0 mio. kr. årligt fra 2027: Investering`);
    expect(text).toContain('B26-PSU-11 Besparelse på 2,0 mio. kr. årligt: Ændret af Regionsrådet (ændret af RR)');
  }, 30_000);

  it('includes a proposal named in the agreement before RR has recorded its adoption', async () => {
    const proposal = aShapedProposal(
      { reference: 'B26-UAR-11', title: 'Aftalt i budgetaftalen', cells: ['-1,0', '-1,0', '-1,0', '-1,0'] },
      { state: 'approved_by_fu' },
    );
    const text = flat(await pdfText(await renderReportPdf('vedtaget', aBilagData({ proposals: [proposal], agreement: anAgreement([proposal]) }))));
    expect(text).toContain('B26-UAR-11 Besparelse på 1,0 mio. kr. årligt: Aftalt i budgetaftalen');
  }, 30_000);

  it('says clearly that the budget is not yet adopted when there is no agreement', async () => {
    const data = demoBilagData();
    const proposals = data.proposals.map((proposal) => (proposal.id === demoId('B26-SU-01') ? proposal : { ...proposal, state: 'approved_by_fu' as const }));
    const text = flat(await pdfText(await renderReportPdf('vedtaget', { ...data, proposals, agreement: null })));
    expect(text).toContain('Vedtagne forslag, Budget 2026 Bilag til budgetaftalen for Budget 2026');
    expect(text).toContain('Budget 2026 er endnu ikke vedtaget: der er ingen budgetaftale.');
    expect(text).toContain('B26-SU-01 Besparelse på 10,0 mio. kr. årligt: Effektiv ambulatoriedrift');
    expect(text).not.toContain('B26-SU-02');
  }, 30_000);
});
