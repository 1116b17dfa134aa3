// The veraPDF check itself (tools/pdf/verapdf.mjs, Java 17): it passes a PDF that pdfkit tags properly and fails
// today's untagged bilag, so a green conformance test means something.
import { failedRuleIds, validatePdfBuffers } from '@budgetflow/testing';
import PDFDocument from 'pdfkit';
import { FONT_DIRECTORY } from '../pdf/fonts';
import { renderReportPdf } from '../render';
import { demoBilagData } from '../testing/bilag-data.builder';

// pdfkit's options for a structure element; @types/pdfkit 0.17 does not know `scope`.
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Column' | 'Row' };

/**
 * A one-page document tagged with pdfkit's own API (H1, P and a table with header cells), in Danish, as PDF/UA-1.
 * mendCidSet: pdfkit writes a CIDSet for its subset fonts whenever the declared part is 1 (meant for PDF/A-1), and
 * PDF/UA's part is 1 too; that CIDSet leaves glyphs of the font program out (.notdef, composite glyphs' parts), which
 * is rule 7.21.4.2-2. PDF/UA-1 and PDF/A-2 need no CIDSet, so the mend writes the part as the string "1": the same
 * XMP identification, and no CIDSet.
 */
function taggedPdfkitDocument({ mendCidSet }: { mendCidSet: boolean }): Promise<Buffer> {
  const options = {
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: 'da-DK',
    displayTitle: true,
    font: `${FONT_DIRECTORY}/Roboto-Regular.ttf`,
    info: { Title: 'Kontrol: mærket PDF' },
  } as const;
  // @types/pdfkit 0.17 lists only the PDF/A subsets; pdfkit 0.19 takes 'PDF/UA' as well.
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const cell = (type: 'TH' | 'TD', text: string, x: number, y: number, options: StructOptions = {}) =>
    doc.struct(type, options, () => {
      doc.text(text, x, y, { lineBreak: false });
    });
  doc.addStructure(
    doc.struct('Document', {}, [
      doc.struct('H1', {}, () => {
        doc.fontSize(18).text('Økonomiudvalgets forslag');
      }),
      doc.struct('P', {}, () => {
        doc.fontSize(11).text('Beløb i mio. kr. Æ, ø og å skal med.');
      }),
      doc.struct('Table', {}, [
        doc.struct('TR', {}, [cell('TH', 'Forslag', 72, 160, { scope: 'Column' }), cell('TH', '2026', 300, 160, { scope: 'Column' })]),
        doc.struct('TR', {}, [cell('TH', 'Færre kørsler', 72, 180, { scope: 'Row' }), cell('TD', '−1,5', 300, 180)]),
      ]),
    ]),
  );
  if (mendCidSet) Object.assign(doc, { subset: String((doc as unknown as { subset: number }).subset) });
  doc.end();
  return done;
}

describe('veraPDF (tools/pdf/verapdf.mjs)', () => {
  it('passes a PDF tagged with pdfkit as PDF/UA-1 and fails an untagged bilag, naming the rules', async () => {
    const [tagged, untagged] = await validatePdfBuffers(
      { tagged: await taggedPdfkitDocument({ mendCidSet: true }), untagged: await renderReportPdf('udmoentning', demoBilagData(), '', { tagged: false }) },
      ['PDF/UA-1'],
    );
    expect(tagged).toMatchObject({ name: 'tagged', profile: 'PDF/UA-1', passed: true, failedRules: [] });
    expect(tagged.veraPdfVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(untagged).toMatchObject({ name: 'untagged', profile: 'PDF/UA-1', passed: false });
    // 7.1-3: content neither tagged nor marked as an artifact.
    expect(failedRuleIds(untagged)).toContain('7.1-3');
    expect(untagged.failedRules.find((rule) => rule.clause === '7.1' && rule.testNumber === 3)).toMatchObject({
      description: 'Content shall be marked as Artifact or tagged as real content',
      count: expect.any(Number),
    });
  }, 120_000);

  it("finds pdfkit's CIDSet fault (7.21.4.2-2) on the same document without the mend", async () => {
    const [verdict] = await validatePdfBuffers({ unmended: await taggedPdfkitDocument({ mendCidSet: false }) }, ['PDF/UA-1']);
    expect(failedRuleIds(verdict)).toEqual(['7.21.4.2-2']);
  }, 120_000);

  it('reports a file it cannot read as failed, with the reason', async () => {
    const [verdict] = await validatePdfBuffers({ text: Buffer.from('no PDF here') }, ['PDF/A-2b']);
    expect(verdict).toMatchObject({ passed: false, error: expect.stringContaining('Exception') });
  }, 120_000);
});
