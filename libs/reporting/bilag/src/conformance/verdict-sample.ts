// What the recorded veraPDF verdict is made from, shared by tools/pdf/record-pdf-verdicts.mjs and the test that
// checks it: every report of the registry rendered from the demo round (the fact sheet for its first proposal).
import { BilagData } from '../model/bilag-data';
import { REPORT_REGISTRY } from '../report-registry';
import { renderReportPdf } from '../render';
import { ReportKey } from '../reports';
import { demoBilagData } from '../testing/bilag-data.builder';
import { declaredStandards } from './declared-standards';
import { CHECKED_PROFILES, PdfProfile, RecordedProfileVerdict, RecordedReportVerdict, RecordedVerdicts } from './recorded-verdicts';

/** One veraPDF result as tools/pdf/verapdf.mjs gives it. */
export interface VeraPdfResult {
  readonly profile: string;
  readonly passed: boolean;
  readonly error?: string;
  readonly failedRules: readonly { clause: string; testNumber: number; description: string }[];
  readonly veraPdfVersion: string;
}

/** Every report of the registry as PDF, rendered by today's renderer from the demo round (or the data given). */
export async function renderVerdictSample(data: BilagData = demoBilagData()): Promise<Array<{ key: ReportKey; pdf: Buffer }>> {
  const firstProposal = data.proposals[0]?.id ?? '';
  return Promise.all(
    REPORT_REGISTRY.map(async (report) => ({ key: report.key, pdf: await renderReportPdf(report.key, data, report.perProposal ? firstProposal : '') })),
  );
}

/** One report's verdict as recorded: declared standards and, per profile, passed and the broken rules. */
export function reportVerdict(pdf: Buffer, results: readonly VeraPdfResult[]): RecordedReportVerdict {
  const profiles: Partial<Record<PdfProfile, RecordedProfileVerdict>> = {};
  for (const profile of CHECKED_PROFILES) {
    const result = results.find((candidate) => candidate.profile === profile);
    if (!result) throw new Error(`veraPDF gave no verdict for ${profile}`);
    const failedRules = result.error
      ? [{ rule: 'unreadable', description: result.error }]
      : result.failedRules.map((rule) => ({ rule: `${rule.clause}-${rule.testNumber}`, description: rule.description }));
    profiles[profile] = { passed: result.passed, failedRules };
  }
  return { declared: declaredStandards(pdf), profiles: profiles as Record<PdfProfile, RecordedProfileVerdict> };
}

/** The whole record: the sample's verdicts, with veraPDF's version and the day. */
export function recordVerdicts(
  sample: ReadonlyArray<{ key: ReportKey; pdf: Buffer }>,
  resultsOf: (key: ReportKey) => readonly VeraPdfResult[],
  checkedOn: string,
): RecordedVerdicts {
  const reports = Object.fromEntries(sample.map(({ key, pdf }) => [key, reportVerdict(pdf, resultsOf(key))])) as RecordedVerdicts['reports'];
  const versions = new Set(sample.flatMap(({ key }) => resultsOf(key).map((result) => result.veraPdfVersion)));
  if (versions.size !== 1) throw new Error(`Expected one veraPDF version, got ${[...versions].join(', ')}`);
  return { veraPdfVersion: [...versions][0] ?? '', checkedOn, reports };
}
