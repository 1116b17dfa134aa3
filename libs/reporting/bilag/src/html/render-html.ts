import { BilagData } from '../model/bilag-data';
import { reportDefinition } from '../report-registry';
import { ReportKey } from '../reports';
import { HtmlOptions, documentHtml } from './document-html';

/** A report as an HTML fragment, made as the registry says: the same document model its PDF is laid out from. */
export function renderReportHtml(key: ReportKey, data: BilagData, proposalId = '', options: HtmlOptions = {}): string {
  return documentHtml(reportDefinition(key).document(data, proposalId), options);
}
