import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountTable } from '../layout/amount-table';
import { documentHeading } from '../layout/document-heading';
import { bilagDocument } from '../layout/page-setup';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { BilagTable } from '../tables/bilag-table';
import { frameProposalTable, frameStatusNotes, frameTables } from '../tables/frame-status.tables';

function captioned(table: BilagTable): Content[] {
  return [{ text: table.caption, style: 'caption' }, amountTable(table.spec)];
}

/** Rammeopfølgning: each committee's frame against its proposals by status, the round against its target. */
export function frameStatusDocument(data: BilagData): TDocumentDefinitions {
  const { round } = data.round;
  const title = reportTitle('rammeopfoelgning', round);
  return bilagDocument(data, {
    title,
    content: [
      ...documentHeading(title, `Udvalgenes forslag mod rammerne i budgetåret ${round.budgetYear}, med de besluttede beløb`),
      { stack: frameTables(data).flatMap(captioned) },
      { stack: frameStatusNotes(round, data).map((text): Content => ({ text, style: 'note' })), margin: [0, 6, 0, 0] },
      { stack: captioned(frameProposalTable(data)) },
    ],
  });
}
