/**
 * The standards a PDF declares in its XMP metadata: pdfuaid:part (PDF/UA) and pdfaid:part with pdfaid:conformance
 * (PDF/A). pdfkit writes the metadata stream uncompressed, so the bytes can be read as they are.
 */
export function declaredStandards(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const declared: string[] = [];
  const ua = /<pdfuaid:part>\s*(\d+)\s*<\/pdfuaid:part>/.exec(text);
  if (ua) declared.push(`PDF/UA-${ua[1]}`);
  const aPart = /<pdfaid:part>\s*(\d+)\s*<\/pdfaid:part>/.exec(text);
  const aLevel = /<pdfaid:conformance>\s*([A-Za-z])\s*<\/pdfaid:conformance>/.exec(text);
  if (aPart) declared.push(`PDF/A-${aPart[1]}${aLevel ? aLevel[1].toLowerCase() : ''}`);
  return declared;
}
