import { BilagTable } from '../tables/bilag-table';
import { Block } from './bilag-document';
import { paragraph, table } from './blocks';

/** A bilag table under its caption (and label). */
export function tableBlock(source: BilagTable, extra: { keepTogether?: boolean; spaced?: boolean } = {}): Block {
  return table(source.caption, source.spec, { ...(source.label ? { label: source.label } : {}), ...extra });
}

/** The notes under a table, spaced from it. */
export function notesBlock(notes: readonly string[]): Block {
  return { kind: 'section', role: 'notes', spaceAbove: 6, blocks: notes.map((text) => paragraph('note', text)) };
}
