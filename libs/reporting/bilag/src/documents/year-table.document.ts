import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountTable } from '../layout/amount-table';
import { documentHeading } from '../layout/document-heading';
import { bilagDocument } from '../layout/page-setup';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { yearTableTable } from '../tables/year-table.tables';

// More amount columns than this do not fit beside the titles on a portrait page.
export const PORTRAIT_AMOUNT_COLUMNS = 5;

/** Udmøntning: the counted proposals year by year, with their decided amounts, against the target. */
export function yearTableDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('udmoentning', round);
  const table = yearTableTable(data);
  return bilagDocument(data, {
    title,
    orientation: table.spec.amountHeaders.length > PORTRAIT_AMOUNT_COLUMNS ? 'landscape' : 'portrait',
    content: [
      ...documentHeading(title, `De medregnede forslags virkning år for år, med de besluttede beløb`),
      { text: table.caption, style: 'caption' },
      amountTable(table.spec),
      { stack: (table.notes ?? []).map((text): Content => ({ text, style: 'note' })), margin: [0, 6, 0, 0] },
    ],
  });
}
