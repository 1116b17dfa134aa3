import { AmountCell, AmountTableRow, AmountTableSpec } from '../document/amount-table-spec';
import { Table } from '../document/bilag-document';
import { plainText } from '../document/rich-text';
import { amountText } from '../layout/amount-text';
import { footStart } from '../tagging/table-structure';
import { escapeHtml } from './escape-html';
import { richTextHtml } from './rich-text-html';

const ROW_CLASSES: Readonly<Record<AmountTableRow['kind'], string>> = {
  detail: 'bf-detail',
  group: 'bf-group',
  line: 'bf-line',
  subtotal: 'bf-subtotal',
  total: 'bf-total',
};

function amountCell(amount: AmountCell): string {
  // As printed: the bilag's own amount text, "-" for an empty cell; undefined leaves the cell blank.
  return `<td class="bf-amount">${amount === undefined ? '' : escapeHtml(amountText(amount))}</td>`;
}

function rowHtml(row: AmountTableRow, spec: AmountTableSpec): string {
  const textCount = spec.textColumns.length;
  const amounts = spec.amountHeaders.map((_header, index) => (row.kind === 'group' ? '<td class="bf-amount"></td>' : amountCell(row.amounts[index])));
  if (row.kind === 'detail') {
    const [first = '', ...rest] = spec.textColumns.map((_column, index) => escapeHtml(row.texts[index] ?? ''));
    const label = `<th scope="row"${row.indent ? ' class="bf-indent"' : ''}>${first}</th>`;
    return `<tr class="${ROW_CLASSES.detail}">${label}${rest.map((text) => `<td>${text}</td>`).join('')}${amounts.join('')}</tr>`;
  }
  // Group, line, subtotal and total rows name themselves across the text columns, as in the PDF.
  const span = textCount > 1 ? ` colspan="${textCount}"` : '';
  const scope = row.kind === 'group' ? 'rowgroup' : 'row';
  return `<tr class="${ROW_CLASSES[row.kind]}"><th scope="${scope}"${span}>${escapeHtml(row.texts[0] ?? '')}</th>${amounts.join('')}</tr>`;
}

/**
 * A table of amounts as HTML, from the same model the PDF tags: caption (with its label), a head of column headers, a
 * body per group (its group row, details and subtotal), a foot with the closing totals, each row's label a row
 * header. In its own focusable, named scroll area (DKFDS's `table--responsive-scroll`), so a phone scrolls the table
 * and not the page.
 */
export function amountTableHtml(block: Table): string {
  const { spec } = block;
  const caption = plainText(block.caption);
  const head = [
    ...spec.textColumns.map((column) => (column.header === '' ? '<td></td>' : `<th scope="col">${escapeHtml(column.header)}</th>`)),
    ...spec.amountHeaders.map((header) => `<th scope="col" class="bf-amount">${escapeHtml(header)}</th>`),
  ].join('');
  const foot = footStart(spec);
  const sections: string[] = [];
  let rows: string[] = [];
  const close = (tag: 'tbody' | 'tfoot') => {
    if (rows.length > 0) sections.push(`<${tag}>${rows.join('')}</${tag}>`);
    rows = [];
  };
  spec.rows.forEach((row, index) => {
    if (index === foot) close('tbody');
    else if (row.kind === 'group' && (foot === -1 || index < foot)) close('tbody');
    rows.push(rowHtml(row, spec));
  });
  close(foot === -1 ? 'tbody' : 'tfoot');
  const label = block.label ? `<span class="bf-table-label">${richTextHtml(block.label)}</span> ` : '';
  const name = escapeHtml(block.label ? `${plainText(block.label)}: ${caption}` : caption);
  return (
    `<div class="table--responsive-scroll bf-table" tabindex="0" role="region" aria-label="${name}">` +
    `<table class="table table--compact"><caption>${label}${richTextHtml(block.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead>${sections.join('')}</table></div>`
  );
}
