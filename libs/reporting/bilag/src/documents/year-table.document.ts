import { appendixLabel } from '../content/agreement-appendices';
import { BilagDocument } from '../document/bilag-document';
import { tableDocument } from '../layout/table-document';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { yearTableTable } from '../tables/year-table.tables';

/** Udmøntning: the counted proposals year by year, with their decided amounts, against the target. */
export function yearTableDocument(data: BilagData): BilagDocument {
  const { round } = data.round;
  const title = reportTitle('udmoentning', round);
  const what = 'de medregnede forslags virkning år for år, med de besluttede beløb';
  // With the agreement the udmøntning is its third appendix.
  const subtitle = data.agreement ? `${appendixLabel('udmoentning', round)}: ${what}` : `${what.charAt(0).toLocaleUpperCase('da')}${what.slice(1)}`;
  return tableDocument(data, title, subtitle, yearTableTable(data));
}
