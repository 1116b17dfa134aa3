import { BilagDocument } from '../document/bilag-document';
import { documentHeading } from '../document/document-heading';
import { reportDocument } from '../document/report-document';
import { notesBlock, tableBlock } from '../document/table-blocks';
import { BilagData } from '../model/bilag-data';
import { BilagTable } from '../tables/bilag-table';
import { tableOrientation } from './table-orientation';

/** A bilag of one table: its title and what it shows, the table under its caption, and the table's notes. */
export function tableDocument(data: BilagData, title: string, subtitle: string, table: BilagTable): BilagDocument {
  return reportDocument(data, {
    title,
    orientation: tableOrientation(table.spec),
    blocks: [...documentHeading(title, subtitle), tableBlock(table), notesBlock(table.notes ?? [])],
  });
}
