// Issue 28: the tables that list proposals give the title column the width to keep a title to two lines where the
// page allows (the not-counted bilag's «Forslag» column, 73 points on a portrait page, wrapped generated titles over
// up to eight lines; the udmøntning's over three).
import { MAX_YEAR_COLUMNS } from '@budgetflow/domain';
import { pdfPlacedText } from '@budgetflow/testing';
import { notCountedProposals } from './tables/not-counted.tables';
import { BilagData } from './model/bilag-data';
import { renderReportPdf } from './render';
import { ReportKey } from './reports';
import { demoBilagData } from './testing/bilag-data.builder';
import { generatedRoundInEveryState } from './testing/generated-round';
import type { PlacedPage, PlacedText } from '@budgetflow/testing';

// Test helper: over how many lines a table prints a proposal's title, read from the PDF's text positions.

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
function titleLineCounts(pages: readonly PlacedPage[], reference: string, title: string): number[] {
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

/** Per reference, the lines its title takes in each table row of the report that lists it. */
async function titleLines(key: ReportKey, data: BilagData): Promise<Map<string, number[]>> {
  const pages = await pdfPlacedText(await renderReportPdf(key, data));
  return new Map(data.proposals.map((proposal) => [proposal.content.reference, titleLineCounts(pages, proposal.content.reference, proposal.content.title)]));
}

const ROUNDS: readonly [string, () => BilagData][] = [
  ['the demo round', demoBilagData],
  ['a generated round of 40 proposals in every state', () => generatedRoundInEveryState(40)],
  // The widest tables a round can have: the not-counted bilag's title column is narrowest at the limit (196 pt).
  [`that round with ${MAX_YEAR_COLUMNS} year columns, the most the domain allows`, () => generatedRoundInEveryState(40, { yearColumns: MAX_YEAR_COLUMNS })],
];

describe('title columns: a title on at most two lines', () => {
  it.each(ROUNDS)(
    '%s: the not-counted bilag',
    async (_name, makeData) => {
      const data = makeData();
      const lines = await titleLines('ikke-medregnet', data);
      const listed = notCountedProposals(data).map((proposal) => proposal.content.reference);
      expect(listed.length).toBeGreaterThan(0);
      // Each not-counted proposal's title is found in its row, once, on one or two lines.
      for (const reference of listed)
        expect([reference, lines.get(reference)?.length, Math.max(...(lines.get(reference) ?? []))]).toEqual([reference, 1, expect.any(Number)]);
      expect(listed.filter((reference) => Math.max(...(lines.get(reference) ?? [])) > 2)).toEqual([]);
    },
    60_000,
  );

  it.each(ROUNDS)(
    '%s: every report that lists titles in a table',
    async (_name, makeData) => {
      const data = makeData();
      const tooLong: string[] = [];
      let rows = 0;
      for (const key of ['katalog', 'rammeopfoelgning', 'udmoentning', 'vedtaget', 'ikke-medregnet'] as const) {
        for (const [reference, counts] of await titleLines(key, data)) {
          rows += counts.length;
          if (counts.some((count) => count > 2)) tooLong.push(`${key} ${reference}: ${counts.join(', ')} lines`);
        }
      }
      expect(rows).toBeGreaterThanOrEqual(data.proposals.length);
      expect(tooLong).toEqual([]);
    },
    120_000,
  );
});
