import { ReportKey } from '../reports';

/** The PDF profiles veraPDF checks every report against. */
export type PdfProfile = 'PDF/UA-1' | 'PDF/A-2a' | 'PDF/A-2b' | 'PDF/A-2u';
export const CHECKED_PROFILES: readonly PdfProfile[] = ['PDF/UA-1', 'PDF/A-2a', 'PDF/A-2b', 'PDF/A-2u'];

/** One rule veraPDF found broken, e.g. { rule: '7.1-3', description: 'Content shall be marked as Artifact …' }. */
export interface RecordedRule {
  readonly rule: string;
  readonly description: string;
}

export interface RecordedProfileVerdict {
  readonly passed: boolean;
  readonly failedRules: readonly RecordedRule[];
}

export interface RecordedReportVerdict {
  /** The standards the PDF declares in its XMP metadata (pdfuaid, pdfaid), e.g. ['PDF/UA-1', 'PDF/A-2a']. */
  readonly declared: readonly string[];
  readonly profiles: Readonly<Record<PdfProfile, RecordedProfileVerdict>>;
}

/** veraPDF's verdict on each report of the current renderer, recorded by tools/pdf/record-pdf-verdicts.mjs. */
export interface RecordedVerdicts {
  readonly veraPdfVersion: string;
  /** The day the verdict was recorded (ISO date); bilag-conformance.int-spec.ts confirms it on every CI run since. */
  readonly checkedOn: string;
  readonly reports: Readonly<Record<ReportKey, RecordedReportVerdict>>;
}
