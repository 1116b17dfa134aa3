import { tableHeading } from '@budgetflow/domain';
import { agreementDocument } from './content/agreement-document';
import { agreementReportUnavailable, requireAgreement } from './content/agreement-availability';
import { amendmentLabel } from './content/decided-table';
import { questionReportUnavailable } from './content/question-availability';
import { printableQuestions } from './content/question-selection';
import { adoptedProposals, findProposal } from './content/proposal-selection';
import { adoptedOverviewDocument } from './documents/adopted-overview.document';
import { agreementDocumentReport } from './documents/agreement.document';
import { catalogueDocument } from './documents/catalogue.document';
import { factSheetDocument } from './documents/fact-sheet.document';
import { frameStatusDocument } from './documents/frame-status.document';
import { newAppropriationsDocument } from './documents/new-appropriations.document';
import { notCountedDocument } from './documents/not-counted.document';
import { questionAnswersDocument } from './documents/question-answers.document';
import { yearTableDocument } from './documents/year-table.document';
import { BilagDocument } from './document/bilag-document';
import { BilagData, BilagQuestion } from './model/bilag-data';
import { REPORTS, ReportDescription, ReportKey } from './reports';
import { adoptedLinesTable, adoptedSummaryTable } from './tables/adopted-overview.tables';
import { agreementEconomyTable } from './tables/agreement.tables';
import { BilagTable } from './tables/bilag-table';
import { catalogueConsequenceTables, catalogueOverviewTable } from './tables/catalogue.tables';
import { consequenceTableSpec } from './tables/consequence.tables';
import { frameProposalTable, frameTables } from './tables/frame-status.tables';
import { newAppropriationsTables } from './tables/new-appropriations.tables';
import { notCountedTable } from './tables/not-counted.tables';
import { questionAnswerTables } from './tables/question-answers.tables';
import { yearTableTable } from './tables/year-table.tables';

/** How a report is made: the PDF's document and the workbook's tables, from the data its selection keeps. */
interface ReportMaking {
  /** The document model (what each part is, for every renderer); a per-proposal report gets the proposal's id. */
  readonly document: (data: BilagData, proposalId: string) => BilagDocument;
  /** The tables of its workbook, one sheet each, from the same functions the PDF is built from. */
  readonly tables: (data: BilagData, proposalId: string) => BilagTable[];
  /**
   * Why the report cannot be made yet for the round (Danish, for the reader), or null when it can: the agreement's
   * documents before the agreement, the answers to budget questions before the first approved one. Making one anyway
   * throws ReportNotYetAvailableError.
   */
  readonly notYetAvailable: (data: AvailabilityData) => string | null;
}

/** What a report's availability depends on: the round (its name), whether it has an agreement and approved answers. */
export interface AvailabilityData {
  readonly round: { readonly round: Pick<BilagData['round']['round'], 'name'> };
  readonly agreement: unknown;
  readonly questions: readonly Pick<BilagQuestion, 'state'>[];
}

const ALWAYS = (): null => null;

/** A report as the service, the main job and the tests see it: its description, its data selection and its making. */
export type ReportDefinition = ReportDescription & ReportMaking;

function factSheetTables(data: BilagData, proposalId: string): BilagTable[] {
  const { round } = data.round;
  const proposal = findProposal(data, proposalId);
  const submitted: BilagTable = { sheet: 'Som indsendt', caption: tableHeading(round.priceLevel), spec: consequenceTableSpec(round, proposal.content.table) };
  if (!proposal.decidedTable) return [submitted];
  const decided: BilagTable = {
    sheet: 'Besluttet',
    label: amendmentLabel(proposal),
    caption: tableHeading(round.priceLevel),
    spec: consequenceTableSpec(round, proposal.decidedTable),
  };
  return [submitted, decided];
}

