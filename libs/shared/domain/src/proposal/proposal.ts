import { ConsequenceTable } from './consequence-table';
import { ConsequenceTableInput } from './validate-table';

/** omstilling: a saving or reprioritisation; udvidelse: adds money; anlaeg: a construction project. */
export type ProposalKind = 'omstilling' | 'udvidelse' | 'anlaeg';

/** All proposal kinds. */
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['omstilling', 'udvidelse', 'anlaeg'];

/** Danish labels of the proposal kinds. */
export const PROPOSAL_KIND_LABELS: Readonly<Record<ProposalKind, string>> = {
  omstilling: 'Omstilling/besparelse',
  udvidelse: 'Udvidelse',
  anlaeg: 'Anlæg',
};

/** The known text sections of a proposal. */
export type SectionKind = 'baggrund' | 'beskrivelse' | 'forslag' | 'oekonomi' | 'oevrige_forhold';

/** All section kinds, in the template's order. */
export const SECTION_KINDS: readonly SectionKind[] = ['baggrund', 'beskrivelse', 'forslag', 'oekonomi', 'oevrige_forhold'];

/** Default Danish headings; "forslag" is also written "Prioriteringsforslag" or "Omstilling" in the Budget 2026 catalogue. */
export const SECTION_KIND_LABELS: Readonly<Record<SectionKind, string>> = {
  baggrund: 'Baggrund',
  beskrivelse: 'Beskrivelse af forslag',
  forslag: 'Omstillingsforslag',
  oekonomi: 'Økonomi',
  oevrige_forhold: 'Øvrige forhold',
};

/** Danish label of the area field. */
export const AREA_LABEL = 'Hospital/virksomhed/område forslaget vedrører';

/** A text section: its kind, the heading as written and the body text. */
export interface TextSection {
  readonly kind: SectionKind;
  readonly heading: string;
  readonly body: string;
}

/** The validated content of a proposal; status, version and submitter belong to the services. */
export interface ProposalContent {
  readonly reference: string;
  readonly roundName: string;
  readonly committee: string;
  readonly title: string;
  readonly area: string;
  readonly kind: ProposalKind;
  readonly sections: readonly TextSection[];
  /** How an expansion is paid for, e.g. "finansieres af ulighedspuljen"; null when not given. */
  readonly fundingSource: string | null;
  readonly table: ConsequenceTable;
}

/** A text section as typed; heading defaults to the kind's label. */
export interface TextSectionInput {
  readonly kind: string;
  readonly heading?: string;
  readonly body: string;
}

/** A proposal as a user typed it: text fields as typed, table cells as Danish amount strings. */
export interface ProposalDraftInput {
  readonly reference: string;
  readonly committee: string;
  readonly title: string;
  readonly area: string;
  readonly kind: string;
  readonly sections: readonly TextSectionInput[];
  readonly fundingSource?: string | null;
  readonly table: ConsequenceTableInput;
}
