import { defineEvent } from '../event-definition';
import { reportGeneratedPayload } from '../parse/event-payloads';
import { Topic } from '../topics';

/** The events the reporting service publishes on Topic.ReportingEvents. */
export const ReportingEvent = {
  ReportGenerated: defineEvent(Topic.ReportingEvents, 'report.generated', 1, reportGeneratedPayload),
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
