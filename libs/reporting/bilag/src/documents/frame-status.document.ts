import { BilagDocument } from '../document/bilag-document';
import { documentHeading } from '../document/document-heading';
import { reportDocument } from '../document/report-document';
import { notesBlock, tableBlock } from '../document/table-blocks';
import { BilagData } from '../model/bilag-data';
import { documentOrientation } from '../layout/table-orientation';
import { reportTitle } from '../reports';
import { frameProposalTable, frameStatusNotes, frameTables } from '../tables/frame-status.tables';

/** Rammeopfølgning: each committee's frame against its proposals by status, the round against its target. */
export function frameStatusDocument(data: BilagData): BilagDocument {
  const { round } = data.round;
  const title = reportTitle('rammeopfoelgning', round);
  const [frames, proposals] = [frameTables(data), frameProposalTable(data)];
  return reportDocument(data, {
    title,
    orientation: documentOrientation([...frames, proposals].map((table) => table.spec)),
    blocks: [
      ...documentHeading(title, `Udvalgenes forslag mod rammerne i budgetåret ${round.budgetYear}, med de besluttede beløb`),
      ...frames.map((table) => tableBlock(table)),
      notesBlock(frameStatusNotes(round, data)),
      tableBlock(proposals),
    ],
  });
}
