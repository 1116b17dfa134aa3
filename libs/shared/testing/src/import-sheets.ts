// Test helper: proposals written to a spreadsheet in the documented import layout (docs/spreadsheets.md), the way
// a committee would fill in the template by hand. Written here with its own literal headings, so a test catches
// a template that drifts from the documentation.
import { ProposalDraftInput, SECTION_KIND_LABELS } from '@budgetflow/domain';
import { Workbook } from 'exceljs';

/** The columns of the documented layout for a round with these year columns (e.g. 2026, 2027, 2028). */
export function importHeadings(years: readonly number[]): string[] {
  return [
    'Reference',
    'Udvalg',
    'Version',
    'Titel',
    'Hospital/virksomhed/område forslaget vedrører',
    'Forslagstype',
    'Finansiering',
    'Baggrund',
    'Beskrivelse af forslag',
    'Omstillingsforslag',
    'Økonomi',
    'Øvrige forhold',
    'Overskrift til forslagsafsnit',
    'Afsnitsrækkefølge',
    'Række',
    'Kategori',
    ...years.map(String),
    'Permanent',
  ];
}

const KIND_LABELS: Record<string, string> = { omstilling: 'Omstilling/besparelse', udvidelse: 'Udvidelse', anlaeg: 'Anlæg' };
const CATEGORY_LABELS: Record<string, string> = { drift: 'Drift', etablering: 'Eventuelle etableringsudgifter (fx vedr. anlæg)', anlaeg: 'Anlæg' };

/** A cell as a person types it: a Danish amount text ("-0,125") as a number of mio. kr., "-" and "" as an empty cell. */
function amountCell(text: string | undefined): number | string | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === '-') return null;
  const match = /^([-−]?)\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/.exec(trimmed);
  if (!match) return trimmed;
  const [, sign, whole = '0', fraction = ''] = match;
  return Number(`${sign ? '-' : ''}${whole.replace(/\./g, '')}.${fraction || '0'}`);
}

/** The lines of one proposal: its fields on the first line, one line per table row. */
export function importLines(proposal: ProposalDraftInput, years: readonly number[], version: number | null = null): (string | number | null)[][] {
  const section = (kind: string) => proposal.sections.find((candidate) => candidate.kind === kind)?.body ?? null;
  const forslag = proposal.sections.find((candidate) => candidate.kind === 'forslag');
  const kinds = proposal.sections.map((candidate) => candidate.kind);
  const canonical = ['baggrund', 'beskrivelse', 'forslag', 'oekonomi', 'oevrige_forhold'].filter((kind) => kinds.includes(kind));
  const order =
    kinds.join() === canonical.join() ? null : kinds.map((kind) => SECTION_KIND_LABELS[kind as keyof typeof SECTION_KIND_LABELS] ?? kind).join('; ');
  return proposal.table.rows.map((row, index) => {
    const first = index === 0;
    return [
      proposal.reference,
      first ? proposal.committee : null,
      first ? version : null,
      first ? proposal.title : null,
      first ? proposal.area : null,
      first ? (KIND_LABELS[proposal.kind] ?? proposal.kind) : null,
      first ? (proposal.fundingSource ?? null) : null,
      first ? section('baggrund') : null,
      first ? section('beskrivelse') : null,
      first ? section('forslag') : null,
      first ? section('oekonomi') : null,
      first ? section('oevrige_forhold') : null,
      first && forslag?.heading ? forslag.heading : null,
      first ? order : null,
      row.label,
      CATEGORY_LABELS[row.category] ?? row.category,
      ...[...years.map(String), 'permanent'].map((key) => amountCell(row.cells[key])),
    ];
  });
}

/** A workbook with the sheet «Forslag»: the headings, then the given lines. */
export async function importWorkbook(
  years: readonly number[],
  lines: readonly (readonly (string | number | null)[])[],
  headings = importHeadings(years),
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Forslag');
  sheet.addRow(headings);
  for (const line of lines) sheet.addRow([...line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The proposals as an import workbook in the documented layout. */
export function proposalsWorkbook(proposals: readonly ProposalDraftInput[], years: readonly number[] = [2026, 2027, 2028]): Promise<Buffer> {
  return importWorkbook(
    years,
    proposals.flatMap((proposal) => importLines(proposal, years)),
  );
}
