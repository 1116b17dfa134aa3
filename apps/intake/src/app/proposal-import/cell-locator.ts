import { RoundColumn, SectionKind } from '@budgetflow/domain';
import { ImportField } from './import-columns';
import { SheetLayout } from './sheet-layout';
import { CellAt, ProposalField } from './sheet-proposal';

/** What the locator knows of one proposal: its lines, where its fields were read, its sections and amount columns. */
export interface LocatorInput {
  readonly layout: SheetLayout;
  readonly lines: readonly number[];
  readonly firstRow: number;
  readonly fieldAt: ReadonlyMap<ProposalField, CellAt>;
  readonly sectionKinds: readonly SectionKind[];
  readonly amountColumns: readonly RoundColumn[];
}

const FIELD_COLUMN: Readonly<Record<string, ImportField>> = {
  reference: 'reference',
  committee: 'committee',
  version: 'version',
  title: 'title',
  area: 'area',
  kind: 'kind',
  fundingSource: 'fundingSource',
};

/** Finds the cell a domain issue path is about: a table cell, a section's column, or a field's first cell. */
export function cellLocator({ layout, lines, firstRow, fieldAt, sectionKinds, amountColumns }: LocatorInput): (path: string) => CellAt {
  const { positions } = layout;
  return (path) => {
    const rowMatch = /^table\.rows\[(\d+)\](?:\.(label|category|cells)(?:\.(.+))?)?/.exec(path);
    if (rowMatch) {
      const line = lines[Number(rowMatch[1])] ?? (lines[0] as number);
      const part = rowMatch[2];
      const field: ImportField | undefined =
        part === 'label'
          ? 'rowLabel'
          : part === 'category'
            ? 'category'
            : part === 'cells'
              ? `amount:${rowMatch[3] ?? amountColumns[0]?.key ?? ''}`
              : undefined;
      return { row: line + 1, column: (field && positions.get(field)) || (positions.get(`amount:${amountColumns[0]?.key ?? ''}`) ?? 0) };
    }
    if (path.startsWith('table')) return { row: firstRow, column: positions.get('rowLabel') ?? 0 };
    const sectionMatch = /^sections\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (sectionMatch) {
      const kind = sectionKinds[Number(sectionMatch[1])];
      const field: ProposalField = sectionMatch[2] === 'heading' && kind === 'forslag' ? 'forslagHeading' : kind ? `section:${kind}` : 'title';
      return fieldAt.get(field) ?? { row: firstRow, column: positions.get(field as ImportField) ?? 0 };
    }
    const top = path.split(/[.[]/)[0] ?? '';
    const field = FIELD_COLUMN[top];
    if (field === 'reference') return { row: firstRow, column: positions.get('reference') ?? 0 };
    if (field) return fieldAt.get(field as ProposalField) ?? { row: firstRow, column: positions.get(field) ?? 0 };
    return { row: firstRow, column: 0 };
  };
}
