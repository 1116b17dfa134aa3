import { budget2026Round } from '@budgetflow/domain';
import { Block, Table } from '../document/bilag-document';
import { plainText } from '../document/rich-text';
import { amended, demoProposals, parseTable } from '../testing/bilag-data.builder';
import { proposalSection } from './proposal-section';

const OPTIONS = { pageBreak: false, withIdentity: false, committeeInToc: false, titleInToc: false, showDecidedTable: true, titleLevel: 1 } as const;

function tablesOf(blocks: readonly Block[]): Table[] {
  return blocks.flatMap((block): Table[] => (block.kind === 'table' ? [block] : block.kind === 'section' ? tablesOf(block.blocks) : []));
}

describe('the proposal section of the document model', () => {
  const proposal = demoProposals()[0] ?? (undefined as never);

  it('keeps the consequence table on one page, under a caption with the price level and its abbreviation expanded', () => {
    const [table] = tablesOf(proposalSection(budget2026Round, proposal, OPTIONS));
    expect(table?.keepTogether).toBe(true);
    expect(plainText(table?.caption ?? [])).toBe('Økonomisk konsekvens (P/L-2025; mio. kr.)');
    expect(table?.caption).toContainEqual({ text: 'mio. kr.', expansion: 'millioner kroner' });
    expect(table?.spec.rows.at(-1)).toEqual(expect.objectContaining({ kind: 'total', texts: ['Samlet, prioriteringsforslag'] }));
  });

  it('labels the submitted and the decided table of an amended proposal', () => {
    const changed = amended(proposal, parseTable({ label: 'Drift', cells: ['-1,0', '-', '-', '-'] }), 'FU');
    const tables = tablesOf(proposalSection(budget2026Round, changed, OPTIONS));
    expect(tables.map((table) => plainText(table.label ?? []))).toEqual(['Som indsendt', 'Besluttet af FU med ændringer']);
  });

  it('heads the text sections one level below the title, and the committee starts its part as a heading in the catalogue', () => {
    const blocks = proposalSection(budget2026Round, proposal, { ...OPTIONS, withIdentity: true, committeeInToc: true, titleInToc: true, titleLevel: 3 });
    const headings = (list: readonly Block[]): [number, string][] =>
      list.flatMap((block): [number, string][] =>
        block.kind === 'heading' ? [[block.level, block.role]] : block.kind === 'section' ? headings(block.blocks) : [],
      );
    const levels = headings(blocks);
    expect(levels.slice(0, 2)).toEqual([
      [2, 'committee'],
      [3, 'proposal'],
    ]);
    expect(levels.slice(2).every(([level, role]) => level === 4 && role === 'section')).toBe(true);
  });
});
