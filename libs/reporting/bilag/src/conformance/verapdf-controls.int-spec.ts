// The veraPDF check itself (tools/pdf/verapdf.mjs, Java 17): it passes a PDF that pdfkit tags properly and fails
// today's untagged bilag, so a green conformance test means something.
import { PDF_PROFILES, PdfProfile, PdfVerdict, failedRuleIds, validatePdfBuffers } from '@budgetflow/testing';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { FONT_DIRECTORY } from '../pdf/fonts';
import { renderReportPdf } from '../render';
import { demoBilagData } from '../testing/bilag-data.builder';

// pdfkit's options for a structure element; @types/pdfkit 0.17 does not know `scope`.
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Column' | 'Row' };

// PDF/A-2a's identification next to PDF/UA's: pdfkit's `subset` takes one value. PDF/A asks every XMP property outside
// its predefined schemas to be described by an extension schema, and pdfuaid:part is one of them (rule 6.6.2.3.1).
const PDFA_2A_IDENTIFICATION = `
  <rdf:Description xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" rdf:about="">
    <pdfaid:part>2</pdfaid:part>
    <pdfaid:conformance>A</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
    <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
      </rdf:li></rdf:Seq></pdfaSchema:property>
    </rdf:li></rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>`;

/** What pdfkit adds for PDF/A but not for PDF/UA: the sRGB output intent (else DeviceGray/RGB fail rule 6.2.4.3). */
function addSrgbOutputIntent(doc: PDFKit.PDFDocument): void {
  const icc = readFileSync(join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc'));
  const profile = doc.ref({ Length: icc.length, N: 3 });
  profile.end(icc);
  const condition = 'sRGB IEC61966-2.1';
  const intent = doc.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    Info: new String(condition),
    OutputConditionIdentifier: new String(condition),
    DestOutputProfile: profile,
  });
  intent.end(null);
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.OutputIntents = [intent];
}

/**
 * A one-page document tagged with pdfkit's own API (H1, P and a table with header cells), in Danish, as PDF/UA-1.
 * mendCidSet: pdfkit writes a CIDSet for its subset fonts whenever the declared part is 1 (meant for PDF/A-1), and
 * PDF/UA's part is 1 too; that CIDSet leaves glyphs of the font program out (.notdef, composite glyphs' parts), which
 * is rule 7.21.4.2-2. PDF/UA-1 and PDF/A-2 need no CIDSet, so the mend writes the part as the string "1": the same
 * XMP identification, and no CIDSet. declarePdfA: PDF/A-2a declared as well (the XMP and the output intent above).
 */
function taggedPdfkitDocument({ mendCidSet, declarePdfA }: { mendCidSet: boolean; declarePdfA: boolean }): Promise<Buffer> {
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
  if (declarePdfA) {
    doc.appendXML(PDFA_2A_IDENTIFICATION);
    addSrgbOutputIntent(doc);
  }
  if (mendCidSet) Object.assign(doc, { subset: String((doc as unknown as { subset: number }).subset) });
  doc.end();
  return done;
}

describe('veraPDF (tools/pdf/verapdf.mjs)', () => {
  // One Java run for the three controls: every file against every profile.
  let verdicts: Array<PdfVerdict & { name: string }>;
  function verdictOf(name: string, profile: PdfProfile): PdfVerdict {
    const verdict = verdicts.find((candidate) => candidate.name === name && candidate.profile === profile);
    if (!verdict) throw new Error(`veraPDF gave no verdict for ${name} ${profile}`);
    return verdict;
  }

  beforeAll(async () => {
    verdicts = await validatePdfBuffers({
      tagged: await taggedPdfkitDocument({ mendCidSet: true, declarePdfA: true }),
      untagged: await renderReportPdf('udmoentning', demoBilagData(), '', { tagged: false }),
      unmended: await taggedPdfkitDocument({ mendCidSet: false, declarePdfA: false }),
      text: Buffer.from('no PDF here'),
    });
  }, 600_000);

  it('passes a PDF tagged with pdfkit as PDF/UA-1 and PDF/A-2a/b/u, and fails an untagged bilag, naming the rules', () => {
    const tagged = PDF_PROFILES.map((profile) => verdictOf('tagged', profile));
    expect(tagged.map(({ profile, passed, failedRules }) => ({ profile, passed, failedRules }))).toEqual(
      PDF_PROFILES.map((profile) => ({ profile, passed: true, failedRules: [] })),
    );
    expect(tagged[0].veraPdfVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const untagged = PDF_PROFILES.map((profile) => verdictOf('untagged', profile));
    expect(untagged.map(({ profile, passed }) => ({ profile, passed }))).toEqual(PDF_PROFILES.map((profile) => ({ profile, passed: false })));
    const untaggedUa = verdictOf('untagged', 'PDF/UA-1');
    // 7.1-3: content neither tagged nor marked as an artifact.
    expect(failedRuleIds(untaggedUa)).toContain('7.1-3');
    expect(untaggedUa.failedRules.find((rule) => rule.clause === '7.1' && rule.testNumber === 3)).toMatchObject({
      description: 'Content shall be marked as Artifact or tagged as real content',
      count: expect.any(Number),
    });
  });

  it("finds pdfkit's CIDSet fault (7.21.4.2-2) on the same document without the mend", () => {
    expect(failedRuleIds(verdictOf('unmended', 'PDF/UA-1'))).toEqual(['7.21.4.2-2']);
  });

  it('reports a file it cannot read as failed, with the reason', () => {
    expect(verdictOf('text', 'PDF/A-2b')).toMatchObject({ passed: false, error: expect.stringContaining('Exception') });
  });
});
