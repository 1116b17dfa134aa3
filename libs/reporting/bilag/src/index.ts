// @budgetflow/reporting/bilag: the five bilag PDFs, rendered from plain data. No Nest, Prisma or Kafka.

// Input
export type {
  AgreementChapter,
  AgreementInitiative,
  AgreementSignatory,
  AmendingBody,
  BilagAgreement,
  BilagAnswer,
  BilagData,
  BilagProposal,
  BilagQuestion,
  BilagQuestionWindow,
  BilagRound,
} from './model/bilag-data';

// The reports
export { REPORTS, reportDescription, reportFileName, reportTitle } from './reports';
export type { ReportDescription, ReportKey } from './reports';
export { REPORT_REGISTRY, ROUND_REPORT_KEYS, availableRoundReportKeys, reportDefinition, selectReportData } from './report-registry';
export type { AvailabilityData, ReportDefinition, SelectableData } from './report-registry';
// The budget agreement's documents exist once there is an agreement
export { ReportNotYetAvailableError } from './content/agreement-availability';
// The budget questions the answers print: approved ones and those merged into them
export { printableQuestions } from './content/question-selection';
export { AGREEMENT_APPENDICES, appendixLabel } from './content/agreement-appendices';
export { renderReportPdf } from './render';
export type { PdfOptions } from './render';
// Spreadsheets: every bilag as XLSX (the same tables as the PDFs), and the flat round export as XLSX and CSV
export { XLSX_MEDIA_TYPE, renderReportXlsx, reportTables } from './xlsx/report-workbooks';
export { EXPORT_COLUMNS, renderRoundExportCsv, renderRoundExportXlsx, roundExportLines } from './xlsx/round-export';
export type { ExportLine } from './xlsx/round-export';
export { amountNumberFormat, columnLetter, csvAmount, decimalsOf, mioValue } from './xlsx/danish-number-format';
export { HEADER_ROW, sumFormula, sumSources } from './xlsx/amount-sheet';
export type { BilagTable } from './tables/bilag-table';
// The web edition: every bilag as HTML from the same document model as its PDF
export { documentHtml, documentText } from './html/document-html';
export type { HtmlOptions } from './html/document-html';
export { renderReportHtml } from './html/render-html';
export { escapeHtml } from './html/escape-html';
// The proposals the catalogue shows (submitted and not withdrawn): the ones the public site gives a page each
export { catalogueProposals } from './content/proposal-selection';
// Conformance: veraPDF's recorded verdict on each report, as a Danish statement for the tilgængelighedserklæring
export { CLAIMED_STANDARDS, conformanceStatement, conformanceStatements } from './conformance/conformance-statement';
export type { ConformanceStatement, StandardVerdict } from './conformance/conformance-statement';
