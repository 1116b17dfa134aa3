import { SECTION_KINDS, SECTION_KIND_LABELS, roundColumns, validateProposal } from '@budgetflow/domain';
import type { BudgetRound, ProposalContent, ProposalKind, SectionKind, ValidationIssue } from '@budgetflow/domain';
import type { ProposalBody } from '../api/proposals';
import type { ProblemIssue } from '../api/views';
import { TableDraft, emptyTable, tableBodyOf, tableDraftOf, tableErrorsOf } from '../consequence-table/table-draft';

/** The proposal form as typed: every section of the template (an empty one is left out when sent). */
export interface ProposalDraft {
  title: string;
  area: string;
  kind: ProposalKind;
  fundingSource: string;
  sections: Record<SectionKind, { heading: string; body: string }>;
  table: TableDraft;
}

export function emptyDraft(round: BudgetRound): ProposalDraft {
  return {
    title: '',
    area: '',
    kind: 'omstilling',
    fundingSource: '',
    sections: Object.fromEntries(SECTION_KINDS.map((kind) => [kind, { heading: SECTION_KIND_LABELS[kind], body: '' }])) as ProposalDraft['sections'],
    table: emptyTable(roundColumns(round)),
  };
}

export function draftOf(content: ProposalContent, round: BudgetRound): ProposalDraft {
  const draft = emptyDraft(round);
  for (const section of content.sections) draft.sections[section.kind] = { heading: section.heading, body: section.body };
  return {
    ...draft,
    title: content.title,
    area: content.area,
    kind: content.kind,
    fundingSource: content.fundingSource ?? '',
    table: tableDraftOf(content.table),
  };
}

/** The kinds of the sections sent, in the region's order: their index is the index in the service's problem paths. */
export function sentSectionKinds(draft: ProposalDraft): SectionKind[] {
  return SECTION_KINDS.filter((kind) => draft.sections[kind].body.trim() !== '');
}

export function bodyOf(draft: ProposalDraft): ProposalBody {
  return {
    title: draft.title,
    area: draft.area,
    kind: draft.kind,
    fundingSource: draft.kind === 'udvidelse' && draft.fundingSource.trim() ? draft.fundingSource : null,
    sections: sentSectionKinds(draft).map((kind) => ({
      kind,
      heading: draft.sections[kind].heading.trim() || SECTION_KIND_LABELS[kind],
      body: draft.sections[kind].body,
    })),
    table: tableBodyOf(draft.table),
  };
}

/** The domain's check of the draft as it would be sent: what decides whether it may be submitted. */
export function draftProblems(draft: ProposalDraft, proposal: { reference: string; committee: string }, round: BudgetRound): readonly ValidationIssue[] {
  const checked = validateProposal({ ...bodyOf(draft), reference: proposal.reference, committee: proposal.committee }, round);
  return checked.ok ? [] : checked.issues;
}

/** Why a proposal with these problems cannot be submitted: their count and the first. */
export function notSubmittableBecause(issues: readonly ValidationIssue[]): string {
  return `Forslaget kan ikke indsendes, før ${issues.length === 1 ? 'en fejl er rettet' : `${issues.length} fejl er rettet`}: ${issues[0]?.message ?? ''}`;
}

/** Field ids of the form; the error summary links to them. */
export const FIELD_IDS = { title: 'titel', area: 'omraade', kind: 'art', fundingSource: 'finansiering' } as const;
export const sectionFieldId = (kind: SectionKind, part: 'body' | 'heading' = 'body') => (part === 'body' ? `afsnit-${kind}` : `afsnit-${kind}-overskrift`);

/** The problems of a request, or of the domain's check, placed at their fields: one message per field, and the list. */
export interface PlacedProblems {
  fields: Record<string, string>;
  table: Record<string, string>;
  summary: { fieldId?: string; message: string }[];
}

export function placeProblems(issues: readonly ProblemIssue[] | readonly { path: string; message: string }[], draft: ProposalDraft): PlacedProblems {
  const kinds = sentSectionKinds(draft);
  const fields: Record<string, string> = {};
  const summary: PlacedProblems['summary'] = [];
  for (const issue of issues) {
    const fieldId = fieldOf(issue.path, kinds);
    if (fieldId && !fields[fieldId]) fields[fieldId] = issue.message;
    summary.push({ fieldId, message: issue.message });
  }
  return { fields, table: tableErrorsOf(issues), summary };
}

function fieldOf(path: string, kinds: SectionKind[]): string | undefined {
  if (path in FIELD_IDS) return FIELD_IDS[path as keyof typeof FIELD_IDS];
  const section = /^sections\[(\d+)\]\.(body|heading|kind)/.exec(path);
  if (section) {
    const kind = kinds[Number(section[1])];
    return kind ? sectionFieldId(kind, section[2] === 'heading' ? 'heading' : 'body') : undefined;
  }
  if (path === 'sections') return sectionFieldId('baggrund');
  const cell = /^table\.rows\[(\d+)\]\.(label|category|cells\.(.+))$/.exec(path);
  if (cell) return `tabel-${cell[1]}-${cell[3] ?? (cell[2] === 'label' ? 'tekst' : 'kategori')}`;
  const row = /^table\.rows\[(\d+)\]/.exec(path);
  if (row) return `tabel-${row[1]}-tekst`;
  if (path.startsWith('table')) return 'tabel';
  return undefined;
}

/** Two drafts are the same proposal (what autosave compares). */
export const sameDraft = (a: ProposalDraft, b: ProposalDraft) => JSON.stringify(bodyOf(a)) === JSON.stringify(bodyOf(b));

export const NO_PROBLEMS: PlacedProblems = { fields: {}, table: {}, summary: [] };
