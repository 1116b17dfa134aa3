import type { Content } from 'pdfmake/interfaces';
import { danishDateTime } from '@budgetflow/domain';

/** "Dannet 23.11.2026 kl. 14.05 · dataversion 42": when and from what the bilag was made. */
export function generationNoteText(generatedAt: Date, dataVersion: string): string {
  return `Dannet ${danishDateTime(generatedAt)} · dataversion ${dataVersion}`;
}

/** The generation note as the last content of a document, so it lands on the last page. */
export function generationNote(generatedAt: Date, dataVersion: string): Content {
  return { text: generationNoteText(generatedAt, dataVersion), style: 'generationNote', margin: [0, 24, 0, 0] };
}
