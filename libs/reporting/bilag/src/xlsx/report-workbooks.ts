import { Workbook } from 'exceljs';
import { findProposal } from '../content/proposal-selection';
import { tableOrientation } from '../layout/table-orientation';
import { generationNoteText } from '../layout/generation-note';
import { BilagData } from '../model/bilag-data';
import { reportDefinition } from '../report-registry';
import { ReportKey, reportTitle } from '../reports';
import { BilagTable } from '../tables/bilag-table';
import { SheetHeading, addAmountSheet } from './amount-sheet';

/** The media type of an XLSX workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The round, price level and generation line every sheet carries, as the PDF's heading and last page do. */
export function sheetMeta(data: BilagData): string {
  const { round } = data.round;
  return `${round.region} · ${round.name} · alle beløb i mio. kr. i ${round.priceLevel} · ${generationNoteText(data.generatedAt, data.dataVersion)}`;
}

/** The tables of a report, one sheet each, as the registry makes them (from the same functions as the PDF). */
export function reportTables(key: ReportKey, data: BilagData, proposalId?: string): BilagTable[] {
  return reportDefinition(key).tables(data, proposalId ?? '');
}

/** A bilag as an XLSX workbook: one sheet per table, with the PDF's title, captions, figures and sums. */
export async function renderReportXlsx(key: ReportKey, data: BilagData, proposalId?: string): Promise<Buffer> {
  const { round } = data.round;
  const reference = reportDefinition(key).perProposal ? findProposal(data, proposalId ?? '').content.reference : undefined;
  const title = reportTitle(key, round, reference);
  const workbook = newWorkbook(title, data);
  const tables = reportTables(key, data, proposalId);
  for (const table of tables) {
    const orientation = tableOrientation(table.spec);
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
