import { budget2026Round } from '@budgetflow/domain';
import type { Content, ContentStack, ContentTable } from 'pdfmake/interfaces';
import { parseTable } from '../testing/bilag-data.builder';
import { consequenceTable } from './consequence-table';

function parts(content: Content): { stack: ContentStack; table: ContentTable; texts: string[] } {
  const stack = content as ContentStack;
  const table = stack.stack.find((part): part is ContentTable => typeof part === 'object' && 'table' in part);
  if (!table) throw new Error('No table');
  const texts = table.table.body.map((row) => row.map((cell) => ('text' in cell ? String(cell.text) : '')).join(' | '));
  return { stack, table, texts };
}

describe('consequenceTable', () => {
  it('is kept on one page, under a caption with the price level', () => {
    const { stack } = parts(consequenceTable(budget2026Round, parseTable({ label: 'Drift', cells: ['-1,0', '-1,0', '-1,0', '-1,0'] })));
    expect(stack.unbreakable).toBe(true);
    expect(stack.stack[0]).toEqual(expect.objectContaining({ text: 'Økonomisk konsekvens (P/L-2025; mio. kr.)' }));
  });

  it('groups rows under their category, prints empty cells "-" and computes the sum row', () => {
    const table = parseTable(
      { label: 'Vikarer', cells: ['-1,0', '-1,0', '-1,0', '-1,0'] },
      { label: 'Indkøb', cells: ['-0,125', '-', '-', '-'] },
      { label: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', category: 'etablering', cells: ['-', '-', '-', '-'] },
      { label: 'Ombygning', category: 'anlaeg', cells: ['2,0', '-', '-', '-'] },
    );
    expect(parts(consequenceTable(budget2026Round, table)).texts).toEqual([
      ' | 2026 | 2027 | 2028 | Permanent',
      'Drift |  |  |  | ',
      'Vikarer | \u22121,0 | \u22121,0 | \u22121,0 | \u22121,0',
      'Indkøb | \u22120,125 | - | - | -',
      'Eventuelle etableringsudgifter (fx vedr. anlæg) | - | - | - | -',
      'Anlæg |  |  |  | ',
      'Ombygning | 2,0 | - | - | -',
      'Samlet, prioriteringsforslag | 0,875 | \u22121,0 | \u22121,0 | \u22121,0',
    ]);
  });

  it('puts a label such as "Besluttet af FU med ændringer" above the caption', () => {
    const { stack } = parts(consequenceTable(budget2026Round, parseTable({ label: 'Drift', cells: ['-1,0', '-', '-', '-'] }), 'Besluttet af FU med ændringer'));
    expect(stack.stack.slice(0, 2)).toEqual([
      expect.objectContaining({ text: 'Besluttet af FU med ændringer' }),
      expect.objectContaining({ text: 'Økonomisk konsekvens (P/L-2025; mio. kr.)' }),
    ]);
  });
});
