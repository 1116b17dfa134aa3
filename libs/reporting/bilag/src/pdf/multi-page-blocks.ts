// pdfmake lays an unbreakable block (a consequence table under its caption) out apart and then places it whole; a
// block taller than a page fits on no page, and pdfmake 0.3 drops it silently ("no support for multi-page
// unbreakableBlocks"): thirty valid row labels of 200 characters, each broken over several lines, made a proposal's
// table, its sum row included, vanish from the catalogue and the fact sheet. A block that fits on a page is placed
// as pdfmake places it; a taller one is placed from where the page stands, cut between its lines and rows.

/** An item of a laid-out page as pdfmake 0.3 keeps it: a text line, a vector (rule, fill) or an image and the like. */
export interface PageItem {
  type: string;
  item: Record<string, unknown>;
}

// Positions are sums of floats.
const EPSILON = 1e-6;

/** Where an item starts and ends from the top of its block. */
export function verticalExtent(entry: PageItem): [number, number] {
  const item = entry.item;
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  if (entry.type === 'line') {
    const height = typeof item['getHeight'] === 'function' ? (item['getHeight'] as () => number).call(item) : 0;
    return [number(item['y']), number(item['y']) + height];
  }
  if (entry.type !== 'vector') return [number(item['y']), number(item['y']) + number(item['_height'] ?? item['h'])];
  switch (item['type']) {
    case 'rect':
      return [number(item['y']), number(item['y']) + number(item['h'])];
    case 'line':
      return [Math.min(number(item['y1']), number(item['y2'])), Math.max(number(item['y1']), number(item['y2']))];
    case 'ellipse':
      return [number(item['y']) - number(item['r2']), number(item['y']) + number(item['r2'])];
    case 'polyline': {
      const ys = ((item['points'] as { y: number }[] | undefined) ?? []).map((point) => point.y);
      return ys.length === 0 ? [0, 0] : [Math.min(...ys), Math.max(...ys)];
    }
    default:
      return [0, 0];
  }
}

/**
 * The lowest height up to `limit` at which the block can be cut without cutting through a line of text, a fill or an
 * image: the bottom of one of its items that nothing spans. 0 when there is none.
 */
export function cutHeight(items: readonly PageItem[], limit: number): number {
  const extents = items.map(verticalExtent);
  const candidates = [...new Set(extents.map(([, bottom]) => bottom))].filter((bottom) => bottom > EPSILON && bottom <= limit + EPSILON).sort((a, b) => b - a);
  return candidates.find((cut) => extents.every(([top, bottom]) => bottom <= cut + EPSILON || top >= cut - EPSILON)) ?? 0;
}

function moveUp(entry: PageItem, distance: number): void {
  const item = entry.item;
  const shift = (key: string) => {
    if (typeof item[key] === 'number') item[key] = (item[key] as number) - distance;
  };
  if (entry.type === 'vector' && item['type'] === 'line') ['y1', 'y2'].forEach(shift);
  else if (entry.type === 'vector' && item['type'] === 'polyline')
    for (const point of (item['points'] as { y: number }[] | undefined) ?? []) point.y -= distance;
  else shift('y');
}

/** The items above the cut, and those below it moved up to start at the top. */
export function cutBlock(items: readonly PageItem[], cut: number): [PageItem[], PageItem[]] {
  const above: PageItem[] = [];
  const below: PageItem[] = [];
  for (const entry of items) {
    const [top] = verticalExtent(entry);
    if (top >= cut - EPSILON) {
      moveUp(entry, cut);
      below.push(entry);
    } else above.push(entry);
  }
  return [above, below];
}

interface WriterContext {
  pages: { items: PageItem[] }[];
  y: number;
  availableHeight: number;
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { pageSize: { height: number } };
}

interface PdfmakePageElementWriter {
  prototype: {
    transactionLevel: number;
    contextStack: WriterContext[];
    context(): WriterContext;
    popContext(): void;
    moveToNextPage(): void;
    addFragment(fragment: object): boolean;
    commitUnbreakableBlock(forcedX?: number, forcedY?: number): void;
    keepsLongBlocks?: boolean;
  };
}

/**
 * Makes pdfmake place an unbreakable block taller than a page over several pages instead of dropping it (once per
 * process; pdfmake is pinned to 0.3.x, whose PageElementWriter this fits). Headers, footers and backgrounds (placed
 * at a position) are left to pdfmake.
 */
export function keepLongBlocks(): void {
  const PageElementWriter = (require('pdfmake/js/PageElementWriter') as { default: PdfmakePageElementWriter }).default;
  const prototype = PageElementWriter.prototype;
  if (prototype.keepsLongBlocks) return;
  const commit = prototype.commitUnbreakableBlock;
  prototype.commitUnbreakableBlock = function (forcedX, forcedY) {
    const block = this.context();
    // The page the block goes on, below it on pdfmake's stack of contexts.
    const outer = this.contextStack[this.contextStack.length - 1];
    const placedInFlow = this.transactionLevel === 1 && forcedX === undefined && forcedY === undefined && block.pages.length === 1;
    if (!placedInFlow || !outer || block.y <= pageContentHeight(outer) + EPSILON) return commit.call(this, forcedX, forcedY);
    this.transactionLevel = 0;
    this.popContext();
    let items = block.pages[0]?.items ?? [];
    let height = block.y;
    let freshPage = false;
    while (height > EPSILON) {
      const room = this.context().availableHeight;
      if (height <= room + EPSILON) {
        this.addFragment({ items, height });
        return;
      }
      // Nowhere to cut on a fresh page (one line taller than a page): cut through it rather than lose the rest.
      const cut = cutHeight(items, room) || (freshPage ? room : 0);
      if (cut > 0) {
        const [above, below] = cutBlock(items, cut);
        this.addFragment({ items: above, height: cut });
        items = below;
        height -= cut;
      }
      this.moveToNextPage();
      freshPage = true;
    }
  };
  prototype.keepsLongBlocks = true;
}
function pageContentHeight(context: WriterContext): number {
  return context.getCurrentPage().pageSize.height - context.pageMargins.top - context.pageMargins.bottom;
}
