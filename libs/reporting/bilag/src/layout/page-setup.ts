import type { Content, PageOrientation, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BilagData } from '../model/bilag-data';
import { generationNote } from './generation-note';
import { PAGE_MARGINS } from './page-margins';
import { runningFooter, runningHeader } from './running-footer';
import { DEFAULT_STYLE, STYLES } from './styles';

/** What a document builder hands to the page setup. */
export interface BilagPageSetup {
  /** The full title, printed in the footer of every page and in the PDF metadata. */
  readonly title: string;
  readonly content: Content[];
  readonly orientation?: PageOrientation;
  /** No running header on page 1 (a title page). */
  readonly plainFirstPage?: boolean;
}

/**
 * A complete A4 document: margins, running header and footer, styles, metadata, and the
 * generation note after the content (so it ends up on the last page).
 */
export function bilagDocument(data: BilagData, setup: BilagPageSetup): TDocumentDefinitions {
  const { round } = data.round;
  return {
    pageSize: 'A4',
    pageOrientation: setup.orientation ?? 'portrait',
    pageMargins: [PAGE_MARGINS.left, PAGE_MARGINS.top, PAGE_MARGINS.right, PAGE_MARGINS.bottom],
    header: runningHeader(round.region, round.name, setup.plainFirstPage ?? false),
    footer: runningFooter(setup.title),
    info: {
      title: setup.title,
      author: round.region,
      subject: `${round.name}, ${round.priceLevel}`,
      creator: 'Budgetflow',
      producer: 'Budgetflow',
      // The generation time, not the wall clock: the same data renders the same document.
      creationDate: data.generatedAt,
    },
    language: 'da-DK',
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content: [...setup.content, generationNote(data.generatedAt, data.dataVersion)],
  };
}
