import { BilagData } from './model/bilag-data';
import { renderToBuffer } from './pdf/render-to-buffer';
import { reportDefinition } from './report-registry';
import { ReportKey } from './reports';

/**
 * A report as PDF, made as the registry says from the data its selection keeps. A per-proposal report (the fact
 * sheet) needs its proposal's id and rejects with a RangeError when the proposal is unknown.
 */
export async function renderReportPdf(key: ReportKey, data: BilagData, proposalId = ''): Promise<Buffer> {
  return renderToBuffer(reportDefinition(key).document(data, proposalId));
}