// Every report key must be made here: a key without its making does not compile.
const MAKING: Readonly<Record<ReportKey, ReportMaking>> = {
  katalog: { document: catalogueDocument, tables: (data) => [catalogueOverviewTable(data), catalogueConsequenceTables(data)], notYetAvailable: ALWAYS },
  faktaark: { document: factSheetDocument, tables: factSheetTables, notYetAvailable: ALWAYS },
  rammeopfoelgning: { document: frameStatusDocument, tables: (data) => [...frameTables(data), frameProposalTable(data)], notYetAvailable: ALWAYS },
  udmoentning: { document: yearTableDocument, tables: (data) => [yearTableTable(data)], notYetAvailable: ALWAYS },
  vedtaget: {
    document: adoptedOverviewDocument,
    // Without adopted proposals the PDF has no summary table either.
    tables: (data) => (adoptedProposals(data).length === 0 ? [adoptedLinesTable(data)] : [adoptedLinesTable(data), adoptedSummaryTable(data)]),
    notYetAvailable: ALWAYS,
  },
  'ikke-medregnet': { document: notCountedDocument, tables: (data) => [notCountedTable(data)], notYetAvailable: ALWAYS },
  budgetaftale: {
    document: agreementDocumentReport,
    tables: (data) => [agreementEconomyTable(data, agreementDocument(requireAgreement('budgetaftale', data)))],
    notYetAvailable: (data) => agreementReportUnavailable('budgetaftale', data),
  },
  'nye-bevillinger': {
    document: newAppropriationsDocument,
    tables: (data) => newAppropriationsTables(data, agreementDocument(requireAgreement('nye-bevillinger', data))),
    notYetAvailable: (data) => agreementReportUnavailable('nye-bevillinger', data),
  },
  budgetspoergsmaal: { document: questionAnswersDocument, tables: questionAnswerTables, notYetAvailable: questionReportUnavailable },
};

/** The reports, in the order of the budget process: one entry each, used by the reporting service, the main job and the tests. */
export const REPORT_REGISTRY: readonly ReportDefinition[] = REPORTS.map((description) => ({ ...description, ...MAKING[description.key] }));

/** The report of a key. */
export function reportDefinition(key: ReportKey): ReportDefinition {
  const report = REPORT_REGISTRY.find((candidate) => candidate.key === key);
  if (!report) throw new RangeError(`Bilaget «${key}» findes ikke.`);
  return report;
}

/** The keys of the reports made for a whole round (not per proposal), in their order. */
export const ROUND_REPORT_KEYS: readonly ReportKey[] = REPORT_REGISTRY.filter((report) => !report.perProposal).map((report) => report.key);

/** The round-wide reports that can be made for the round now (the agreement's documents only once there is one). */
export function availableRoundReportKeys(data: AvailabilityData): ReportKey[] {
  return ROUND_REPORT_KEYS.filter((key) => reportDefinition(key).notYetAvailable(data) === null);
}

/** What a report's data must hold: its round's proposals, agreement and questions, in the service's or the library's shape. */
export interface SelectableData {
  readonly proposals: readonly { readonly id: string }[];
  readonly agreement: unknown;
  readonly questions: readonly BilagQuestion[];
  readonly questionWindow: unknown;
}

/**
 * A report's data selection: a per-proposal report shows its proposal, the answers to budget questions show the
 * questions they print (approved, and merged into an approved one), their window and the proposals they concern,
 * every other report the whole round; only the answers show questions. The service hashes exactly this (the report's
 * ETag) and renders from it, so a question changes only the answers' ETag.
 */
export function selectReportData<D extends SelectableData>(key: ReportKey, data: D, proposalId: string | null): D {
  if (key === 'budgetspoergsmaal') {
    const questions = printableQuestions(data.questions);
    const concerned = new Set(questions.flatMap((question) => question.proposalIds));
    return { ...data, proposals: data.proposals.filter((proposal) => concerned.has(proposal.id)), agreement: null, questions };
  }
  const withoutQuestions = { ...data, questions: [], questionWindow: null };
  if (!reportDefinition(key).perProposal) return withoutQuestions;
  return { ...withoutQuestions, proposals: data.proposals.filter((proposal) => proposal.id === proposalId), agreement: null };
}
