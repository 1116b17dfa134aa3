import { AdministrationStep, BudgetRound, ConsequenceTable, ProposalContent, ProposalState } from '@budgetflow/domain';

/** The budget round a bilag is about. */
export interface BilagRound {
  readonly id: string;
  readonly round: BudgetRound;
}

/** The body that amended a proposal's amounts ("godkendt/vedtaget med ændringer"). */
export type AmendingBody = 'FU' | 'RR';

/** A proposal as the reporting read model knows it. */
export interface BilagProposal {
  readonly id: string;
  /** As submitted: reference, committee, title, area, kind, sections, funding source and table. */
  readonly content: ProposalContent;
  /** Current workflow state, and its state sequence (the number of the change that led to it). */
  readonly state: ProposalState;
  readonly stateSequence: number;
  /** The table as amended by a body; null when no body changed the amounts. */
  readonly decidedTable: ConsequenceTable | null;
  readonly amendedBy: AmendingBody | null;
  /** The workflow's steps on record, oldest first: FU's and RR's decisions with their text, and what a lapse followed. */
  readonly steps: readonly AdministrationStep[];
}

/** The budget agreement (budgetaftale) between parties. */
export interface BilagAgreement {
  readonly parties: readonly string[];
  /** ISO date, e.g. "2025-09-24". */
  readonly date: string;
  readonly proposalIds: readonly string[];
}

/** Everything a bilag is rendered from: plain, serialisable data. */
export interface BilagData {
  readonly round: BilagRound;
  readonly proposals: readonly BilagProposal[];
  readonly agreement: BilagAgreement | null;
  /** Identifies the read model state the bilag shows (printed on the last page). */
  readonly dataVersion: string;
  readonly generatedAt: Date;
}
