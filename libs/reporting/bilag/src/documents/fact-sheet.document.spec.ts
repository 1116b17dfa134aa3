import { renderReportPdf } from '../render';
import { aBilagData, amended, demoId, demoProposals, parseTable, withProposal } from '../testing/bilag-data.builder';
import { flat, pdfPages } from '@budgetflow/testing';

const MINUS = '\u2212';

describe('the fact sheet (faktaark)', () => {
  const proposals = withProposal(demoProposals(), 'B26-DNS-02', (proposal) =>
    amended(proposal, parseTable({ label: 'Drift', cells: ['-1,8', '-0,4', '-', '-'] }), 'RR', 'adopted'),
  );
  const data = aBilagData({ proposals });

  it('shows one proposal as submitted under a header with reference, committee and status', async () => {
    const pages = await pdfPages(await renderReportPdf('faktaark', data, demoId('B26-DNS-01')));
    const text = flat(pages.join('\n'));
    expect(text).toContain('Faktaark B26-DNS-01 Udvalg Udvalg for Det Nære Sundhedsvæsen Status Vedtaget');
    expect(text).toContain('Besparelse på medicinkøb til lægevagten via Sygehusapoteket');
    expect(text).toContain('Hospital/virksomhed/område forslaget vedrører: Lægevagten');
    expect(text).toContain(`Samlet, prioriteringsforslag ${MINUS}0,125 ${MINUS}0,125 ${MINUS}0,125 ${MINUS}0,125`);
    expect(text).not.toContain('Besluttet');
    expect(pages[0]).toContain(`Faktaark B26-DNS-01, Budget 2026 Side 1 af ${pages.length}`);
    expect(pages[pages.length - 1]).toContain('Dannet 23.11.2026 kl. 14.05 · dataversion 2026-11-23.42');
  }, 30_000);

  it('adds the decided table, labelled with the body that amended it, below the submitted one', async () => {
    const text = flat((await pdfPages(await renderReportPdf('faktaark', data, demoId('B26-DNS-02')))).join('\n'));
    const submitted = text.indexOf(`Som indsendt Økonomisk konsekvens (P/L-2025; mio. kr.) 2026 2027 2028 Permanent Drift ${MINUS}2,2 - - -`);
    const decided = text.indexOf(
      `Besluttet af RR med ændringer Økonomisk konsekvens (P/L-2025; mio. kr.) 2026 2027 2028 Permanent Drift ${MINUS}1,8 ${MINUS}0,4 - -`,
    );
    expect(submitted).toBeGreaterThan(0);
    expect(decided).toBeGreaterThan(submitted);
    expect(text).toContain(`Samlet, prioriteringsforslag ${MINUS}1,8 ${MINUS}0,4 - -`);
    expect(text).toContain('Status: Vedtaget; beløbene er ændret af RR');
  }, 30_000);

  it('refuses an unknown proposal with a clear message', async () => {
    await expect(renderReportPdf('faktaark', data, 'no-such-proposal')).rejects.toThrow('Forslaget «no-such-proposal» findes ikke i Budget 2026.');
  });
});
