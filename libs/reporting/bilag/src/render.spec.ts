import { REPORT_REGISTRY, availableRoundReportKeys, renderReportPdf } from './index';
import { aBilagData, demoBilagData, demoId } from './testing/bilag-data.builder';
import { generatedBilagData } from './testing/generated-round';
import { flat, pdfPageCount, pdfText } from '@budgetflow/testing';

describe('rendering', () => {
  it('renders every bilag as PDF with the fonts embedded', async () => {
    const data = demoBilagData();
    const pdfs = await Promise.all(REPORT_REGISTRY.map((report) => renderReportPdf(report.key, data, report.perProposal ? demoId('B26-DNS-01') : undefined)));
    expect(pdfs).toHaveLength(9);
    for (const pdf of pdfs) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Embedded TrueType: the PDF prints æ, ø, å and "−" the same on every reader.
      expect(pdf.toString('latin1')).toContain('/FontFile2');
    }
  }, 60_000);

  it('renders every bilag available for a round without proposals, target, agreement or budget questions', async () => {
    const empty = aBilagData({ proposals: [], agreement: null, questions: [], questionWindow: null });
    const data = { ...empty, round: { ...empty.round, round: { ...empty.round.round, target: null, frames: {} } } };
    // The agreement's documents come with the agreement.
    expect(availableRoundReportKeys(data)).toEqual(['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget', 'ikke-medregnet']);
    const texts = await Promise.all(availableRoundReportKeys(data).map(async (key) => flat(await pdfText(await renderReportPdf(key, data)))));
    expect(texts[0]).toContain('I alt -');
    expect(texts[1]).toContain('I alt - 0,0 0,0 0,0 0,0 - 0,0');
    expect(texts[2]).toContain('I alt - - - -');
    expect(texts[3]).toContain('Budget 2026 er endnu ikke vedtaget: der er ingen budgetaftale.');
    expect(texts[3]).toContain('Der er ingen vedtagne forslag.');
    expect(texts[4]).toContain('Alle indsendte forslag medregnes.');
  }, 60_000);

  it('prints Danish letters and the minus sign U+2212 from the embedded font', async () => {
    const text = await pdfText(await renderReportPdf('udmoentning', demoBilagData()));
    expect(text).toContain('Udmøntning');
    expect(text).toContain('Udvalg for Uddannelse, Arbejdsmiljø og Rekruttering');
    expect(text).toContain('I alt \u221230,325');
  }, 30_000);

  it('renders the catalogue of a generated round of 1,000 proposals', async () => {
    const data = generatedBilagData(1000);
    expect(data.proposals).toHaveLength(1000);
    const pdf = await renderReportPdf('katalog', data);
    // Title page, contents and overview, then at least one page per proposal.
    expect(pdfPageCount(pdf)).toBeGreaterThan(1000);
  }, 300_000);
});
