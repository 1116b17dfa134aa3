import { BilagDocument } from '../document/bilag-document';
import { tableDocument } from '../layout/table-document';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { yearTableTable } from '../tables/year-table.tables';

/** Udmøntning: the counted proposals year by year, with their decided amounts, against the target. */
export function yearTableDocument(data: BilagData): BilagDocument {
  const title = reportTitle('udmoentning', data.round.round);
  return tableDocument(data, title, 'De medregnede forslags virkning år for år, med de besluttede beløb', yearTableTable(data));
}
