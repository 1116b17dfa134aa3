import { renderReportPdf } from '../render';
import { aBilagData, amended, demoProposals, parseTable, withProposal } from '../testing/bilag-data.builder';
import { trailingAmounts } from '../testing/pdf-figures';
import { flat, pdfPages } from '@budgetflow/testing';

const MINUS = '\u2212';
const COMMITTEES = [
  'Sundhedsudvalget',
  'Udvalg for Det Nære Sundhedsvæsen',
  'Psykiatri- og Socialudvalget',
  'Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering',
];

describe('the catalogue (Forslag til omstillingstemaer)', () => {
  let pages: string[];
  let text: string;
  let titles: string[];

  beforeAll(async () => {
    titles = demoProposals().map((proposal) => proposal.content.title);
    // SU-02 amended by FU: the catalogue must still show the table as submitted.
    const proposals = withProposal(demoProposals(), 'B26-SU-02', (proposal) =>
      amended(proposal, parseTable({ label: 'Drift', cells: ['-10,0', '-12,0', '-14,0', '-14,0'] }), 'FU'),
    );
    pages = await pdfPages(await renderReportPdf('katalog', aBilagData({ proposals })));
    text = flat(pages.join('\n'));
  }, 60_000);

  function overviewLines(): string[] {
    const overview = pages.find((page) => page.includes('Forslag til omstillingstemaer 2026 (P/L-2025; mio. kr.)'));
    if (!overview) throw new Error('No overview page');
    return overview.split('\n');
  }

  it('has a title page with title, region, price level and date, and a running footer "Side 1 af N"', () => {
    const first = flat(pages[0] ?? '');
    expect(first).toContain('Region Nordjylland');
    expect(first).toContain('Forslag til omstillingstemaer, Budget 2026');
    expect(first).toContain('P/L-2025');
    expect(first).toContain('23. november 2026');
    expect(first).toContain(`Side 1 af ${pages.length}`);
    pages.forEach((page, index) => expect(page).toContain(`Side ${index + 1} af ${pages.length}`));
  });

  it('starts each proposal on its own page and leaves no page blank', () => {
    // Title page, contents, overview, then each proposal from the top of a page (a long one over several).
    const opening = pages.slice(3).map((page) => page.split('\n')[1]);
    for (const title of titles) expect(opening).toContain(title);
    // Besides the running header and footer, every page has content.
    pages.forEach((page) => expect(page.split('\n').length).toBeGreaterThan(3));
    expect(pages[3]).toMatch(/^Sundhedsudvalget\nEffektiv ambulatoriedrift\n/);
  });

  it('has a table of contents with the committees and proposals', () => {
    const contents = flat(pages[1] ?? '');
    expect(contents).toContain('Indhold');
    for (const committee of COMMITTEES) expect(contents).toContain(committee);
    expect(contents).toContain('Besparelse på medicinkøb til lægevagten via Sygehusapoteket');
  });

  it('lists the ten proposals in the overview under their four committees, in the round order', () => {
    const lines = overviewLines().join('\n');
    const references = [...lines.matchAll(/B26-[A-Z]+-\d+/g)].map((match) => match[0]);
    expect(references).toEqual([
      'B26-SU-01',
      'B26-SU-02',
      'B26-DNS-01',
      'B26-DNS-02',
      'B26-DNS-03',
      'B26-PSU-01',
      'B26-PSU-02',
      'B26-PSU-03',
      'B26-UAR-01',
      'B26-UAR-02',
    ]);
    const positions = COMMITTEES.map((committee) => lines.indexOf(`\n${committee}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sums each committee and "I alt" from the exact detail amounts (−2,825, not the catalogue\'s rounded −2,8)', () => {
    const lines = overviewLines();
    const sumOf = (label: string) => lines.map((line) => (line.startsWith(label) ? trailingAmounts(line, 1) : null)).find((amounts) => amounts !== null);
    expect(sumOf('I alt, Sundhedsudvalget ')).toEqual([-24000]);
    expect(sumOf('I alt, Udvalg for Det Nære Sundhedsvæsen ')).toEqual([-2825]);
    expect(sumOf('I alt, Psykiatri- og Socialudvalget ')).toEqual([-4000]);
    expect(sumOf('I alt, Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering ')).toEqual([-4000]);
    expect(lines).toContain(`I alt ${MINUS}34,825`);
    expect(lines.join('\n')).toContain(`B26-DNS-01 Besparelse på medicinkøb til lægevagten via Sygehusapoteket Vedtaget ${MINUS}0,125`);
    expect(lines.join('\n')).not.toMatch(/−2,8(?!\d)/);
  });

  it('has one section per proposal with area, status, text sections and the consequence table', () => {
    expect(text).toContain('Hospital/virksomhed/område forslaget vedrører: Lægevagten');
    expect(text).toContain('Status: Vedtaget');
    expect(text).toContain('Baggrund');
    expect(text).toContain('Økonomisk konsekvens (P/L-2025; mio. kr.) 2026 2027 2028 Permanent');
    expect(text).toContain(
      `Drift ${MINUS}0,125 ${MINUS}0,125 ${MINUS}0,125 ${MINUS}0,125 Eventuelle etableringsudgifter (fx vedr. anlæg) - - - - Samlet, prioriteringsforslag ${MINUS}0,125`,
    );
    // A row under its category heading, as in the Budget 2026 catalogue.
    expect(text).toContain(`Drift Effektiv ambulatoriedrift – diverse initiativer ${MINUS}10,0`);
    // The table follows "Økonomi" and comes before "Øvrige forhold", as in the template (the section may run over two pages).
    const section = text.slice(text.indexOf('Reference: B26-SU-01'), text.indexOf('Reference: B26-SU-02'));
    expect(section.indexOf('Økonomi')).toBeLessThan(section.indexOf('Økonomisk konsekvens'));
    expect(section.indexOf(`Samlet, prioriteringsforslag ${MINUS}10,0`)).toBeLessThan(section.indexOf('Øvrige forhold'));
    expect(text).toContain(`Drift 0,0 0,0 0,0 0,0 Besparelser ${MINUS}2,0 ${MINUS}2,0 ${MINUS}2,0 ${MINUS}2,0 Samlet, prioriteringsforslag ${MINUS}2,0`);
  });

  it('shows an amended proposal as submitted and says that the decided amounts differ', () => {
    expect(text).toContain(`Drift ${MINUS}14,0 ${MINUS}14,0 ${MINUS}14,0 ${MINUS}14,0 Samlet, prioriteringsforslag ${MINUS}14,0`);
    expect(text).toContain('Status: Vedtaget; beløbene er ændret af FU (tabellen viser forslaget som indsendt)');
    expect(text).not.toContain('Besluttet af FU med ændringer');
  });

  it('leaves out drafts and withdrawn proposals', async () => {
    let proposals = withProposal(demoProposals(), 'B26-SU-01', (proposal) => ({ ...proposal, state: 'draft' }));
    proposals = withProposal(proposals, 'B26-DNS-02', (proposal) => ({ ...proposal, state: 'withdrawn' }));
    const catalogue = flat((await pdfPages(await renderReportPdf('katalog', aBilagData({ proposals })))).join('\n'));
    expect(catalogue).not.toContain('B26-SU-01');
    expect(catalogue).not.toContain('B26-DNS-02');
    expect(catalogue).toContain(`I alt, Udvalg for Det Nære Sundhedsvæsen ${MINUS}0,625`);
    expect(catalogue).toContain(`I alt ${MINUS}22,625`);
  }, 60_000);

  it('prints æ, ø, å and the minus sign as text, and the generation time and data version on the last page', () => {
    expect(text).toMatch(/æ.*ø.*å/);
    expect(pages[pages.length - 1]).toContain('Dannet 23.11.2026 kl. 14.05 · dataversion 2026-11-23.42');
    expect(pages.slice(0, -1).join('\n')).not.toContain('Dannet');
  });
});
