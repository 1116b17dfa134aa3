// A breakable table starts where its caption, header row and first row fit (never a caption or header alone at the
// foot of a page), and a heading never ends a page. The generation line closes a bilag on its last page, never alone on a page of its own: where it would be pushed
// onto a new page by itself, the last piece of content before it (a table's last row, the last note, an unbreakable
// block) goes over with it. pdfmake decides page breaks after laying out, through `pageBreakBefore`, and lays out
// again; nothing moves when the line already shares its page.
import type { Content, Node, NodeQueries } from 'pdfmake/interfaces';

type PageBreakBefore = (node: Node, queries: NodeQueries) => boolean;
type Breakable = { pageBreak?: string };

// pdfmake passes `headlineLevel` through to `pageBreakBefore` and uses it for nothing else: it marks the last piece.
const LAST_PIECE = 1000;
// Marks the first node of a breakable table's label and caption (pdf-definition.ts, tableNode).
export const TABLE_START = 1001;
// Marks a heading (pdf-definition.ts, headingNode): it starts where a table would (pdfmake's node queries put the
// paragraph after a heading on the heading's page even when its lines went to the next, so the room is measured).
export const HEADING = 1002;
// Caption, header row and a first row, or a heading and the first lines of its text: a breakable table or a heading
// that starts lower on a page starts on the next.
const START_SPACE = 90;
// The generation line is known by its style (paragraphNode gives it).
const GENERATION_NOTE_STYLE = 'generationNote';

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** The nodes that make the last piece of a block: what must go over to the next page together. */
function lastPiece(node: Content): Record<string, unknown>[] {
  if (!isObject(node)) return [];
  if (node['unbreakable']) return [node];
  const stack = node['stack'];
  if (Array.isArray(stack) && stack.length > 0) return lastPiece(stack[stack.length - 1] as Content);
  const table = node['table'];
  if (isObject(table) && Array.isArray(table['body']) && table['dontBreakRows']) {
    // A row's cells move together (a cell spanned by its neighbour has no text and is left alone).
    const rows = table['body'] as unknown[][];
    const last = rows[rows.length - 1] ?? [];
    return rows.length > Number(table['headerRows'] ?? 0)
      ? last.filter((cell) => isObject(cell) && ('text' in cell || 'stack' in cell)).map((cell) => cell as Record<string, unknown>)
      : [];
  }
  return [node];
}

/** The room left on the page below where a node starts. */
function spaceBelow(node: Node): number {
  const position = node.startPosition as { pageInnerHeight?: number; verticalRatio?: number } | undefined;
  return (position?.pageInnerHeight ?? 0) * (1 - (position?.verticalRatio ?? 0));
}

/**
 * Marks the last piece of the content before the generation line (the last of `content`) and gives the
 * `pageBreakBefore` that moves that piece onto the line's page when the line would start a page by itself.
 */
export function keepGenerationNoteWithContent(content: readonly Content[]): PageBreakBefore {
  const note = content[content.length - 1];
  const before = content[content.length - 2];
  const piece = isObject(note) && note['style'] === GENERATION_NOTE_STYLE && before !== undefined ? lastPiece(before) : [];
  for (const part of piece) part['headlineLevel'] = LAST_PIECE;
  return (node, queries) => {
    if (node.headlineLevel === TABLE_START || node.headlineLevel === HEADING) return spaceBelow(node) < START_SPACE;
    if (piece.length === 0 || node.headlineLevel !== LAST_PIECE || node.pageNumbers.length !== 1) return false;
    // Header and footer are laid out after the content, so the first node on the next page after this one is the
    // line exactly when everything between them stayed on this page and the line starts the next page alone.
    const next = queries.getNodesOnNextPage()[0];
    if (next?.style !== GENERATION_NOTE_STYLE) return false;
    for (const part of piece) (part as Breakable).pageBreak = 'before';
    return true;
  };
}
