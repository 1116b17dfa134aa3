import { BilagDocument } from './document/bilag-document';
import { pdfDefinition } from './layout/pdf-definition';
import { BilagData } from './model/bilag-data';
import { renderToBuffer } from './pdf/render-to-buffer';
import { reportDefinition } from './report-registry';
import { ReportKey } from './reports';

/** A document model as PDF. */
export async function renderDocumentPdf(document: BilagDocument): Promise<Buffer> {
  return renderToBuffer(pdfDefinition(document).definition);
}

/**
 * A report as PDF, made as the registry says from the data its selection keeps. A per-proposal report (the fact
 * sheet) needs its proposal's id and rejects with a RangeError when the proposal is unknown.
 */
export async function renderReportPdf(key: ReportKey, data: BilagData, proposalId = ''): Promise<Buffer> {
  return renderDocumentPdf(reportDefinition(key).document(data, proposalId));
}
