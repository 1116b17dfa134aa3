import { roundColumns } from '@budgetflow/domain';
import { AgreementDocument, agreementInitiatives } from '../content/agreement-document';
import { columnCells, initiativesBySource, sourceLabel, summedAmounts } from '../content/initiative-amounts';
import { AmountTableRow, detailRow, subtotalRow, totalRow } from '../layout/amount-table';
import { AgreementChapter, BilagData } from '../model/bilag-data';
import { BilagTable } from './bilag-table';

/** What the appendix says of its amounts: the unit and the sign, as the other bilag. */
export function newAppropriationsNote(data: BilagData): string {
  return `Beløbene er i mio. kr. i ${data.round.round.priceLevel}. Udgifter er positive og besparelser negative, som i forslagenes tabeller; «-» er intet beløb.`;
}

/** What the appendix says when the agreement has no new appropriations. */
export const NO_NEW_APPROPRIATIONS = 'Budgetaftalen har ingen nye bevillinger ud over de vedtagne forslag (bilag 2).';

/** The chapters that hold new appropriations, in the agreement's order. */
export function appropriationChapters(document: AgreementDocument): AgreementChapter[] {
  return document.chapters.filter((chapter) => chapter.initiatives.length > 0);
}

// A sheet name Excel accepts (at most 31 characters, none of []:*?/\ and no apostrophe), numbered so it is unique; a
// long title is cut after a whole word, with «…».
function chapterSheet(number: number, title: string): string {
  const name = `${number}. ${title
    .replace(/[[\]:*?/\\']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}`;
  if (name.length <= 31) return name;
  const cut = name.slice(0, 30);
  const space = cut.lastIndexOf(' ');
  return `${(space > String(number).length + 1 ? cut.slice(0, space) : cut).trim()}…`;
}

function amountHeaders(data: BilagData): string[] {
  return roundColumns(data.round.round).map((column) => column.label);
}

/** One chapter's new appropriations: a row per initiative with its source, and the chapter's total. */
export function chapterAppropriationsTable(data: BilagData, chapter: AgreementChapter, number: number): BilagTable {
  const { round } = data.round;
  const rows: AmountTableRow[] = [
    ...chapter.initiatives.map((initiative) => detailRow([initiative.title, sourceLabel(initiative)], columnCells(round, initiative.amounts))),
    subtotalRow(`I alt, ${chapter.title}`, columnCells(round, summedAmounts(round, chapter.initiatives))),
  ];
  return {
    sheet: chapterSheet(number, chapter.title),
    caption: `${chapter.title} (${round.priceLevel}; mio. kr.)`,
    spec: {
      textColumns: [
        { header: 'Initiativ', width: '*' },
        { header: 'Finansiering', width: 90 },
      ],
      amountHeaders: amountHeaders(data),
      rows,
    },
  };
}

/** Every new appropriation summed by funding source (råderummet, sundhedspakken …), and «I alt». */
export function appropriationsBySourceTable(data: BilagData, document: AgreementDocument): BilagTable {
  const { round } = data.round;
  const initiatives = agreementInitiatives(document);
  const rows: AmountTableRow[] = initiativesBySource(initiatives).map((source) =>
    detailRow([source.label], columnCells(round, summedAmounts(round, source.initiatives))),
  );
  // «I alt» sums the same initiatives as the rows above it, from their exact amounts.
  rows.push(totalRow('I alt', columnCells(round, summedAmounts(round, initiatives))));
  return {
    sheet: 'I alt pr. finansieringskilde',
    caption: `De nye bevillinger i alt pr. finansieringskilde (${round.priceLevel}; mio. kr.)`,
    spec: { textColumns: [{ header: 'Finansieringskilde', width: '*' }], amountHeaders: amountHeaders(data), rows },
    notes: [initiatives.length === 0 ? NO_NEW_APPROPRIATIONS : newAppropriationsNote(data)],
  };
}

/** The appendix's tables: one per chapter with new appropriations, then the totals per funding source. */
export function newAppropriationsTables(data: BilagData, document: AgreementDocument): BilagTable[] {
  return [
    ...appropriationChapters(document).map((chapter, index) => chapterAppropriationsTable(data, chapter, index + 1)),
    appropriationsBySourceTable(data, document),
  ];
}
