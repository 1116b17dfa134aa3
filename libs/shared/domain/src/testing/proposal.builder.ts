// Test builders for proposals: typed input (strings, as users type) and parsed content (amounts).
import { Amount } from '../money/amount';
import { ConsequenceRow, ConsequenceTable, TableCells } from '../proposal/consequence-table';
import { ProposalContent, ProposalDraftInput } from '../proposal/proposal';
import { ConsequenceRowInput, ConsequenceTableInput } from '../proposal/validate-table';

/** Column keys of the default round (2026-2028 + Permanent). */
export const DEFAULT_COLUMNS = ['2026', '2027', '2028', 'permanent'] as const;

/** A typed Drift row of -1,0 in every column, unless overridden. */
export function aRowInput(overrides: Partial<ConsequenceRowInput> = {}): ConsequenceRowInput {
  return {
    label: 'Drift',
    category: 'drift',
    cells: { '2026': '-1,0', '2027': '-1,0', '2028': '-1,0', permanent: '-1,0' },
    ...overrides,
  };
}

/** Typed cells for 2026, 2027, 2028 and Permanent. */
export function typedCells(y2026: string, y2027: string, y2028: string, permanent: string): Record<string, string> {
  return { '2026': y2026, '2027': y2027, '2028': y2028, permanent };
}

/** A typed table of the given rows (one default row when none are given). */
export function aTableInput(...rows: ConsequenceRowInput[]): ConsequenceTableInput {
  return { rows: rows.length > 0 ? rows : [aRowInput()] };
}

/** A valid typed SU saving proposal for the default round, unless overridden. */
export function aProposalInput(overrides: Partial<ProposalDraftInput> = {}): ProposalDraftInput {
  return {
    reference: 'B26-SU-01',
    committee: 'SU',
    title: 'Effektiv ambulatoriedrift',
    area: 'Aalborg Universitetshospital og Regionshospital Nordjylland',
    kind: 'omstilling',
    sections: [
      { kind: 'baggrund', body: 'Effektiv ambulatoriedrift er et vedblivende fokusområde.' },
      { kind: 'oekonomi', body: 'Besparelsen vurderes til ca. 1 mio. kr.' },
    ],
    fundingSource: null,
    table: aTableInput(),
    ...overrides,
  };
}

/** Parsed cells for 2026, 2027, 2028 and Permanent. */
export function cellsOf(y2026: Amount | null, y2027: Amount | null, y2028: Amount | null, permanent: Amount | null): TableCells {
  return { '2026': y2026, '2027': y2027, '2028': y2028, permanent };
}

/** A parsed Drift row of -1,0 mio. kr. in every column, unless overridden. */
export function aRow(overrides: Partial<ConsequenceRow> = {}): ConsequenceRow {
  return { label: 'Drift', category: 'drift', cells: cellsOf(-1000, -1000, -1000, -1000), ...overrides };
}

/** A parsed table over the default columns (one default row when none are given). */
export function aTable(...rows: ConsequenceRow[]): ConsequenceTable {
  return { columns: [...DEFAULT_COLUMNS], rows: rows.length > 0 ? rows : [aRow()] };
}

/** A parsed table with one Drift row of the given cells. */
export function aTableOf(y2026: Amount | null, y2027: Amount | null, y2028: Amount | null, permanent: Amount | null): ConsequenceTable {
  return aTable(aRow({ cells: cellsOf(y2026, y2027, y2028, permanent) }));
}

/** Parsed proposal content, the counterpart of aProposalInput(). */
export function aProposal(overrides: Partial<ProposalContent> = {}): ProposalContent {
  return {
    reference: 'B26-SU-01',
    roundName: 'Budget 2026',
    committee: 'SU',
    title: 'Effektiv ambulatoriedrift',
    area: 'Aalborg Universitetshospital og Regionshospital Nordjylland',
    kind: 'omstilling',
    sections: [
      { kind: 'baggrund', heading: 'Baggrund', body: 'Effektiv ambulatoriedrift er et vedblivende fokusområde.' },
      { kind: 'oekonomi', heading: 'Økonomi', body: 'Besparelsen vurderes til ca. 1 mio. kr.' },
    ],
    fundingSource: null,
    table: aTable(),
    ...overrides,
  };
}
