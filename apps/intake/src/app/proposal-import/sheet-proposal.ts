import {
  BudgetRound,
  PROPOSAL_KINDS,
  PROPOSAL_KIND_LABELS,
  ProposalDraftInput,
  ROW_CATEGORIES,
  ROW_CATEGORY_LABELS,
  RoundColumn,
  SECTION_KINDS,
  SECTION_KIND_LABELS,
  SectionKind,
  TextSectionInput,
  quote,
  roundColumns,
} from '@budgetflow/domain';
import { cellLocator } from './cell-locator';
import { danishAmountText } from './danish-number-cell';
import { headerKey } from './import-columns';
import { ImportIssue, importIssue } from './import-issue';
import { SheetGrid } from './sheet-reader';
import { SheetLayout } from './sheet-layout';

/** Where a value was read: a sheet row and column. */
export interface CellAt {
  readonly row: number;
  readonly column: number;
}

/** One proposal of the sheet, as typed input for the domain's validation, and where each of its parts was read. */
export interface SheetProposal {
  readonly input: ProposalDraftInput;
  /** The version typed for an update, or null. */
  readonly version: number | null;
  /** The sheet rows of its lines (1-based). */
  readonly rows: readonly number[];
  /** Finds the cell a domain issue path ("title", "table.rows[2].cells.2027", "sections[1].body") is about. */
  readonly locate: (path: string) => CellAt;
}

/** The fields of a proposal (not of a table row): read from its first line, or repeated identically. */
export type ProposalField =
  'committee' | 'version' | 'title' | 'area' | 'kind' | 'fundingSource' | 'forslagHeading' | 'sectionOrder' | `section:${SectionKind}`;

const FIELD_NAMES: Readonly<Record<ProposalField, string>> = {
  committee: 'udvalg',
  version: 'version',
  title: 'titel',
  area: 'angivelse af hospital/virksomhed/område',
  kind: 'forslagstype',
  fundingSource: 'finansiering',
  forslagHeading: 'overskrift til forslagsafsnittet',
  sectionOrder: 'afsnitsrækkefølge',
  'section:baggrund': 'tekst under «Baggrund»',
  'section:beskrivelse': 'tekst under «Beskrivelse af forslag»',
  'section:forslag': 'tekst under «Omstillingsforslag»',
  'section:oekonomi': 'tekst under «Økonomi»',
  'section:oevrige_forhold': 'tekst under «Øvrige forhold»',
};

function byLabel<T extends string>(text: string, codes: readonly T[], labels: Readonly<Record<T, string>>): T | string {
  const key = headerKey(text);
  return codes.find((code) => code === key || headerKey(labels[code]) === key) ?? text;
}

function categoryOf(text: string): string {
  const key = headerKey(text);
  // "Etablering" or "Eventuelle etableringsudgifter" for the long label.
  if (key.startsWith('eventuelle etableringsudgifter') || key === 'etableringsudgifter') return 'etablering';
  return byLabel(text, ROW_CATEGORIES, ROW_CATEGORY_LABELS);
}

function sectionOf(name: string): SectionKind | null {
  const found = byLabel(name, SECTION_KINDS, SECTION_KIND_LABELS);
  return SECTION_KINDS.includes(found as SectionKind) ? (found as SectionKind) : null;
}

/** The lines of one proposal in the sheet, and where its parts are. */
interface ProposalLines {
  readonly grid: SheetGrid;
  readonly layout: SheetLayout;
  readonly reference: string;
  /** Its lines' indexes in the grid (0-based), in sheet order. */
  readonly lines: readonly number[];
  readonly issues: ImportIssue[];
}

/**
 * A proposal field's reader: the first line's value, or the first value given; a different value on another line
 * is an issue. It remembers where each field was read, for the locator.
 */
function fieldReader({ grid, layout, reference, lines, issues }: ProposalLines) {
  const firstRow = (lines[0] as number) + 1;
  const fieldAt = new Map<ProposalField, CellAt>();
  const value = (field: ProposalField): string => {
    let chosen: { text: string; at: CellAt } | null = null;
    const position = layout.positions.get(field);
    for (const line of lines) {
      const cell = layout.cellAt(grid.rows[line] ?? [], field);
      if (!cell || position === undefined) continue;
      const text = field === 'version' || field === 'committee' ? cell.text.trim() : cell.text;
      if (chosen === null) chosen = { text, at: { row: line + 1, column: position } };
      else if (chosen.text.trim() !== text.trim()) {
        issues.push(
          importIssue(
            'import.conflicting_value',
            `Forslaget ${reference} har en anden ${FIELD_NAMES[field]} her end i linje ${chosen.at.row}; skriv den samme værdi på alle forslagets linjer eller kun på den første.`,
            layout.at(line + 1, position, cell.text, layout.headerOf(position)),
          ),
        );
      }
    }
    fieldAt.set(field, chosen?.at ?? { row: firstRow, column: position ?? 0 });
    return chosen?.text ?? '';
  };
  const where = (field: ProposalField): CellAt => fieldAt.get(field) ?? { row: firstRow, column: 0 };
  return { value, fieldAt, where, firstRow };
}

