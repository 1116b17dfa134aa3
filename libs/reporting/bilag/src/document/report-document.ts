import { BilagData } from '../model/bilag-data';
import { generationNoteText } from '../layout/generation-note';
import { BilagDocument, Block } from './bilag-document';
import { paragraph } from './blocks';

/** What a report's builder hands over: its title, blocks, orientation and whether page 1 is a title page. */
export interface ReportDocumentSetup {
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly orientation?: 'portrait' | 'landscape';
  readonly titlePage?: boolean;
}

/** A bilag's document: the round's metadata and running header, its blocks and the generation note at the end. */
export function reportDocument(data: BilagData, setup: ReportDocumentSetup): BilagDocument {
  const { round } = data.round;
  return {
    title: setup.title,
    language: 'da-DK',
    orientation: setup.orientation ?? 'portrait',
    author: round.region,
    subject: `${round.name}, ${round.priceLevel}`,
    // The generation time, not the wall clock: the same data renders the same document.
    createdAt: data.generatedAt,
    runningHeader: { left: round.region, right: round.name, omitOnFirstPage: setup.titlePage ?? false },
    blocks: [...setup.blocks, paragraph('generationNote', generationNoteText(data.generatedAt, data.dataVersion))],
  };
}
