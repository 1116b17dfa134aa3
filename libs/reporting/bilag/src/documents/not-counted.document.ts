import { BilagDocument } from '../document/bilag-document';
import { tableDocument } from '../layout/table-document';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { notCountedTable } from '../tables/not-counted.tables';

/** Ikke medregnet: the submitted proposals that were rejected, not adopted or lapsed, with what they would have given. */
export function notCountedDocument(data: BilagData): BilagDocument {
  const title = reportTitle('ikke-medregnet', data.round.round);
  return tableDocument(data, title, 'Indsendte forslag, der er afvist, ikke vedtaget eller bortfaldet', notCountedTable(data));
}
