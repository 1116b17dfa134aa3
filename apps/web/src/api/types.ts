import type { BudgetRound, ConsequenceTable, ProposalContent, ProposalState, Role, TableCells } from '@budgetflow/domain';

// The answers of the gateway and the services as the page reads them (the services' views, see their /docs).

/** GET /auth/session: the person signed in; never a token. */
export interface SessionView {
  user: { id: string; name: string; role: Role; roleLabel: string; committee?: string };
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** Intake GET /rounds. */
export interface RoundView {
  id: string;
  round: BudgetRound;
  createdAt: string;
}

/** Intake GET /proposals. */
export interface ProposalView {
  id: string;
  roundId: string;
  reference: string;
  committee: string;
  state: ProposalState;
  stateLabel: string;
  version: number;
  content: ProposalContent;
  totals: TableCells;
  /** The table as FU or RR decided it, when the decision changed the amounts. */
  decidedTable: ConsequenceTable | null;
  decidedTotals: TableCells | null;
  decidedBy: 'FU' | 'RR' | null;
  roundClosed: boolean;
  /** The budget office's latest remark (with a return). */
  remark: string | null;
  allowedActions: string[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
}

/** Intake GET /proposals/{id}/history: one line per step. */
export interface HistoryEntryView {
  at: string;
  actorId: string;
  actorRole: Role;
  actorCommittee: string | null;
  action: string;
  fromState: ProposalState | null;
  toState: ProposalState;
  version: number;
  remark: string | null;
}

export interface ProposalPage {
  items: ProposalView[];
  page: number;
  pageSize: number;
  total: number;
}

/** Reporting GET /rounds/{id}/reports. */
export interface ReportLinkView {
  key: string;
  title: string;
  description: string;
  /** Path at the reporting service; the page fetches it through /api/reporting. */
  href: string;
  etag: string;
  /** The same bilag as a spreadsheet (XLSX), with its own ETag. */
  xlsx?: { href: string; etag: string };
  /** When the data this bilag shows last changed (ISO 8601); null until it has been made from that data. */
  changedAt?: string | null;
}

export interface ReportListView {
  dataVersion: number;
  reports: ReportLinkView[];
  factSheets: ReportLinkView[];
}

/** Reporting GET /conformance: veraPDF's recorded verdict on each bilag, for the tilgængelighedserklæring. */
export interface ConformanceStatementView {
  key: string;
  title: string;
  standards: { standard: string; passed: boolean; failedRules: string[] }[];
  declaredInFile: boolean;
  conforms: boolean;
  veraPdfVersion: string;
  checkedOn: string;
  /** The statement in Danish. */
  text: string;
}

/** One problem of an RFC 9457 answer, for a field (an import's also with its place in the sheet). */
export interface ProblemIssue {
  code: string;
  path: string;
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
  columnName?: string;
  value?: string | null;
}

export interface ProblemDetails {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: ProblemIssue[];
  /** How many problems in all, when `errors` lists only the first (an import's). */
  errorCount?: number;
}
