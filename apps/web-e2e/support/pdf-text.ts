// The text of a PDF as a reader's copy-and-paste gives it (PDF.js through unpdf, as the services' tests read bilag),
// with every run of whitespace as one space.
export async function pdfText(pdf: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ').trim();
}
