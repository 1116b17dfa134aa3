// Test builders for the bilag: the Budget 2026 demo data as BilagData, with overrides.
import {
  ConsequenceTable,
  ProposalContent,
  ProposalDraftInput,
  ProposalState,
  budget2026Proposals,
  budget2026Round,
  parseProposalReference,
  validateConsequenceTable,
  validateProposal,
} from '@budgetflow/domain';
import { AmendingBody, BilagAgreement, BilagData, BilagProposal } from '../model/bilag-data';
import { DEMO_INTRODUCTION, DEMO_PARTIES, DEMO_SIGNATORIES, demoAgreementChapters } from './demo-agreement';
import { DEMO_QUESTION_WINDOW, demoQuestions } from './demo-questions';

export { DEMO_PARTIES } from './demo-agreement';

/** 23.11.2026 kl. 14.05 in Copenhagen (CET, UTC+1). */
export const GENERATED_AT = new Date('2026-11-23T13:05:00Z');

/** The id of a demo proposal: its reference, so tests and screenshots can name it. */
export function demoId(reference: string): string {
  return `proposal-${reference}`;
}

/** A typed proposal checked against Budget 2026; throws with the issues if it is not valid. */
export function parseProposal(input: ProposalDraftInput): ProposalContent {
  const result = validateProposal(input, budget2026Round);
  if (!result.ok) throw new Error(`${input.reference}: ${result.issues.map((issue) => issue.message).join(' ')}`);
  return result.value;
}

/** A typed table ("-0,125", "-") checked against Budget 2026; cells are 2026, 2027, 2028, Permanent. */
export function parseTable(...rows: { label: string; category?: string; cells: TypedCells }[]): ConsequenceTable {
  const result = validateConsequenceTable(
    {
      rows: rows.map((row) => ({
        label: row.label,
        category: row.category ?? 'drift',
        cells: { '2026': row.cells[0], '2027': row.cells[1], '2028': row.cells[2], permanent: row.cells[3] },
      })),
    },
    budget2026Round,
  );
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join(' '));
  return result.value;
}

/** A proposal of the read model: adopted and unamended unless overridden. */
export function aBilagProposal(content: ProposalContent, overrides: Partial<BilagProposal> = {}): BilagProposal {
  return { id: demoId(content.reference), content, state: 'adopted', stateSequence: 4, decidedTable: null, amendedBy: null, steps: [], ...overrides };
}

/** A proposal amended by a body: its decided table is the given one. */
export function amended(proposal: BilagProposal, table: ConsequenceTable, body: AmendingBody, state: ProposalState = proposal.state): BilagProposal {
  return { ...proposal, state, decidedTable: table, amendedBy: body };
}

/** Typed cells for 2026, 2027, 2028 and Permanent, e.g. ['-1,5', '-1,5', '-1,5', '-1,5']. */
export type TypedCells = [string, string, string, string];

/** What a proposal of a given row shape needs; the committee comes from the reference. */
export interface ShapedProposal {
  readonly reference: string;
  readonly title: string;
  readonly cells: TypedCells;
  readonly kind?: 'omstilling' | 'udvidelse';
  readonly fundingSource?: string;
}

/** An adopted proposal with one Drift row of the given typed cells, unless overridden. */
export function aShapedProposal(shape: ShapedProposal, overrides: Partial<BilagProposal> = {}): BilagProposal {
  const committee = parseProposalReference(shape.reference)?.committee ?? 'SU';
  const content = parseProposal({
    reference: shape.reference,
    committee,
    title: shape.title,
    area: 'Region Nordjylland',
    kind: shape.kind ?? 'omstilling',
    fundingSource: shape.fundingSource ?? null,
    sections: [{ kind: 'beskrivelse', body: `${shape.title}.` }],
    table: {
      rows: [
        { label: 'Drift', category: 'drift', cells: { '2026': shape.cells[0], '2027': shape.cells[1], '2028': shape.cells[2], permanent: shape.cells[3] } },
      ],
    },
  });
  return aBilagProposal(content, overrides);
}

/** The ten seed proposals, all adopted as submitted. */
export function demoProposals(): BilagProposal[] {
  return budget2026Proposals.map((input) => aBilagProposal(parseProposal(input)));
}

/** The agreement adopting the given proposals on 24 September 2025, with the demo document (its chapters and initiatives). */
export function anAgreement(proposals: readonly BilagProposal[], overrides: Partial<BilagAgreement> = {}): BilagAgreement {
  return {
    parties: DEMO_PARTIES,
    date: '2025-09-24',
    proposalIds: proposals.map((proposal) => proposal.id),
    signatories: DEMO_SIGNATORIES,
    introduction: DEMO_INTRODUCTION,
    chapters: demoAgreementChapters(),
    packageName: 'Forhandlingsoplæg 2',
    ...overrides,
  };
}

/** An agreement as agreement.adopted v1 recorded it: parties, date and proposals, no document. */
export function aV1Agreement(proposals: readonly BilagProposal[]): BilagAgreement {
  return { parties: DEMO_PARTIES, date: '2025-09-24', proposalIds: proposals.map((proposal) => proposal.id) };
}

/**
 * Budget 2026 as BilagData: the ten seed proposals adopted as submitted, in an agreement, and the demo round's budget
 * questions with approved answers, unless overridden (give `proposals` without `agreement` and the agreement adopts
 * those proposals).
 */
export function aBilagData(overrides: Partial<BilagData> = {}): BilagData {
  const proposals = overrides.proposals ?? demoProposals();
  return {
    round: { id: 'round-budget-2026', round: budget2026Round },
    proposals,
    agreement: anAgreement(proposals.filter((proposal) => proposal.state === 'adopted')),
    questions: demoQuestions(demoId),
    questionWindow: DEMO_QUESTION_WINDOW,
    dataVersion: '2026-11-23.42',
    generatedAt: GENERATED_AT,
    ...overrides,
  };
}

/** Replaces the proposal with this reference. */
export function withProposal(proposals: readonly BilagProposal[], reference: string, change: (proposal: BilagProposal) => BilagProposal): BilagProposal[] {
  if (!proposals.some((proposal) => proposal.content.reference === reference)) throw new Error(`No proposal ${reference}`);
  return proposals.map((proposal) => (proposal.content.reference === reference ? change(proposal) : proposal));
}

/**
 * A realistic state of Budget 2026 after RR's adoption, for screenshots and tests: FU amended
 * B26-SU-02 (rising savings instead of 14,0 from the start), FU rejected B26-PSU-03, RR adopted
 * the rest in the agreement of 24 September 2025.
 */
export function demoBilagData(): BilagData {
  let proposals = demoProposals();
  proposals = withProposal(proposals, 'B26-SU-02', (proposal) =>
    amended(proposal, parseTable({ label: 'Drift', cells: ['-10,0', '-12,0', '-14,0', '-14,0'] }), 'FU', 'adopted'),
  );
  proposals = withProposal(proposals, 'B26-PSU-03', (proposal) => ({ ...proposal, state: 'rejected_by_fu' }));
  return aBilagData({ proposals });
}
