// @budgetflow/reporting/bilag: the five bilag PDFs, rendered from plain data. No Nest, Prisma or Kafka.

// Input
export type { AmendingBody, BilagAgreement, BilagData, BilagProposal, BilagRound } from './model/bilag-data';

// The reports
export { REPORTS, reportDescription, reportFileName, reportTitle } from './reports';
export type { ReportDescription, ReportKey } from './reports';
export { renderAdoptedOverview, renderCatalogue, renderFactSheet, renderFrameStatus, renderYearTable } from './render';
