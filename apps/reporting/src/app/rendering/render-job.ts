import { BilagData, ReportKey, renderReportPdf, renderReportXlsx, renderRoundExportCsv, renderRoundExportXlsx } from '@budgetflow/reporting/bilag';
import { ReportFormat } from '../reports/report-input';

/** What a stored report is: a bilag of the registry (a fact sheet too), or the flat round export, in a format. */
export type StoredKey = ReportKey | 'eksport';

/** One file to render: plain data, so it can be handed to a worker thread. */
export interface RenderJob {
  key: StoredKey;
  format: ReportFormat;
  bilag: BilagData;
  proposalId: string | null;
  /** false: the untagged PDF of before (the PDF benchmark's comparison only); the service always renders tagged. */
  tagged?: boolean;
}

/** Renders one job to its bytes (PDF, XLSX or CSV). Synchronous work of up to seconds: run it in a worker. */
export async function renderJob({ key, format, bilag, proposalId, tagged }: RenderJob): Promise<Buffer> {
  if (key === 'eksport') return format === 'csv' ? renderRoundExportCsv(bilag) : renderRoundExportXlsx(bilag);
  if (format === 'xlsx') return renderReportXlsx(key, bilag, proposalId ?? undefined);
  return renderReportPdf(key, bilag, proposalId ?? undefined, { tagged: tagged ?? true });
}