type FieldReader = ReturnType<typeof fieldReader>;

/** The version an update builds on: a whole number from 1, or empty (a new draft). */
function readVersion(fields: FieldReader, layout: SheetLayout, issues: ImportIssue[]): number | null {
  const versionText = fields.value('version').trim();
  if (versionText === '') return null;
  if (/^\d{1,9}$/.test(versionText) && Number(versionText) >= 1) return Number(versionText);
  const where = fields.where('version');
  issues.push(
    importIssue(
      'import.version_invalid',
      `Versionen ${quote(versionText)} er ikke et helt tal fra 1 og op; skriv den version, opdateringen bygger på, eller lad cellen stå tom.`,
      layout.at(where.row, where.column, versionText, 'Version'),
    ),
  );
  return null;
}

/** The text sections: the columns with text, in the given order or the template's. */
function readSections(fields: FieldReader, layout: SheetLayout, issues: ImportIssue[]): { sections: TextSectionInput[]; sectionKinds: SectionKind[] } {
  const texts = new Map<SectionKind, string>();
  for (const kind of SECTION_KINDS) {
    const body = fields.value(`section:${kind}`);
    if (body.trim() !== '') texts.set(kind, body);
  }
  const orderText = fields.value('sectionOrder').trim();
  let order: SectionKind[] = [...SECTION_KINDS];
  if (orderText !== '') {
    const named = orderText
      .split(/[;,\n]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const kinds = named.map(sectionOf);
    const unknown = named.filter((_name, index) => kinds[index] === null);
    if (unknown.length > 0) {
      const where = fields.where('sectionOrder');
      issues.push(
        importIssue(
          'import.section_order_invalid',
          `Afsnitsrækkefølgen nævner ${unknown.slice(0, 3).map(quote).join(', ')}${unknown.length > 3 ? ` og ${unknown.length - 3} flere` : ''}, som ikke er et afsnit; brug ${SECTION_KINDS.map((kind) => `«${SECTION_KIND_LABELS[kind]}»`).join(', ')}.`,
          layout.at(where.row, where.column, orderText, 'Afsnitsrækkefølge'),
        ),
      );
    }
    const listed = kinds.filter((kind): kind is SectionKind => kind !== null);
    order = [...new Set([...listed, ...SECTION_KINDS])];
  }
  const sectionKinds = order.filter((kind) => texts.has(kind));
  const heading = fields.value('forslagHeading').trim();
  const sections = sectionKinds.map((kind) => ({
    kind,
    body: texts.get(kind) ?? '',
    ...(kind === 'forslag' && heading !== '' ? { heading } : {}),
  }));
  return { sections, sectionKinds };
}

/** The consequence table: one row a line, its amounts as Danish text for the domain to parse. */
function readTable({ grid, layout, lines }: ProposalLines, amountColumns: readonly RoundColumn[]): ProposalDraftInput['table'] {
  return {
    rows: lines.map((line) => {
      const row = grid.rows[line] ?? [];
      const label = layout.cellAt(row, 'rowLabel')?.text ?? '';
      const category = layout.cellAt(row, 'category')?.text ?? '';
      return {
        label,
        category: category.trim() === '' ? '' : categoryOf(category),
        cells: Object.fromEntries(
          amountColumns
            .filter((column) => layout.positions.has(`amount:${column.key}`))
            .map((column) => {
              const cell = layout.cellAt(row, `amount:${column.key}`);
              return [column.key, cell === null ? '' : cell.number !== undefined ? danishAmountText(cell.number) : cell.text];
            }),
        ),
      };
    }),
  };
}

/** One proposal from its lines: its fields, version, sections and table, and where each was read. */
export function readSheetProposal(proposal: ProposalLines, round: BudgetRound, defaultCommittee: string | null): SheetProposal {
  const { layout, lines, issues, reference } = proposal;
  const fields = fieldReader(proposal);
  // Left empty by a committee: its own. The budget office must name it (the domain says so: proposal.committee_empty).
  const committee = fields.value('committee').trim() || defaultCommittee || '';
  const version = readVersion(fields, layout, issues);
  const { sections, sectionKinds } = readSections(fields, layout, issues);
  const kindText = fields.value('kind').trim();
  const fundingSource = fields.value('fundingSource');
  const amountColumns = roundColumns(round);
  const input: ProposalDraftInput = {
    reference,
    committee,
    title: fields.value('title'),
    area: fields.value('area'),
    kind: kindText === '' ? '' : byLabel(kindText, PROPOSAL_KINDS, PROPOSAL_KIND_LABELS),
    fundingSource: fundingSource.trim() === '' ? null : fundingSource,
    sections,
    table: readTable(proposal, amountColumns),
  };
  const locate = cellLocator({ layout, lines, firstRow: fields.firstRow, fieldAt: fields.fieldAt, sectionKinds, amountColumns });
  return { input, version, rows: lines.map((line) => line + 1), locate };
}
