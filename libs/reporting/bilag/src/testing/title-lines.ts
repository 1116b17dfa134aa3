// Test helper: over how many lines a table prints a proposal's title, read from the PDF's text positions.
import type { PlacedPage, PlacedText } from '@budgetflow/testing';

const without = (text: string) => text.replace(/\s+/g, '');

/** The lines of a title printed in a table row beside its reference (same baseline): runs of text at the title's left edge. */
function linesFrom(items: readonly PlacedText[], first: PlacedText, title: string): number | null {
  const wanted = without(title);
  let read = without(first.text);
  let lines = 1;
  let y = first.y;
  while (read.length < wanted.length && wanted.startsWith(read)) {
    // The next line of the cell: the nearest run below at the same left edge.
    const below = items.filter((item) => Math.abs(item.x - first.x) < 0.5 && item.y < y - 0.5).sort((a, b) => b.y - a.y)[0];
    if (!below) return null;
    read += without(below.text);
    y = below.y;
    lines += 1;
  }
  // A mark after the title («(ændret af FU)») may follow on its last line.
  return read.startsWith(wanted) ? lines : null;
}

/** For every table row that prints `reference` and then `title`, the number of lines the title takes (one entry a row). */
export function titleLineCounts(pages: readonly PlacedPage[], reference: string, title: string): number[] {
  return pages.flatMap((page) =>
    page.items
      .filter((item) => item.text.trim() === reference)
      .flatMap((ref) => {
        // The title's first line: the next run to the right on the reference's baseline.
        const first = page.items.filter((item) => Math.abs(item.y - ref.y) < 0.5 && item.x > ref.x + ref.width).sort((a, b) => a.x - b.x)[0];
        if (!first || !without(title).startsWith(without(first.text))) return [];
        const lines = linesFrom(page.items, first, title);
        return lines === null ? [] : [lines];
      }),
  );
}
