import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountTable } from '../layout/amount-table';
import { documentHeading } from '../layout/document-heading';
import { bilagDocument } from '../layout/page-setup';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { notCountedTable } from '../tables/not-counted.tables';
import { PORTRAIT_AMOUNT_COLUMNS } from './year-table.document';

/** Ikke medregnet: the submitted proposals that were rejected, not adopted or lapsed, with what they would have given. */
export function notCountedDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('ikke-medregnet', round);
  const table = notCountedTable(data);
  return bilagDocument(data, {
    title,
    orientation: table.spec.amountHeaders.length > PORTRAIT_AMOUNT_COLUMNS ? 'landscape' : 'portrait',
    content: [
      ...documentHeading(title, 'Indsendte forslag, der er afvist, ikke vedtaget eller bortfaldet'),
      { text: table.caption, style: 'caption' },
      amountTable(table.spec),
      { stack: (table.notes ?? []).map((text): Content => ({ text, style: 'note' })), margin: [0, 6, 0, 0] },
    ],
  });
}
