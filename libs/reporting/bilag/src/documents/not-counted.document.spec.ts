import { renderReportPdf } from '../render';
import { reportTables } from '../xlsx/report-workbooks';
import { aBilagData, demoBilagData, demoProposals, withProposal } from '../testing/bilag-data.builder';
import { flat, pdfText } from '@budgetflow/testing';

const MINUS = '\u2212';

describe('the proposals not counted (ikke medregnet)', () => {
  it('lists the rejected, not adopted and lapsed proposals by committee with their amounts and sums (worked out by hand)', async () => {
    // From the Budget 2026 catalogue: SU-01 -10,0 every year, DNS-02 -2,2 in 2026 only, PSU-03 -0,5 every year.
    let proposals = demoProposals();
    proposals = withProposal(proposals, 'B26-SU-01', (proposal) => ({ ...proposal, state: 'not_adopted' }));
    proposals = withProposal(proposals, 'B26-DNS-02', (proposal) => ({ ...proposal, state: 'lapsed' }));
    proposals = withProposal(proposals, 'B26-PSU-03', (proposal) => ({ ...proposal, state: 'rejected_by_fu' }));
    // Neither a withdrawn proposal nor a draft is part of the material.
    proposals = withProposal(proposals, 'B26-UAR-01', (proposal) => ({ ...proposal, state: 'withdrawn' }));
    const text = flat(await pdfText(await renderReportPdf('ikke-medregnet', aBilagData({ proposals }))));
    expect(text).toContain(`Ikke vedtaget ${MINUS}10,0 ${MINUS}10,0 ${MINUS}10,0 ${MINUS}10,0`);
    expect(text).toContain(`I alt, Sundhedsudvalget ${MINUS}10,0 ${MINUS}10,0 ${MINUS}10,0 ${MINUS}10,0`);
    expect(text).toContain(`Bortfaldet ${MINUS}2,2 - - -`);
    expect(text).toContain(`I alt, Psykiatri- og Socialudvalget ${MINUS}0,5 ${MINUS}0,5 ${MINUS}0,5 ${MINUS}0,5`);
    expect(text).toContain(`I alt ${MINUS}12,7 ${MINUS}10,5 ${MINUS}10,5 ${MINUS}10,5`);
    expect(text).toContain('3 indsendte forslag medregnes ikke mod rammerne (status ikke vedtaget, bortfaldet og afvist af FU).');
    expect(text).not.toContain('B26-UAR-01');
    expect(text).not.toContain('B26-DNS-01');
  }, 30_000);

  it('uses the decided amounts and gives the workbook the same rows', () => {
    // demoBilagData: FU rejected PSU-03 (-0,5 every year); everything else was adopted.
    const [table] = reportTables('ikke-medregnet', demoBilagData());
    expect(table?.spec.rows.map((row) => row.texts.filter((cell) => cell !== '').join(' '))).toEqual([
      'Psykiatri- og Socialudvalget',
      'B26-PSU-03 Digital værdiskabelse Afvist af FU',
      'I alt, Psykiatri- og Socialudvalget',
      'I alt',
    ]);
    expect(table?.notes?.[0]).toBe(
      '1 indsendt forslag medregnes ikke mod rammerne (status afvist af FU). Beløbene er de besluttede, ellers som indsendt; besparelser er negative.',
    );
  });

  it('says so when every submitted proposal counts', async () => {
    const text = flat(await pdfText(await renderReportPdf('ikke-medregnet', aBilagData())));
    expect(text).toContain('I alt - - - -');
    expect(text).toContain('Alle indsendte forslag medregnes.');
  }, 30_000);
});
