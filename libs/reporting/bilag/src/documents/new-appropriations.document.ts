import { danishIsoDate } from '@budgetflow/domain';
import { appendixLabel } from '../content/agreement-appendices';
import { AgreementDocument, agreementDocument } from '../content/agreement-document';
import { requireAgreement } from '../content/agreement-availability';
import { BilagDocument, Block } from '../document/bilag-document';
import { bulletList, heading, paragraph } from '../document/blocks';
import { documentHeading } from '../document/document-heading';
import { reportDocument } from '../document/report-document';
import { notesBlock, tableBlock } from '../document/table-blocks';
import { BilagData } from '../model/bilag-data';
import { reportTitle } from '../reports';
import { NO_NEW_APPROPRIATIONS, appropriationChapters, appropriationsBySourceTable, chapterAppropriationsTable } from '../tables/new-appropriations.tables';

function chapterBlocks(data: BilagData, document: AgreementDocument): Block[] {
  return appropriationChapters(document).flatMap((chapter, index) => [
    heading(2, 'chapter', chapter.title),
    // The lines as the agreement's appendix words them (stored with the agreement, not worded again).
    bulletList(
      'firstBody',
      chapter.initiatives.map((initiative) => initiative.appendixLine),
    ),
    tableBlock(chapterAppropriationsTable(data, chapter, index + 1), { keepTogether: true }),
  ]);
}

/** Bilag 1 to the budget agreement: every new appropriation by chapter, in words and year by year, and per funding source. */
export function newAppropriationsDocument(data: BilagData): BilagDocument {
  const { round } = data.round;
  const document = agreementDocument(requireAgreement('nye-bevillinger', data));
  const title = reportTitle('nye-bevillinger', round);
  const bySource = appropriationsBySourceTable(data, document);
  const hasAppropriations = appropriationChapters(document).length > 0;
  return reportDocument(data, {
    title,
    blocks: [
      ...documentHeading(title, appendixLabel('nye-bevillinger', round)),
      paragraph(
        'body',
        `Bilaget viser de nye bevillinger i budgetaftalen for ${round.name} af ${danishIsoDate(document.date)}, pr. kapitel: hver bevilling med sine beløb i ord og i en tabel år for år. De vedtagne forslag fremgår af bilag 2.`,
      ),
      ...(hasAppropriations ? chapterBlocks(data, document) : [paragraph('body', NO_NEW_APPROPRIATIONS)]),
      heading(2, 'chapter', 'I alt pr. finansieringskilde'),
      tableBlock(bySource, { keepTogether: true }),
      notesBlock(bySource.notes ?? []),
    ],
  });
}
