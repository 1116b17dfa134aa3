import { tableHeading } from '@budgetflow/domain';
import { Workbook } from 'exceljs';
import { amendmentLabel } from '../content/decided-table';
import { adoptedProposals, findProposal } from '../content/proposal-selection';
import { PORTRAIT_AMOUNT_COLUMNS } from '../documents/year-table.document';
import { generationNoteText } from '../layout/generation-note';
import { BilagData } from '../model/bilag-data';
import { ReportKey, reportTitle } from '../reports';
import { adoptedLinesTable, adoptedSummaryTable } from '../tables/adopted-overview.tables';
import { BilagTable } from '../tables/bilag-table';
import { catalogueConsequenceTables, catalogueOverviewTable } from '../tables/catalogue.tables';
import { consequenceTableSpec } from '../tables/consequence.tables';
import { frameProposalTable, frameTables } from '../tables/frame-status.tables';
import { yearTableTable } from '../tables/year-table.tables';
import { SheetHeading, addAmountSheet } from './amount-sheet';

/** The media type of an XLSX workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The round, price level and generation line every sheet carries, as the PDF's heading and last page do. */
export function sheetMeta(data: BilagData): string {
  const { round } = data.round;
  return `${round.region} · ${round.name} · alle beløb i mio. kr. i ${round.priceLevel} · ${generationNoteText(data.generatedAt, data.dataVersion)}`;
}

/** The tables of a report, one sheet each, from the same functions the PDF is built from. */
export function reportTables(key: ReportKey, data: BilagData, proposalId?: string): BilagTable[] {
  const { round } = data.round;
  switch (key) {
    case 'katalog':
      return [catalogueOverviewTable(data), catalogueConsequenceTables(data)];
    case 'rammeopfoelgning':
      return [...frameTables(data), frameProposalTable(data)];
    case 'udmoentning':
      return [yearTableTable(data)];
    case 'vedtaget':
      // Without adopted proposals the PDF has no summary table either.
      return adoptedProposals(data).length === 0 ? [adoptedLinesTable(data)] : [adoptedLinesTable(data), adoptedSummaryTable(data)];
    case 'faktaark': {
      const proposal = findProposal(data, proposalId ?? '');
      const submitted: BilagTable = {
        sheet: 'Som indsendt',
        caption: tableHeading(round.priceLevel),
        spec: consequenceTableSpec(round, proposal.content.table),
      };
      if (!proposal.decidedTable) return [submitted];
      const decided: BilagTable = {
        sheet: 'Besluttet',
        label: amendmentLabel(proposal),
        caption: tableHeading(round.priceLevel),
        spec: consequenceTableSpec(round, proposal.decidedTable),
      };
      return [submitted, decided];
    }
  }
}

/** A bilag as an XLSX workbook: one sheet per table, with the PDF's title, captions, figures and sums. */
export async function renderReportXlsx(key: ReportKey, data: BilagData, proposalId?: string): Promise<Buffer> {
  const { round } = data.round;
  const reference = key === 'faktaark' ? findProposal(data, proposalId ?? '').content.reference : undefined;
  const title = reportTitle(key, round, reference);
  const workbook = newWorkbook(title, data);
  const tables = reportTables(key, data, proposalId);
  for (const table of tables) {
    const orientation = table.spec.amountHeaders.length > PORTRAIT_AMOUNT_COLUMNS ? 'landscape' : 'portrait';
    const heading: SheetHeading = { title, meta: sheetMeta(data), orientation };
    addAmountSheet(workbook, heading, table);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An empty workbook with the bilag's metadata; its times are the generation time, not the wall clock. */
export function newWorkbook(title: string, data: BilagData): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'Budgetflow';
  workbook.lastModifiedBy = 'Budgetflow';
  workbook.title = title;
  workbook.subject = `${data.round.round.name}, ${data.round.round.priceLevel}`;
  workbook.company = data.round.round.region;
  workbook.created = data.generatedAt;
  workbook.modified = data.generatedAt;
  return workbook;
}
