import { BudgetRound, ConsequenceTable, tableHeading } from '@budgetflow/domain';
import type { Content } from 'pdfmake/interfaces';
import { amountTable } from '../layout/amount-table';
import { consequenceTableSpec } from '../tables/consequence.tables';

/**
 * A proposal's economic consequence table: the caption with the price level, one column per
 * year plus Permanent, the rows by category and the computed "Samlet, prioriteringsforslag" in
 * bold. Kept on one page; `label` (e.g. "Besluttet af FU med ændringer") goes above the caption.
 */
export function consequenceTable(round: BudgetRound, table: ConsequenceTable, label?: string): Content {
  return {
    unbreakable: true,
    stack: [
      ...(label ? [{ text: label, style: 'tableLabel' }] : []),
      // Under a label the caption sits close, as one heading of two lines.
      { text: tableHeading(round.priceLevel), style: 'caption', ...(label ? { margin: [0, 0, 0, 4] as [number, number, number, number] } : {}) },
      amountTable(consequenceTableSpec(round, table)),
    ],
  };
}
