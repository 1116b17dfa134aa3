import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BilagData } from '../model/bilag-data';
import { BilagTable } from '../tables/bilag-table';
import { amountTable } from './amount-table';
import { documentHeading } from './document-heading';
import { bilagDocument } from './page-setup';

// More amount columns than this do not fit beside the titles on a portrait page.
export const PORTRAIT_AMOUNT_COLUMNS = 5;

/** A bilag of one table: its title and what it shows, the table under its caption, and the table's notes. */
export function tableDocument(data: BilagData, title: string, subtitle: string, table: BilagTable): TDocumentDefinitions {
  return bilagDocument(data, {
    title,
    orientation: table.spec.amountHeaders.length > PORTRAIT_AMOUNT_COLUMNS ? 'landscape' : 'portrait',
    content: [
      ...documentHeading(title, subtitle),
      { text: table.caption, style: 'caption' },
      amountTable(table.spec),
      { stack: (table.notes ?? []).map((text): Content => ({ text, style: 'note' })), margin: [0, 6, 0, 0] },
    ],
  });
}
