import { roundColumns } from '@budgetflow/domain';
import { AgreementDocument, agreementInitiatives } from '../content/agreement-document';
import { columnCells, summedAmounts } from '../content/initiative-amounts';
import { AmountTableRow, detailRow, totalRow } from '../layout/amount-table';
import { BilagData } from '../model/bilag-data';
import { BilagTable } from './bilag-table';
import { NO_NEW_APPROPRIATIONS, appropriationChapters, newAppropriationsNote } from './new-appropriations.tables';

/** The agreement's economy: each chapter's new appropriations summed per year, and «I alt» (the details are bilag 1). */
export function agreementEconomyTable(data: BilagData, document: AgreementDocument): BilagTable {
  const { round } = data.round;
  const rows: AmountTableRow[] = appropriationChapters(document).map((chapter) =>
    detailRow([chapter.title], columnCells(round, summedAmounts(round, chapter.initiatives))),
  );
  rows.push(totalRow('I alt', columnCells(round, summedAmounts(round, agreementInitiatives(document)))));
  return {
    sheet: 'Aftalens økonomi',
    caption: `Aftalens nye bevillinger pr. kapitel (${round.priceLevel}; mio. kr.)`,
    spec: { textColumns: [{ header: 'Kapitel', width: '*' }], amountHeaders: roundColumns(round).map((column) => column.label), rows },
    notes: [rows.length === 1 ? NO_NEW_APPROPRIATIONS : `${newAppropriationsNote(data)} Hver bevilling fremgår af bilag 1.`],
  };
}
