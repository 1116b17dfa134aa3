import { Amount, budget2026Round } from '@budgetflow/domain';
import { renderReportPdf } from '../render';
import { aBilagData, demoBilagData } from '../testing/bilag-data.builder';
import { sumColumns, trailingAmounts } from '../testing/pdf-figures';
import { flat, pdfPages, pdfText } from '@budgetflow/testing';

const COLUMNS = 4;

interface ParsedYearTable {
  readonly groups: { readonly details: (Amount | null)[][]; readonly subtotal: (Amount | null)[] }[];
  readonly total: (Amount | null)[];
  readonly rest: (Amount | null)[] | null;
  readonly overall: (Amount | null)[] | null;
}

/**
 * Reads the year table back from the PDF text: detail rows per committee, subtotals, "I alt", rest
 * and "Samlet". A wrapped label comes out as lines without amounts before the line with them.
 */
function parseYearTable(text: string): ParsedYearTable {
  const groups: ParsedYearTable['groups'][number][] = [];
  let details: (Amount | null)[][] = [];
  let total: (Amount | null)[] = [];
  let rest: (Amount | null)[] | null = null;
  let overall: (Amount | null)[] | null = null;
  let pending: string[] = [];
  for (const line of text.split('\n')) {
    const amounts = trailingAmounts(line, COLUMNS);
    if (!amounts) {
      pending.push(line);
      continue;
    }
    const label = [...pending, line.trim().split(/\s+/).slice(0, -COLUMNS).join(' ')].join(' ').trim();
    pending = [];
    if (label.startsWith('I alt, ')) {
      groups.push({ details, subtotal: amounts });
      details = [];
    } else if (label === 'I alt') total = amounts;
    else if (label === 'Generel rammebesparelse (rest)') rest = amounts;
    else if (label === 'Samlet') overall = amounts;
    else details.push(amounts);
  }
  return { groups, total, rest, overall };
}

describe('the year table (udmøntning)', () => {
  it('gives the committee sums, "I alt" and the rest worked out by hand from the Budget 2026 catalogue', async () => {
    const pages = await pdfPages(await renderReportPdf('udmoentning', aBilagData()));
    const table = parseYearTable(pages.join('\n'));
    // 2026, 2027, 2028, Permanent in thousand kroner; DNS-02 (-2,2) only in 2026.
    expect(table.groups.map((group) => group.subtotal)).toEqual([
      [-24000, -24000, -24000, -24000],
      [-2825, -625, -625, -625],
      [-4000, -4000, -4000, -4000],
      [-4000, -4000, -4000, -4000],
    ]);
    expect(table.total).toEqual([-34825, -32625, -32625, -32625]);
    // The domain's sign convention: rest = -target - I alt, so the missing 0,175 is -0,175.
    expect(table.rest).toEqual([-175, -2375, -2375, -2375]);
    expect(table.overall).toEqual([-35000, -35000, -35000, -35000]);
    expect(pages[0]).toContain('Udmøntning af Budget 2026 (P/L-2025; mio. kr.)');
    expect(pages[0]).toContain(`Side 1 af ${pages.length}`);
    expect(pages[pages.length - 1]).toContain('Dannet 23.11.2026 kl. 14.05 · dataversion 2026-11-23.42');
  }, 30_000);

  it('adds up in every column: rows to subtotals, subtotals to "I alt", "I alt" and rest to "Samlet"', async () => {
    const table = parseYearTable(await pdfText(await renderReportPdf('udmoentning', demoBilagData())));
    expect(table.groups).toHaveLength(4);
    for (const group of table.groups) expect(sumColumns(group.details, COLUMNS)).toEqual(group.subtotal.map((amount) => amount ?? 0));
    expect(
      sumColumns(
        table.groups.map((group) => group.subtotal),
        COLUMNS,
      ),
    ).toEqual(table.total);
    expect(sumColumns([table.total, table.rest ?? []], COLUMNS)).toEqual(table.overall);
  }, 30_000);

  it('uses the decided amounts, leaves out rejected proposals and says both in the notes', async () => {
    const text = await pdfText(await renderReportPdf('udmoentning', demoBilagData()));
    const table = parseYearTable(text);
    // SU-02 as decided by FU (-10,0, -12,0, -14,0, -14,0); PSU-03 (rejected) is not a row.
    expect(table.groups[0]?.details).toEqual([
      [-10000, -10000, -10000, -10000],
      [-10000, -12000, -14000, -14000],
    ]);
    expect(table.groups[2]?.details).toHaveLength(2);
    expect(table.total).toEqual([-30325, -30125, -32125, -32125]);
    const notes = flat(text);
    expect(notes).toContain(
      'Medtaget er de 9 forslag, der tæller med i budgetrunden: status kladde, indsendt, retur til udvalg, klar til FU, godkendt af FU og vedtaget.',
    );
    expect(notes).toContain('Ikke medtaget: B26-PSU-03 Digital værdiskabelse (afvist af FU).');
    expect(notes).toContain('Ændret: B26-SU-02 Bedre udnyttelse af ressourcerne på operation- og anæstesiområdet (ændret af FU).');
  }, 30_000);

  it('has no rest or "Samlet" for a round without a target', async () => {
    const data = aBilagData();
    const text = await pdfText(await renderReportPdf('udmoentning', { ...data, round: { ...data.round, round: { ...budget2026Round, target: null } } }));
    const table = parseYearTable(text);
    expect(table.total).toEqual([-34825, -32625, -32625, -32625]);
    expect([table.rest, table.overall]).toEqual([null, null]);
  }, 30_000);

  it('turns the page to landscape when the round has more columns than fit in portrait', async () => {
    const round = { ...budget2026Round, yearColumns: [2026, 2027, 2028, 2029, 2030] };
    const data = aBilagData({ proposals: [] });
    const pdf = await renderReportPdf('udmoentning', { ...data, round: { ...data.round, round } });
    // A4 landscape: 841.89 x 595.28 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89\d* 595\.28\d*\]/);
  }, 30_000);

  it('names itself bilag 3 to the budget agreement once there is one', async () => {
    const agreed = flat(await pdfText(await renderReportPdf('udmoentning', aBilagData())));
    expect(agreed).toContain('Udmøntning, Budget 2026 Bilag 3 til budgetaftalen for Budget 2026: de medregnede forslags virkning år for år');
    const before = flat(await pdfText(await renderReportPdf('udmoentning', { ...aBilagData(), agreement: null })));
    expect(before).toContain('Udmøntning, Budget 2026 De medregnede forslags virkning år for år, med de besluttede beløb');
    expect(before).not.toContain('budgetaftalen');
  }, 30_000);
});
