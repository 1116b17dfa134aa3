import { renderReportPdf } from '../render';
import { aBilagData, demoBilagData, demoProposals, withProposal } from '../testing/bilag-data.builder';
import { flat, pdfText } from '@budgetflow/testing';

const MINUS = '\u2212';

describe('the frame status (rammeopfølgning)', () => {
  it("shows each committee's frame, its proposals by status, the counted sum and the rest (worked out by hand)", async () => {
    // All ten proposals as submitted, two of them still in progress.
    let proposals = demoProposals();
    proposals = withProposal(proposals, 'B26-SU-01', (proposal) => ({ ...proposal, state: 'submitted' }));
    proposals = withProposal(proposals, 'B26-PSU-02', (proposal) => ({ ...proposal, state: 'approved_by_fu' }));
    const text = flat(await pdfText(await renderReportPdf('rammeopfoelgning', aBilagData({ proposals }))));
    // Ramme, Under behandling, Godkendt af FU, Vedtaget, Medregnet i alt, Rest, Ikke medregnet.
    expect(text).toContain(`Sundhedsudvalget 24,0 ${MINUS}10,0 0,0 ${MINUS}14,0 ${MINUS}24,0 0,0 0,0`);
    expect(text).toContain(`Sundhedsvæsen 3,0 0,0 0,0 ${MINUS}2,825 ${MINUS}2,825 0,175 0,0`);
    expect(text).toContain(`Socialudvalget 4,0 0,0 ${MINUS}1,0 ${MINUS}3,0 ${MINUS}4,0 0,0 0,0`);
    expect(text).toContain(`Rekruttering 4,0 0,0 0,0 ${MINUS}4,0 ${MINUS}4,0 0,0 0,0`);
    expect(text).toContain(`I alt 35,0 ${MINUS}10,0 ${MINUS}1,0 ${MINUS}23,825 ${MINUS}34,825 0,175 0,0`);
    expect(text).toContain(`Mål for budgetrunden (råderum) 35,0 Medregnede forslag i alt ${MINUS}34,825 Rest 0,175`);
    expect(text).toContain('Udvalgenes rammer og forslag 2026 (P/L-2025; mio. kr.)');
  }, 30_000);

  it('uses the decided amounts, leaves rejected proposals out of the counted sum and names the amended proposals', async () => {
    // demoBilagData: FU amended SU-02 to -10,0 in 2026 and rejected PSU-03 (-0,5).
    const text = flat(await pdfText(await renderReportPdf('rammeopfoelgning', demoBilagData())));
    expect(text).toContain(`Sundhedsudvalget 24,0 0,0 0,0 ${MINUS}20,0 ${MINUS}20,0 4,0 0,0`);
    expect(text).toContain(`Socialudvalget 4,0 0,0 0,0 ${MINUS}3,5 ${MINUS}3,5 0,5 ${MINUS}0,5`);
    expect(text).toContain(`B26-SU-02 Bedre udnyttelse af ressourcerne på operation- og anæstesiområdet (ændret af FU) Vedtaget ${MINUS}10,0`);
    expect(text).toContain(`B26-PSU-03 Digital værdiskabelse Afvist af FU ${MINUS}0,5`);
    expect(text).toContain('Ændret: B26-SU-02 Bedre udnyttelse af ressourcerne på operation- og anæstesiområdet (ændret af FU).');
    expect(text).toContain(`I alt, Psykiatri- og Socialudvalget ${MINUS}3,5 ${MINUS}0,5`);
  }, 30_000);

  it('says so when no body amended any amount', async () => {
    expect(flat(await pdfText(await renderReportPdf('rammeopfoelgning', aBilagData())))).toContain(
      'Beløbene er som indsendt; intet forslag er ændret ved beslutning i FU eller RR.',
    );
  }, 30_000);

  it('ends with the generation time and data version', async () => {
    const text = await pdfText(await renderReportPdf('rammeopfoelgning', aBilagData({ dataVersion: 'v7', generatedAt: new Date('2026-06-30T22:15:00Z') })));
    expect(text).toContain('Dannet 01.07.2026 kl. 00.15 · dataversion v7');
    expect(text).toContain('Side 1 af');
  }, 30_000);
});
