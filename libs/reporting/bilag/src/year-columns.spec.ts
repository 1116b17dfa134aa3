// A round may have up to MAX_YEAR_COLUMNS year columns (the domain refuses more): at that limit every report keeps its
// text inside the page's margins. Before the limit a round of 10 year columns ran the amounts off the right edge.
import { MAX_YEAR_COLUMNS, validateRound } from '@budgetflow/domain';
import { pdfPlacedText } from '@budgetflow/testing';
import { PAGE_MARGINS } from './layout/page-margins';
import { isAmended } from './content/decided-table';
import { BilagData } from './model/bilag-data';
import { REPORT_REGISTRY } from './report-registry';
import { renderReportPdf } from './render';
import { generatedRoundInEveryState } from './testing/generated-round';

// PDF.js measures a run's width from the font's advances; a fraction of a point is rounding, not overflow.
const TOLERANCE = 0.5;

/** Each report of the round (a fact sheet for the first proposal and for an amended one) with every run of text outside the margins. */
async function textOutsideMargins(data: BilagData): Promise<string[]> {
  const amended = data.proposals.find(isAmended);
  const factSheets = [data.proposals[0]?.id, amended?.id].filter((id): id is string => id !== undefined);
  const outside: string[] = [];
  for (const report of REPORT_REGISTRY) {
    for (const id of report.perProposal ? factSheets : ['']) {
      const pages = await pdfPlacedText(await renderReportPdf(report.key, data, id));
      pages.forEach((page, index) => {
        for (const item of page.items) {
          const right = page.width - PAGE_MARGINS.right - (item.x + item.width);
          const left = item.x - PAGE_MARGINS.left;
          if (right < -TOLERANCE || left < -TOLERANCE)
            outside.push(`${report.key} ${id} page ${index + 1}: «${item.text}» ${Math.round(-Math.min(right, left))} pt outside`);
        }
      });
    }
  }
  return outside;
}

describe(`year columns: a round of ${MAX_YEAR_COLUMNS}, the most the domain allows`, () => {
  const data = generatedRoundInEveryState(40, { yearColumns: MAX_YEAR_COLUMNS });

  it('is a valid round, and one year column more is not', () => {
    const { round } = data.round;
    expect(validateRound(round).ok).toBe(true);
    expect(validateRound({ ...round, yearColumns: [...round.yearColumns, round.budgetYear + MAX_YEAR_COLUMNS] }).ok).toBe(false);
  });

  it('prints every report and fact sheet with all its text inside the page margins', async () => {
    expect(data.proposals.some(isAmended)).toBe(true);
    expect(await textOutsideMargins(data)).toEqual([]);
  }, 120_000);
});
