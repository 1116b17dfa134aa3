// The conformance statement per report for the region's tilgængelighedserklæring: the standards the bilag are made
// to meet and veraPDF's verdict on this renderer, as recorded in CI (no Java at run time: the verdict is data).
import { danishIsoDate } from '@budgetflow/domain';
import { REPORTS, ReportKey } from '../reports';
import { PDF_VERDICTS } from './pdf-verdicts';
import { PdfProfile, RecordedVerdicts } from './recorded-verdicts';

/** The standards every bilag is made to meet: accessible (PDF/UA-1) and archivable with structure (PDF/A-2a). */
export const CLAIMED_STANDARDS: readonly PdfProfile[] = ['PDF/UA-1', 'PDF/A-2a'];

export interface StandardVerdict {
  readonly standard: PdfProfile;
  readonly passed: boolean;
  /** The broken rules, e.g. "7.1-3: Content shall be marked as Artifact or tagged as real content" (veraPDF's English). */
  readonly failedRules: readonly string[];
}

export interface ConformanceStatement {
  readonly key: ReportKey;
  readonly title: string;
  readonly standards: readonly StandardVerdict[];
  /** True when the PDF declares every claimed standard in its metadata (pdfuaid/pdfaid). */
  readonly declaredInFile: boolean;
  /** True when veraPDF found no broken rule in any claimed standard. */
  readonly conforms: boolean;
  readonly veraPdfVersion: string;
  /** ISO date of the recorded verdict. */
  readonly checkedOn: string;
  /** The statement in Danish, for the bilag page and the tilgængelighedserklæring. */
  readonly text: string;
}

function joinedDanish(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function statementText(title: string, standards: readonly StandardVerdict[], declaredInFile: boolean, verdicts: RecordedVerdicts): string {
  const checked = `«${title}» (PDF) er kontrolleret mod ${joinedDanish(standards.map((verdict) => verdict.standard))} med veraPDF ${verdicts.veraPdfVersion} den ${danishIsoDate(verdicts.checkedOn)}`;
  const failed = standards.filter((verdict) => !verdict.passed);
  if (failed.length === 0) {
    return `${checked} og opfylder dem uden fejl.${declaredInFile ? '' : ' Filen erklærer dog ikke standarderne i sine metadata.'}`;
  }
  const broken = joinedDanish(failed.map((verdict) => `${verdict.failedRules.length} krav i ${verdict.standard}`));
  return `${checked} og opfylder dem ikke: ${broken} er ikke opfyldt. Bilaget er derfor ikke fuldt tilgængeligt efter EN 301 549, afsnit 10 (WCAG 2.1 AA for dokumenter).`;
}

/** The statement for one report, from the recorded verdict. */
export function conformanceStatement(key: ReportKey, verdicts: RecordedVerdicts = PDF_VERDICTS): ConformanceStatement {
  const report = REPORTS.find((candidate) => candidate.key === key);
  const recorded = verdicts.reports[key];
  if (!report || !recorded) throw new RangeError(`No recorded PDF verdict for the report «${key}»: run node tools/pdf/record-pdf-verdicts.mjs`);
  const standards = CLAIMED_STANDARDS.map((standard) => ({
    standard,
    passed: recorded.profiles[standard].passed,
    failedRules: recorded.profiles[standard].failedRules.map((rule) => `${rule.rule}: ${rule.description}`),
  }));
  const declaredInFile = CLAIMED_STANDARDS.every((standard) => recorded.declared.includes(standard));
  return {
    key,
    title: report.title,
    standards,
    declaredInFile,
    conforms: standards.every((verdict) => verdict.passed),
    veraPdfVersion: verdicts.veraPdfVersion,
    checkedOn: verdicts.checkedOn,
    text: statementText(report.title, standards, declaredInFile, verdicts),
  };
}

/** The statement for every report, in the registry's order. */
export function conformanceStatements(verdicts: RecordedVerdicts = PDF_VERDICTS): ConformanceStatement[] {
  return REPORTS.map((report) => conformanceStatement(report.key, verdicts));
}
