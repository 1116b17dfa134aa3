// One measurement of the PDF benchmark, in a process of its own so that its peak memory is its own:
//   node -r @swc-node/register tools/bench/pdf/render-catalogue.ts pdfmake <proposals> <out.pdf>
//   node -r @swc-node/register tools/bench/pdf/render-catalogue.ts html <proposals> <out.html>
// Prints one JSON line: the render time in this process, the resident memory before it and the peak.
import { writeFileSync } from 'node:fs';
import { renderReportPdf } from '../../../libs/reporting/bilag/src';
import { catalogueDocument } from '../../../libs/reporting/bilag/src/documents/catalogue.document';
import { FONT_DIRECTORY } from '../../../libs/reporting/bilag/src/pdf/fonts';
import { generatedBilagData } from '../../../libs/reporting/bilag/src/testing/generated-round';
import { documentHtml } from './document-html';

async function main(kind: string | undefined, count: number, out: string | undefined): Promise<void> {
  if ((kind !== 'pdfmake' && kind !== 'html') || !Number.isInteger(count) || !out) throw new Error('Usage: render-catalogue.ts pdfmake|html <proposals> <out>');
  const data = generatedBilagData(count);
  // Node, the TypeScript loader and the libraries, before any rendering: part of the peak, not of the render.
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  if (kind === 'pdfmake') {
    writeFileSync(out, await renderReportPdf('katalog', data));
  } else {
    const { round } = data.round;
    writeFileSync(out, documentHtml(catalogueDocument(data), { left: round.region, right: round.name }, FONT_DIRECTORY));
  }
  const renderMs = performance.now() - started;
  console.log(JSON.stringify({ renderMs, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main(process.argv[2], Number(process.argv[3]), process.argv[4]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
