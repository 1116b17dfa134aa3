/** Event types the reporting service publishes on Topic.ReportingEvents (version 1). */
export const ReportingEventType = {
  ReportGenerated: 'report.generated',
} as const;

/** report.generated.v1: a bilag was rendered from new data (aggregate = round id). */
export interface ReportGeneratedV1 {
  roundId: string;
  report: string;
  /** The proposal of a fact sheet; null for round-wide reports. */
  proposalId: string | null;
  /** The report's ETag: it changes exactly when the data the report shows changes. */
  etag: string;
  dataVersion: number;
}
