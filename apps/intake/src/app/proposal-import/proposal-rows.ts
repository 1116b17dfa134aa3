import {
  BudgetRound,
  PROPOSAL_KINDS,
  PROPOSAL_KIND_LABELS,
  ProposalDraftInput,
  ROW_CATEGORIES,
  ROW_CATEGORY_LABELS,
  SECTION_KINDS,
  SECTION_KIND_LABELS,
  SectionKind,
  TextSectionInput,
  ValidationIssue,
  quote,
  roundColumns,
} from '@budgetflow/domain';
import { danishAmountText } from './danish-number-cell';
import { ImportField, headerKey, importColumns } from './import-columns';
import { ImportIssue, importIssue } from './import-issue';
import { SheetCell, SheetGrid } from './sheet-reader';

/** Where a value was read: a sheet row and column. */
interface CellAt {
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

export interface ReadProposals {
  readonly proposals: readonly SheetProposal[];
  readonly issues: readonly ImportIssue[];
  /** Turns a domain issue of a proposal into a located import issue. */
  readonly located: (proposal: SheetProposal, issue: ValidationIssue) => ImportIssue;
}

/** The fields of a proposal (not of a table row): read from its first line, or repeated identically. */
type ProposalField = 'committee' | 'version' | 'title' | 'area' | 'kind' | 'fundingSource' | 'forslagHeading' | 'sectionOrder' | `section:${SectionKind}`;

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

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

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

/**
 * Reads the proposals from a sheet in the template's layout. The header row is the first row with content; each
 * line below is one row of a proposal's table, lines with the same reference are one proposal (its fields on its
 * first line or repeated identically). Every problem the sheet itself has is located; what the domain will judge
 * (texts, amounts, references) is left to validateProposal, whose issues `located` maps back onto cells.
 */
export function readProposals(grid: SheetGrid, round: BudgetRound, defaultCommittee: string | null): ReadProposals {
  const issues: ImportIssue[] = [];
  const columns = importColumns(round);
  const headerIndex = grid.rows.findIndex((row) => row.some((cell) => cell !== null));
  const headerRow = headerIndex + 1;
  const at = (row: number, column: number | null, value?: string | null, columnName?: string | null) => ({
    sheet: grid.sheet,
    row,
    column: column === null ? null : columnLetter(column),
    columnName: columnName ?? null,
    value: value ?? null,
  });

  // Which column holds what.
  const positions = new Map<ImportField, number>();
  const headerTexts: string[] = [];
  (grid.rows[headerIndex] ?? []).forEach((cell, index) => {
    if (!cell) return;
    const text = cell.text.trim();
    headerTexts[index + 1] = text;
    const column = columns.find((candidate) => headerKey(candidate.header) === headerKey(text));
    if (!column) {
      issues.push(
        importIssue(
          'import.unknown_column',
          `Kolonnen ${quote(text)} kendes ikke; brug skabelonens kolonner (se arket «Vejledning»).`,
          at(headerRow, index + 1, text),
        ),
      );
    } else if (positions.has(column.field)) {
      issues.push(importIssue('import.duplicate_column', `Kolonnen «${column.header}» findes to gange; slet den ene.`, at(headerRow, index + 1, text)));
    } else positions.set(column.field, index + 1);
  });
  if (headerIndex === -1) {
    return {
      proposals: [],
      issues: [importIssue('import.no_rows', 'Arket er tomt; skriv forslagene under skabelonens overskrifter.', { sheet: grid.sheet })],
      located: () => importIssue('', '', { sheet: grid.sheet }),
    };
  }
  for (const column of columns.filter((candidate) => candidate.required && !positions.has(candidate.field))) {
    issues.push(
      importIssue('import.missing_column', `Kolonnen «${column.header}» mangler; tilføj den i overskriftsrækken.`, at(headerRow, null, null, column.header)),
    );
  }
  const headerOf = (column: number) => headerTexts[column] ?? null;
  const cellAt = (row: readonly (SheetCell | null)[], field: ImportField): SheetCell | null => {
    const position = positions.get(field);
    return position === undefined ? null : (row[position - 1] ?? null);
  };

  // Lines grouped by reference, in the order of their first line.
  const groups = new Map<string, number[]>();
  for (let index = headerIndex + 1; index < grid.rows.length; index++) {
    const row = grid.rows[index] ?? [];
    if (!row.some((cell) => cell !== null)) continue;
    const reference = cellAt(row, 'reference')?.text.trim() ?? '';
    if (reference === '') {
      if (positions.has('reference'))
        issues.push(
          importIssue(
            'import.reference_missing',
            'Linjen har ingen reference; skriv forslagets reference (fx B26-SU-01) på hver linje.',
            at(index + 1, positions.get('reference') ?? null, null, 'Reference'),
          ),
        );
      continue;
    }
    groups.set(reference, [...(groups.get(reference) ?? []), index]);
  }
  if (groups.size === 0 && issues.length === 0)
    issues.push(importIssue('import.no_rows', 'Arket har ingen forslag under overskriftsrækken.', { sheet: grid.sheet }));

  const amountColumns = roundColumns(round);
  const proposals = [...groups.entries()].map(([reference, lines]): SheetProposal => {
    const firstRow = (lines[0] as number) + 1;
    // A proposal field: the first line's value, or the first value given; a different value on another line is a mistake.
    const fieldAt = new Map<ProposalField, CellAt>();
    const value = (field: ProposalField): string => {
      let chosen: { text: string; at: CellAt } | null = null;
      const position = positions.get(field);
      for (const line of lines) {
        const cell = cellAt(grid.rows[line] ?? [], field);
        if (!cell || position === undefined) continue;
        const text = field === 'version' || field === 'committee' ? cell.text.trim() : cell.text;
        if (chosen === null) chosen = { text, at: { row: line + 1, column: position } };
        else if (chosen.text.trim() !== text.trim()) {
          issues.push(
            importIssue(
              'import.conflicting_value',
              `Forslaget ${reference} har en anden ${FIELD_NAMES[field]} her end i linje ${chosen.at.row}; skriv den samme værdi på alle forslagets linjer eller kun på den første.`,
              at(line + 1, position, cell.text, headerOf(position)),
            ),
          );
        }
      }
      fieldAt.set(field, chosen?.at ?? { row: firstRow, column: position ?? 0 });
      return chosen?.text ?? '';
    };

    // Left empty by a committee: its own. The budget office must name it (the domain says so: proposal.committee_empty).
    const committee = value('committee').trim() || defaultCommittee || '';
    const versionText = value('version').trim();
    let version: number | null = null;
    if (versionText !== '') {
      if (/^\d{1,9}$/.test(versionText) && Number(versionText) >= 1) version = Number(versionText);
      else {
        const where = fieldAt.get('version') ?? { row: firstRow, column: 0 };
        issues.push(
          importIssue(
            'import.version_invalid',
            `Versionen ${quote(versionText)} er ikke et helt tal fra 1 og op; skriv den version, opdateringen bygger på, eller lad cellen stå tom.`,
            at(where.row, where.column, versionText, 'Version'),
          ),
        );
      }
    }

    // Sections: the columns with text, in the given order or the template's.
    const texts = new Map<SectionKind, string>();
    for (const kind of SECTION_KINDS) {
      const body = value(`section:${kind}`);
      if (body.trim() !== '') texts.set(kind, body);
    }
    const orderText = value('sectionOrder').trim();
    let order: SectionKind[] = [...SECTION_KINDS];
    if (orderText !== '') {
      const named = orderText
        .split(/[;,\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
      const kinds = named.map(sectionOf);
      const unknown = named.filter((_name, index) => kinds[index] === null);
      if (unknown.length > 0) {
        const where = fieldAt.get('sectionOrder') ?? { row: firstRow, column: 0 };
        issues.push(
          importIssue(
            'import.section_order_invalid',
            `Afsnitsrækkefølgen nævner ${unknown.slice(0, 3).map(quote).join(', ')}${unknown.length > 3 ? ` og ${unknown.length - 3} flere` : ''}, som ikke er et afsnit; brug ${SECTION_KINDS.map((kind) => `«${SECTION_KIND_LABELS[kind]}»`).join(', ')}.`,
            at(where.row, where.column, orderText, 'Afsnitsrækkefølge'),
          ),
        );
      }
      const listed = kinds.filter((kind): kind is SectionKind => kind !== null);
      order = [...new Set([...listed, ...SECTION_KINDS])];
    }
    const sectionKinds = order.filter((kind) => texts.has(kind));
    const heading = value('forslagHeading').trim();
    const sections: TextSectionInput[] = sectionKinds.map((kind) => ({
      kind,
      body: texts.get(kind) ?? '',
      ...(kind === 'forslag' && heading !== '' ? { heading } : {}),
    }));

    const kindText = value('kind').trim();
    const fundingSource = value('fundingSource');
    const input: ProposalDraftInput = {
      reference,
      committee,
      title: value('title'),
      area: value('area'),
      kind: kindText === '' ? '' : byLabel(kindText, PROPOSAL_KINDS, PROPOSAL_KIND_LABELS),
      fundingSource: fundingSource.trim() === '' ? null : fundingSource,
      sections,
      table: {
        rows: lines.map((line) => {
          const row = grid.rows[line] ?? [];
          const label = cellAt(row, 'rowLabel')?.text ?? '';
          const category = cellAt(row, 'category')?.text ?? '';
          return {
            label,
            category: category.trim() === '' ? '' : categoryOf(category),
            cells: Object.fromEntries(
              amountColumns
                .filter((column) => positions.has(`amount:${column.key}`))
                .map((column) => {
                  const cell = cellAt(row, `amount:${column.key}`);
                  return [column.key, cell === null ? '' : cell.number !== undefined ? danishAmountText(cell.number) : cell.text];
                }),
            ),
          };
        }),
      },
    };

    const fieldColumn: Readonly<Record<string, ImportField>> = {
      reference: 'reference',
      committee: 'committee',
      version: 'version',
      title: 'title',
      area: 'area',
      kind: 'kind',
      fundingSource: 'fundingSource',
    };
    const locate = (path: string): CellAt => {
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
        return fieldAt.get(field) ?? { row: firstRow, column: positions.get(field) ?? 0 };
      }
      const top = path.split(/[.[]/)[0] ?? '';
      const field = fieldColumn[top];
      if (field === 'reference') return { row: firstRow, column: positions.get('reference') ?? 0 };
      if (field) return fieldAt.get(field as ProposalField) ?? { row: firstRow, column: positions.get(field) ?? 0 };
      return { row: firstRow, column: 0 };
    };
    return { input, version, rows: lines.map((line) => line + 1), locate };
  });

  const located = (proposal: SheetProposal, issue: ValidationIssue): ImportIssue => {
    const where = proposal.locate(issue.path);
    const line = grid.rows[where.row - 1] ?? [];
    const cell = where.column > 0 ? (line[where.column - 1] ?? null) : null;
    return importIssue(
      issue.code,
      issue.message,
      at(where.row, where.column > 0 ? where.column : null, cell?.text ?? null, where.column > 0 ? headerOf(where.column) : null),
    );
  };
  return { proposals, issues, located };
}
