import { AREA_LABEL, BudgetRound, ROW_CATEGORY_LABELS, SECTION_KIND_LABELS, SectionKind, roundColumns } from '@budgetflow/domain';

/** What a column of the import sheet holds. */
export type ImportField =
  | 'reference'
  | 'committee'
  | 'version'
  | 'title'
  | 'area'
  | 'kind'
  | 'fundingSource'
  | 'sectionOrder'
  | 'forslagHeading'
  | `section:${SectionKind}`
  | 'rowLabel'
  | 'category'
  | `amount:${string}`;

/** One column of the template: its heading, whether it must be there, what it means and an example. */
export interface ImportColumn {
  readonly field: ImportField;
  readonly header: string;
  /** The column must be in the sheet (its cells may still be empty where the explanation allows it). */
  readonly required: boolean;
  /** Repeated on every line of a proposal, or only on its first (other lines may leave it empty). */
  readonly level: 'proposal' | 'row';
  readonly explanation: string;
}

const SECTION_COLUMNS: readonly { kind: SectionKind; explanation: string }[] = [
  { kind: 'baggrund', explanation: 'Afsnittet «Baggrund». Afsnit adskilles af en tom linje (Alt+Enter to gange i Excel).' },
  { kind: 'beskrivelse', explanation: 'Afsnittet «Beskrivelse af forslag».' },
  { kind: 'forslag', explanation: 'Afsnittet «Omstillingsforslag» (overskriften kan ændres i kolonnen «Overskrift til forslagsafsnit»).' },
  { kind: 'oekonomi', explanation: 'Afsnittet «Økonomi»; tabellen over økonomisk konsekvens står efter det i bilagene.' },
  { kind: 'oevrige_forhold', explanation: 'Afsnittet «Øvrige forhold».' },
];

/**
 * The columns of the import sheet for a round, in the template's order: one line per row of a proposal's table
 * (proposal fields on its first line, or repeated with the same value), then one column per year and Permanent.
 */
export function importColumns(round: BudgetRound): ImportColumn[] {
  const categories = Object.values(ROW_CATEGORY_LABELS)
    .map((label) => `«${label}»`)
    .join(', ');
  return [
    {
      field: 'reference',
      header: 'Reference',
      required: true,
      level: 'row',
      explanation: `Forslagets reference, fx «B${String(round.budgetYear % 100).padStart(2, '0')}-SU-01», på hver linje: linjer med samme reference er samme forslag.`,
    },
    {
      field: 'committee',
      header: 'Udvalg',
      required: false,
      level: 'proposal',
      explanation: 'Udvalgets kode, fx «SU». Kan udelades af et udvalgssekretariat (så bruges eget udvalg); Koncernøkonomi skal angive det.',
    },
    {
      field: 'version',
      header: 'Version',
      required: false,
      level: 'proposal',
      explanation: 'Kun ved opdatering af en eksisterende kladde med samme reference: den version, ændringen bygger på (se forslaget). Tom for nye forslag.',
    },
    { field: 'title', header: 'Titel', required: true, level: 'proposal', explanation: 'Forslagets titel (én linje, højst 150 tegn).' },
    { field: 'area', header: AREA_LABEL, required: true, level: 'proposal', explanation: 'Hospital, virksomhed eller område, forslaget vedrører.' },
    {
      field: 'kind',
      header: 'Forslagstype',
      required: true,
      level: 'proposal',
      explanation: '«Omstilling/besparelse», «Udvidelse» eller «Anlæg» (eller koderne omstilling, udvidelse, anlaeg).',
    },
    {
      field: 'fundingSource',
      header: 'Finansiering',
      required: false,
      level: 'proposal',
      explanation: 'Hvordan et forslag, der koster penge, finansieres, fx «finansieres af ulighedspuljen».',
    },
    ...SECTION_COLUMNS.map(({ kind, explanation }): ImportColumn => ({
      field: `section:${kind}`,
      header: SECTION_KIND_LABELS[kind],
      required: false,
      level: 'proposal',
      explanation,
    })),
    {
      field: 'forslagHeading',
      header: 'Overskrift til forslagsafsnit',
      required: false,
      level: 'proposal',
      explanation: 'Fx «Prioriteringsforslag»; tom giver «Omstillingsforslag».',
    },
    {
      field: 'sectionOrder',
      header: 'Afsnitsrækkefølge',
      required: false,
      level: 'proposal',
      explanation: 'Kun hvis afsnittene skal stå i en anden rækkefølge end kolonnernes, fx «Beskrivelse af forslag; Baggrund; Økonomi».',
    },
    { field: 'rowLabel', header: 'Række', required: true, level: 'row', explanation: 'Teksten i tabelrækken, fx «Drift» eller «Vikarer».' },
    { field: 'category', header: 'Kategori', required: true, level: 'row', explanation: `Rækkens kategori: ${categories}.` },
    ...roundColumns(round).map((column): ImportColumn => ({
      field: `amount:${column.key}`,
      header: column.label,
      required: true,
      level: 'row',
      explanation: `Virkningen i ${column.label === 'Permanent' ? 'varig drift (Permanent)' : column.label} i mio. kr. (${round.priceLevel}) som tal, fx -0,125 eller -2,2; besparelser er negative. En tom celle eller «-» betyder ingen virkning.`,
    })),
  ];
}

/** A heading as compared: case, spacing, a trailing colon or asterisk do not matter. */
export function headerKey(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/[:*]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
