import { BilagDocument } from './document/bilag-document';
import { pdfDefinition } from './layout/pdf-definition';
import { BilagData } from './model/bilag-data';
import { hookLayout, renderToBuffer } from './pdf/render-to-buffer';
import { reportDefinition } from './report-registry';
import { ReportKey } from './reports';
import { TAGGED_PDF_OPTIONS } from './tagging/conformance';
import { tagPdfmakeRendering } from './tagging/tagged-rendering';

/** How a PDF is made: tagged (PDF/UA-1 and PDF/A-2a, the default) or, for comparison, as the untagged PDF 1.3 of before. */
export interface PdfOptions {
  readonly tagged?: boolean;
}

/** A document model as PDF. */
export async function renderDocumentPdf(document: BilagDocument, options: PdfOptions = {}): Promise<Buffer> {
  const { definition } = pdfDefinition(document);
  if (options.tagged === false) return renderToBuffer(definition);
  hookLayout();
  tagPdfmakeRendering();
  return renderToBuffer({ ...definition, ...TAGGED_PDF_OPTIONS });
}

/**
 * A report as PDF, made as the registry says from the data its selection keeps. A per-proposal report (the fact
 * sheet) needs its proposal's id and rejects with a RangeError when the proposal is unknown.
 */
export async function renderReportPdf(key: ReportKey, data: BilagData, proposalId = '', options: PdfOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(reportDefinition(key).document(data, proposalId), options);
}
