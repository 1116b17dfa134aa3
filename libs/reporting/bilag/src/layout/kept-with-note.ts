// The generation line closes a bilag on its last page, never alone on a page of its own: where it would be pushed
// onto a new page by itself, the last piece of content before it (a table's last row, the last note, an unbreakable
// block) goes over with it. pdfmake decides page breaks after laying out, through `pageBreakBefore`, and lays out
// again; nothing moves when the line already shares its page.
import type { Content, Node, NodeQueries } from 'pdfmake/interfaces';

type PageBreakBefore = (node: Node, queries: NodeQueries) => boolean;
type Breakable = { pageBreak?: string };

// pdfmake passes `headlineLevel` through to `pageBreakBefore` and uses it for nothing else: it marks the last piece.
const LAST_PIECE = 1000;
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

/**
 * Marks the last piece of the content before the generation line (the last of `content`) and gives the
 * `pageBreakBefore` that moves that piece onto the line's page when the line would start a page by itself.
 */
export function keepGenerationNoteWithContent(content: readonly Content[]): PageBreakBefore | undefined {
  const note = content[content.length - 1];
  const before = content[content.length - 2];
  if (!isObject(note) || note['style'] !== GENERATION_NOTE_STYLE || before === undefined) return undefined;
  const piece = lastPiece(before);
  if (piece.length === 0) return undefined;
  for (const part of piece) part['headlineLevel'] = LAST_PIECE;
  return (node, queries) => {
    if (node.headlineLevel !== LAST_PIECE || node.pageNumbers.length !== 1) return false;
    // Header and footer are laid out after the content, so the first node on the next page after this one is the
    // line exactly when everything between them stayed on this page and the line starts the next page alone.
    const next = queries.getNodesOnNextPage()[0];
    if (next?.style !== GENERATION_NOTE_STYLE) return false;
    for (const part of piece) (part as Breakable).pageBreak = 'before';
    return true;
  };
}
