import type { ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { AmountCell, AmountRowKind, AmountTableRow, AmountTableSpec } from '../document/amount-table-spec';
import { amountText } from './amount-text';
import { COLORS } from './styles';

export * from '../document/amount-table-spec';

const FILLS: Readonly<Record<AmountRowKind, string | undefined>> = {
  detail: undefined,
  group: undefined,
  line: undefined,
  subtotal: COLORS.subtotalFill,
  total: COLORS.headerFill,
};

// Rules only where a reader needs them: under the header, between rows a hairline, a firm rule at the end.
const LAYOUT: CustomTableLayout = {
  hLineWidth: (index, node) => (index === 0 || index === (node.table.headerRows ?? 0) || index === node.table.body.length ? 0.8 : 0.25),
  hLineColor: (index, node) => (index === 0 || index === (node.table.headerRows ?? 0) || index === node.table.body.length ? COLORS.rule : COLORS.hairline),
  vLineWidth: () => 0,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

function padTo<T>(cells: T[], length: number, filler: () => T): T[] {
  while (cells.length < length) cells.push(filler());
  return cells;
}

function emptyCell(): TableCell {
  return {};
}

function cellText(amount: AmountCell): string {
  return amount === undefined ? '' : amountText(amount);
}

function rowCells(row: AmountTableRow, spec: AmountTableSpec): TableCell[] {
  const textCount = spec.textColumns.length;
  const bold = row.kind === 'group' || row.kind === 'subtotal' || row.kind === 'total';
  const fillColor = FILLS[row.kind];
  const amountCells: TableCell[] = spec.amountHeaders.map((_header, index) =>
    row.kind === 'group' ? { text: '', fillColor } : { text: cellText(row.amounts[index]), alignment: 'right', bold, fillColor, noWrap: true },
  );
  if (row.kind === 'detail') {
    const texts: TableCell[] = spec.textColumns.map((_column, index) => ({
      text: row.texts[index] ?? '',
      margin: index === 0 && row.indent ? [8, 0, 0, 0] : [0, 0, 0, 0],
    }));
    return [...texts, ...amountCells];
  }
  // Group, line, subtotal and total rows name themselves across all text columns.
  const label: TableCell = { text: row.texts[0] ?? '', bold, fillColor, colSpan: textCount, color: row.kind === 'group' ? COLORS.heading : undefined };
  return [...padTo<TableCell>([label], textCount, emptyCell), ...amountCells];
}

/**
 * A pdfmake table of amounts: the header row repeats on every page, rows never split, amounts
 * are right-aligned, subtotal and total rows are bold on a light fill.
 */
export function amountTable(spec: AmountTableSpec): ContentTable {
  const amountWidth = spec.amountWidth ?? 54;
  const header: TableCell[] = [
    ...spec.textColumns.map((column): TableCell => ({ text: column.header, style: 'tableHeader', fillColor: COLORS.headerFill })),
    ...spec.amountHeaders.map((text): TableCell => ({ text, style: 'tableHeader', alignment: 'right', fillColor: COLORS.headerFill })),
  ];
  return {
    style: 'table',
    layout: LAYOUT,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...spec.textColumns.map((column) => column.width), ...spec.amountHeaders.map(() => amountWidth)],
      body: [header, ...spec.rows.map((row) => rowCells(row, spec))],
    },
  };
}
