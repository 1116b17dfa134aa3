import type { ConsequenceTable, DecisionOutcome, ProposalState, TableCells } from '@budgetflow/domain';

// The workflow service's answers as the administration's pages read them (see the workflow's /docs).

/** Workflow GET /meetings/{id}/agenda-items/{n}/decision and the decisions of a round. */
export interface DecisionView {
  id: string;
  proposalId: string;
  reference: string;
  committee: string;
  title: string;
  body: 'FU' | 'RR';
  meetingId: string;
  meetingDate: string;
  agendaItem: number;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  text: string;
  originalTable: ConsequenceTable;
  amendedTable: ConsequenceTable | null;
  agreementId: string | null;
  decidedAt: string;
}

/** Workflow GET /proposals. */
export interface WorkflowProposalView {
  id: string;
  roundId: string;
  reference: string;
  committee: string;
  title: string;
  state: ProposalState;
  stateLabel: string;
  roundClosed: boolean;
  version: number;
  remark: string | null;
  originalTable: ConsequenceTable;
  decidedTable: ConsequenceTable;
  totals: TableCells;
  allowedActions: string[];
  updatedAt: string;
}

export interface WorkflowProposalPage {
  items: WorkflowProposalView[];
  total: number;
}

export interface AgendaItemView {
  number: number;
  proposalId: string;
  reference: string;
  committee: string;
  title: string;
  state: ProposalState;
  decision: DecisionView | null;
}

/** Workflow GET /meetings. */
export interface MeetingView {
  id: string;
  roundId: string;
  body: 'FU' | 'RR';
  bodyLabel: string;
  date: string;
  title: string | null;
  agenda: AgendaItemView[];
}

export interface BudgetAgreementView {
  id: string;
  meetingId: string;
  parties: string[];
  date: string;
  text: string;
  decisions: DecisionView[];
}

/** Workflow GET /rounds/{id}/decisions. */
export interface RoundDecisionsView {
  roundId: string;
  decisions: DecisionView[];
  agreement: BudgetAgreementView | null;
}
