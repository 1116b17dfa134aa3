import { budget2026Round, roundColumns } from '@budgetflow/domain';
import type { ConsequenceRowInput } from '@budgetflow/domain';
import { CATEGORY_COLUMN, FIRST_AMOUNT_COLUMN, LABEL_COLUMN } from './grid';
import { PasteTarget, pasteBlock } from './paste-block';
import { emptyRow } from './table-draft';

// A block copied from a spreadsheet, pasted into the consequence table editor (docs/web.md, «Paste from a spreadsheet»).

const columns = roundColumns(budget2026Round); // 2026, 2027, 2028, permanent
const target = (patch: Partial<PasteTarget> = {}): PasteTarget => ({
  rows: [emptyRow(columns)],
  columns,
  rowIndex: 0,
  column: LABEL_COLUMN,
  problems: {},
  ...patch,
});
const cells = (row: ConsequenceRowInput | undefined) => columns.map((column) => row?.cells[column.key]);

describe('pasteBlock', () => {
  it('pasted into a text cell: the first column is the text, the rest the amounts, in Danish', () => {
    const pasted = pasteBlock('Færre vikarer\t-2,2\t-2,2\t-2,2\t-2,2', target());
    expect(pasted?.rows).toHaveLength(1);
    expect(pasted?.rows[0]?.label).toBe('Færre vikarer');
    expect(cells(pasted?.rows[0])).toEqual(['-2,2', '-2,2', '-2,2', '-2,2']);
    expect(pasted?.problems).toEqual({});
    expect(pasted?.notice).toBe('Indsat én række. Tallene er læst som dansk talformat.');
  });

  it('adds the rows a block needs, from the row it lands in, and keeps the rows above', () => {
    const rows = [{ ...emptyRow(columns), label: 'Første' }];
    const pasted = pasteBlock('Anden\t-1\nTredje\t-2', target({ rows, rowIndex: 1 }));
    expect(pasted?.rows.map((row) => row.label)).toEqual(['Første', 'Anden', 'Tredje']);
    // A cell taken is written as the domain formats the amount.
    expect(pasted?.rows[2]?.cells['2026']).toBe('-2,0');
    expect(pasted?.notice).toMatch(/^Indsat 2 rækker\./);
  });

  it('pasted into an amount cell: the amounts from that column on, the text untouched', () => {
    const rows = [{ ...emptyRow(columns), label: 'Færre vikarer' }];
    const pasted = pasteBlock('-0,5\t-0,75', target({ rows, column: FIRST_AMOUNT_COLUMN + 1 }));
    expect(pasted?.rows[0]?.label).toBe('Færre vikarer');
    expect(cells(pasted?.rows[0])).toEqual(['', '-0,5', '-0,75', '']);
  });

  it('reads a block as English only when a cell can only be English, and says so', () => {
    const pasted = pasteBlock('1,234.5\t2.5', target({ column: FIRST_AMOUNT_COLUMN }));
    expect(pasted?.problems).toEqual({});
    expect(cells(pasted?.rows[0]).slice(0, 2)).toEqual(['1.234,5', '2,5']);
    expect(pasted?.notice).toBe('Indsat én række. Tallene er læst som engelsk talformat.');
  });

  it('marks an amount that reads two ways in a block that proves no format, keeping what was pasted', () => {
    const pasted = pasteBlock('1,000', target({ column: FIRST_AMOUNT_COLUMN }));
    expect(pasted?.rows[0]?.cells['2026']).toBe('1,000');
    expect(Object.keys(pasted?.problems ?? {})).toEqual(['rows[0].cells.2026']);
    expect(pasted?.notice).toBe('Indsat én række. Én celle kunne ikke læses sikkert og er markeret; ret den.');
  });

  it('takes a marked cell once the block proves its format, and clears its earlier mark', () => {
    const earlier = { 'rows[0].cells.2026': 'læses som både 1,0 og 1.000' };
    const pasted = pasteBlock('1,000\t-2,2', target({ column: FIRST_AMOUNT_COLUMN, problems: earlier }));
    expect(pasted?.problems).toEqual({});
    // «-2,2» can only be Danish, so «1,000» is one million kroner.
    expect(cells(pasted?.rows[0]).slice(0, 2)).toEqual(['1,0', '-2,2']);
  });

  it('leaves out the cells beyond the table and counts them', () => {
    const pasted = pasteBlock('-1\t-1\t-1\t-1\t-1\t-1', target({ column: FIRST_AMOUNT_COLUMN }));
    expect(cells(pasted?.rows[0])).toEqual(['-1,0', '-1,0', '-1,0', '-1,0']);
    expect(pasted?.notice).toMatch(/2 celler uden for tabellens kolonner er ikke indsat\.$/);
  });

  it('a row copied from the table as shown (text, category, amounts) fills the text, the category and the amounts', () => {
    const pasted = pasteBlock('Færre vikarer\tDrift\t-1,5\t-1,5\t-1,5\t-1,5\nNy scanner\tAnlæg\t2,0\t\t\t', target());
    expect(pasted?.rows.map((row) => [row.label, row.category])).toEqual([
      ['Færre vikarer', 'drift'],
      ['Ny scanner', 'anlaeg'],
    ]);
    expect(cells(pasted?.rows[0])).toEqual(['-1,5', '-1,5', '-1,5', '-1,5']);
    // An empty pasted cell is written as the domain writes an empty amount.
    expect(cells(pasted?.rows[1])).toEqual(['2,0', '-', '-', '-']);
    expect(pasted?.problems).toEqual({});
  });

  it('knows the long category label and the keys, in any case', () => {
    const pasted = pasteBlock('Opstart\tEventuelle etableringsudgifter (fx vedr. anlæg)\t0,5\nDrift\tDRIFT\t-0,5', target());
    expect(pasted?.rows.map((row) => row.category)).toEqual(['etablering', 'drift']);
    expect(pasted?.rows[1]?.cells['2026']).toBe('-0,5');
  });

  it('pasted into the category cell: the category, then the amounts from the first year', () => {
    const rows = [{ ...emptyRow(columns), label: 'Færre vikarer' }];
    const pasted = pasteBlock('Anlæg\t-0,5\t-0,75', target({ rows, column: CATEGORY_COLUMN }));
    expect(pasted?.rows[0]?.label).toBe('Færre vikarer');
    expect(pasted?.rows[0]?.category).toBe('anlaeg');
    expect(cells(pasted?.rows[0])).toEqual(['-0,5', '-0,75', '', '']);
  });

  it('reads the second column as an amount when a line has no category there', () => {
    const pasted = pasteBlock('Færre vikarer\tDrift\t-1\nNy scanner\t2,0\t', target());
    // «Drift» is not an amount: marked in 2026, never shifted into another column silently.
    expect(pasted?.rows[0]?.cells['2026']).toBe('Drift');
    expect(Object.keys(pasted?.problems ?? {})).toContain('rows[0].cells.2026');
    expect(pasted?.rows[1]?.cells['2026']).toBe('2,0');
  });

  it('says «1 celle» for one cell left out', () => {
    const pasted = pasteBlock('-1\t-1\t-1\t-1\t-1', target({ column: FIRST_AMOUNT_COLUMN }));
    expect(pasted?.notice).toMatch(/ 1 celle uden for tabellens kolonner er ikke indsat\.$/);
  });

  it('is an ordinary paste for one word in a text cell, or nothing', () => {
    expect(pasteBlock('Vikarer', target())).toBeNull();
    expect(pasteBlock('', target({ column: CATEGORY_COLUMN + 1 }))).toBeNull();
  });
});
