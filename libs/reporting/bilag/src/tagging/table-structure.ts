import type { ContentTable } from 'pdfmake/interfaces';
import { AmountTableSpec } from '../document/amount-table-spec';
import { StructureElement, structureElement } from './structure-element';

type TaggableCell = { _tag?: StructureElement; text?: unknown };

/**
 * Index of the first row of the table's foot: the totals (and lines between them) that end the table; -1 if none,
 * and -1 when nothing would be left for the body (a table of only its total: PDF/UA wants a TBody beside a TFoot).
 */
export function footStart(spec: AmountTableSpec): number {
  let start = -1;
  for (let index = spec.rows.length - 1; index >= 0; index -= 1) {
    const kind = spec.rows[index]?.kind;
    if (kind === 'total') start = index;
    else if (kind !== 'line') break;
  }
  return start > 0 ? start : -1;
}

/**
 * Gives the cells of an amount table (amountTable's body: the header row, then one row per spec row) their structure
 * elements under `table`: THead with the column headers (TH, Scope Column), a TBody per group (its group row, details and
 * subtotal), a TFoot with the closing totals; each row's label a TH with Scope Row (spanning the text columns).
 */
export function tagAmountTable(content: ContentTable, spec: AmountTableSpec, table: StructureElement): void {
  const body = content.table.body as unknown as TaggableCell[][];
  const textCount = spec.textColumns.length;
  const head = structureElement('TR', structureElement('THead', table));
  (body[0] ?? []).forEach((cell) => {
    // An empty corner header names nothing: a plain cell.
    cell._tag = cell.text === '' ? structureElement('TD', head) : structureElement('TH', head, { attributes: { scope: 'Column' } });
  });
  const foot = footStart(spec);
  let section: StructureElement | null = null;
  spec.rows.forEach((row, index) => {
    if (index === foot) section = structureElement('TFoot', table);
    else if (!section || row.kind === 'group') section = structureElement('TBody', table);
    const tr = structureElement('TR', section);
    const cells = body[index + 1] ?? [];
    if (row.kind === 'detail') {
      cells.forEach((cell, column) => {
        cell._tag = column === 0 ? structureElement('TH', tr, { attributes: { scope: 'Row' } }) : structureElement('TD', tr);
      });
      return;
    }
    const [label] = cells;
    if (label) label._tag = structureElement('TH', tr, { attributes: { scope: 'Row', ...(textCount > 1 ? { colSpan: textCount } : {}) } });
    // The cells under the label's span are placeholders; the amounts follow.
    cells.slice(textCount).forEach((cell) => (cell._tag = structureElement('TD', tr)));
  });
}
