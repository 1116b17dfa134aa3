import { PdfkitDocument } from './pdfkit-document';

// pdfkit declares one standard (`subset`): the bilag are made as PDF/A-2a, and the PDF/UA-1 identification is added to
// the XMP metadata here, with the extension schema PDF/A requires for a namespace outside its own list.
const PDF_UA_IDENTIFICATION = `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

/** The standards a tagged bilag claims, as pdfmake passes them to pdfkit. */
export const TAGGED_PDF_OPTIONS = { version: '1.7', subset: 'PDF/A-2a', tagged: true, displayTitle: true } as const;

/** Adds the PDF/UA-1 identification to the document's XMP metadata (pdfkit writes the PDF/A one). */
export function identifyPdfUa(document: PdfkitDocument): void {
  document.appendXML(PDF_UA_IDENTIFICATION);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * pdfkit copies the title, author and subject into the XMP metadata as they are: a round named «Drift & anlæg» would
 * make it malformed XML. While pdfkit writes the XMP its info is escaped; the Info dictionary keeps the plain text.
 */
export function escapeXmpInfo(document: PdfkitDocument): void {
  const target = document as unknown as { info: Record<string, unknown>; _addInfo(): void };
  const addInfo = target._addInfo;
  target._addInfo = function (this: typeof target) {
    const plain = this.info;
    this.info = Object.fromEntries(Object.entries(plain).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}
