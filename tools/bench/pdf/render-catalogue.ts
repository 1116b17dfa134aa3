// The inputs of the PDF benchmark, made in a process of their own (with the TypeScript loader, which the measured
// renders do without):
//   node -r @swc-node/register tools/bench/pdf/render-catalogue.ts data <proposals> <out.json>   the bilag data, and
//     on standard output the heap cap the reporting service would give its render worker ({"heapLimitMb": …})
//   node -r @swc-node/register tools/bench/pdf/render-catalogue.ts html <proposals> <out.html>   the same content as HTML
// pdfmake's render is measured by render-in-worker.mjs (the service's render worker), Chromium's by printing the HTML.
import { writeFileSync } from 'node:fs';
import { renderHeapLimitMb } from '../../../apps/reporting/src/app/rendering/render-heap-limit';
import { catalogueDocument } from '../../../libs/reporting/bilag/src/documents/catalogue.document';
import { pdfDefinition } from '../../../libs/reporting/bilag/src/layout/pdf-definition';
import { FONT_DIRECTORY } from '../../../libs/reporting/bilag/src/pdf/fonts';
import { generatedBilagData } from '../../../libs/reporting/bilag/src/testing/generated-round';
import { documentHtml } from './document-html';

function main(kind: string | undefined, count: number, out: string | undefined): void {
  if ((kind !== 'data' && kind !== 'html') || !Number.isInteger(count) || !out) throw new Error('Usage: render-catalogue.ts data|html <proposals> <out>');
  const data = generatedBilagData(count);
  if (kind === 'data') {
    writeFileSync(out, JSON.stringify(data));
    console.log(JSON.stringify({ heapLimitMb: renderHeapLimitMb({ key: 'katalog', format: 'pdf', bilag: data, proposalId: null }) ?? null }));
  } else {
    const { round } = data.round;
    writeFileSync(out, documentHtml(pdfDefinition(catalogueDocument(data)).definition, { left: round.region, right: round.name }, FONT_DIRECTORY));
  }
}

main(process.argv[2], Number(process.argv[3]), process.argv[4]);
