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

  it('shows FU’s and RR’s decisions with their text, and for a lapsed proposal why it lapsed', async () => {
    const meeting = '2025-09-02';
    const decided = withProposal(
      withProposal(demoProposals(), 'B26-SU-01', (proposal) => ({
        ...proposal,
        state: 'adopted',
        stateSequence: 5,
        steps: [
          { stateSequence: 3, state: 'on_fu_agenda', meetingDate: meeting, outcome: null, decisionText: null },
          { stateSequence: 4, state: 'approved_by_fu', meetingDate: meeting, outcome: 'approved', decisionText: 'Godkendt som indstillet.' },
          { stateSequence: 5, state: 'adopted', meetingDate: '2025-10-08', outcome: 'adopted', decisionText: 'Vedtaget med budgetaftalen.' },
        ],
      })),
      'B26-SU-02',
      (proposal) => ({
        ...proposal,
        state: 'lapsed',
        stateSequence: 5,
        steps: [
          { stateSequence: 3, state: 'on_fu_agenda', meetingDate: meeting, outcome: null, decisionText: null },
          { stateSequence: 4, state: 'submitted', meetingDate: meeting, outcome: 'postponed', decisionText: 'Udsat til næste møde.' },
          { stateSequence: 5, state: 'lapsed', meetingDate: null, outcome: null, decisionText: null },
        ],
      }),
    );
    const withDecisions = aBilagData({ proposals: decided });

    const adopted = flat((await pdfPages(await renderReportPdf('faktaark', withDecisions, demoId('B26-SU-01')))).join('\n'));
    expect(adopted).toContain(
      'Beslutninger Forretningsudvalget, 2. september 2025: Godkendt. Godkendt som indstillet. Regionsrådet, 8. oktober 2025: Vedtaget. Vedtaget med budgetaftalen.',
    );
    expect(adopted).not.toContain('Hvorfor bortfaldet');

    const lapsed = flat((await pdfPages(await renderReportPdf('faktaark', withDecisions, demoId('B26-SU-02')))).join('\n'));
    expect(lapsed).toContain(
      'Status Bortfaldet Hvorfor bortfaldet: Forretningsudvalget udsatte forslaget den 2. september 2025, og det var ikke behandlet igen, da budgetaftalen blev vedtaget.',
    );
    expect(lapsed).toContain('Beslutninger Forretningsudvalget, 2. september 2025: Udsat. Udsat til næste møde.');
  }, 60_000);

  it('refuses an unknown proposal with a clear message', async () => {
    await expect(renderReportPdf('faktaark', data, 'no-such-proposal')).rejects.toThrow('Forslaget «no-such-proposal» findes ikke i Budget 2026.');
  });
});
