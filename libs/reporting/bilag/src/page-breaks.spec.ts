// Issue 28: no page of a bilag holds only its running header, footer or generation line; the generation line stays
// with the content before it. Every report of the demo round and of generated rounds of several sizes (3, 12 and 13
// proposals put the generation line on a page of its own in the frame status and the udmøntning before).
import { SECTION_KIND_LABELS } from '@budgetflow/domain';
import { pdfPages } from '@budgetflow/testing';
import { generationNoteText } from './layout/generation-note';
import { pageNumberText } from './layout/running-footer';
import { BilagData } from './model/bilag-data';
import { REPORT_REGISTRY } from './report-registry';
import { renderReportPdf } from './render';
import { reportTitle } from './reports';
import { demoBilagData } from './testing/bilag-data.builder';
import { generatedBilagData, generatedRoundInEveryState } from './testing/generated-round';

/** What a page holds besides its running header and footer and the generation line. */
function contentOf(page: string, data: BilagData, title: string, pageNumber: number, pageCount: number): string {
  const { round } = data.round;
  const repeated = [round.region, round.name, title, pageNumberText(pageNumber, pageCount), generationNoteText(data.generatedAt, data.dataVersion)];
  // Longest first, so that the round's name is not cut out of the report's title.
  return repeated
    .sort((a, b) => b.length - a.length)
    .reduce((text, part) => text.split(part).join(' '), page)
    .trim();
}

// A text section's heading (Baggrund, Økonomi, Øvrige forhold …) must not end a page apart from its text.
const SECTION_HEADINGS = new Set<string>(Object.values(SECTION_KIND_LABELS));

const ROUNDS: readonly [string, () => BilagData][] = [
  ['the demo round', demoBilagData],
  ...[1, 3, 12, 13, 40].flatMap((count): [string, () => BilagData][] => [
    [`${count} generated proposals`, () => generatedBilagData(count)],
    [`${count} generated proposals in every state`, () => generatedRoundInEveryState(count)],
  ]),
];

describe('page breaks: no page holds only the running header, footer or generation line, nor ends with a heading', () => {
  it.each(ROUNDS)(
    '%s',
    async (_name, makeData) => {
      const data = makeData();
      const empty: string[] = [];
      const orphanedHeadings: string[] = [];
      for (const report of REPORT_REGISTRY) {
        // A fact sheet for the first and the last proposal (they differ only in their proposal).
        const ids = report.perProposal
          ? [...new Set([data.proposals[0]?.id, data.proposals[data.proposals.length - 1]?.id])].filter((id) => id !== undefined)
          : [''];
        for (const id of ids) {
          const pages = await pdfPages(await renderReportPdf(report.key, data, id));
          const reference = data.proposals.find((proposal) => proposal.id === id)?.content.reference;
          const title = reportTitle(report.key, data.round.round, reference);
          pages.forEach((page, index) => {
            const where = `${report.key}${reference ? ` ${reference}` : ''} page ${index + 1} of ${pages.length}`;
            const content = contentOf(page, data, title, index + 1, pages.length);
            if (content === '') empty.push(where);
            const lastLine = content
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
              .at(-1);
            if (index < pages.length - 1 && lastLine !== undefined && SECTION_HEADINGS.has(lastLine)) orphanedHeadings.push(`${where}: «${lastLine}»`);
          });
          expect(pages.join('\n')).toContain(generationNoteText(data.generatedAt, data.dataVersion));
        }
      }
      expect(empty).toEqual([]);
      expect(orphanedHeadings).toEqual([]);
    },
    300_000,
  );
});
