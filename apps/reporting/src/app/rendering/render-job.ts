import {
  BilagData,
  ReportKey,
  renderAdoptedOverview,
  renderCatalogue,
  renderFactSheet,
  renderFrameStatus,
  renderReportXlsx,
  renderRoundExportCsv,
  renderRoundExportXlsx,
  renderYearTable,
} from '@budgetflow/reporting/bilag';
import { ReportFormat } from '../reports/report-input';

/** What a stored report is: a bilag (or a fact sheet), or the flat round export, in a format. */
export type StoredKey = ReportKey | 'eksport';

/** One file to render: plain data, so it can be handed to a worker thread. */
export interface RenderJob {
  key: StoredKey;
  format: ReportFormat;
  bilag: BilagData;
  proposalId: string | null;
}

const ROUND_REPORTS: Record<Exclude<ReportKey, 'faktaark'>, (data: BilagData) => Promise<Buffer>> = {
  katalog: renderCatalogue,
  rammeopfoelgning: renderFrameStatus,
  udmoentning: renderYearTable,
  vedtaget: renderAdoptedOverview,
};

export const ROUND_REPORT_KEYS = Object.keys(ROUND_REPORTS) as Exclude<ReportKey, 'faktaark'>[];

/** Renders one job to its bytes (PDF, XLSX or CSV). Synchronous work of up to seconds: run it in a worker. */
export async function renderJob({ key, format, bilag, proposalId }: RenderJob): Promise<Buffer> {
  if (key === 'eksport') return format === 'csv' ? renderRoundExportCsv(bilag) : renderRoundExportXlsx(bilag);
  if (format === 'xlsx') return renderReportXlsx(key, bilag, proposalId ?? undefined);
  return key === 'faktaark' ? renderFactSheet(bilag, proposalId ?? '') : ROUND_REPORTS[key](bilag);
}
