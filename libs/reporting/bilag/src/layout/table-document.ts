import { BilagDocument } from '../document/bilag-document';
import { documentHeading } from '../document/document-heading';
import { reportDocument } from '../document/report-document';
import { notesBlock, tableBlock } from '../document/table-blocks';
import { BilagData } from '../model/bilag-data';
import { BilagTable } from '../tables/bilag-table';

// More amount columns than this do not fit beside the titles on a portrait page.
export const PORTRAIT_AMOUNT_COLUMNS = 5;

/** A bilag of one table: its title and what it shows, the table under its caption, and the table's notes. */
export function tableDocument(data: BilagData, title: string, subtitle: string, table: BilagTable): BilagDocument {
  return reportDocument(data, {
    title,
    orientation: table.spec.amountHeaders.length > PORTRAIT_AMOUNT_COLUMNS ? 'landscape' : 'portrait',
    blocks: [...documentHeading(title, subtitle), tableBlock(table), notesBlock(table.notes ?? [])],
  });
}
