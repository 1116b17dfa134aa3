import type { BudgetRound, ProposalContent, ProposalState, Role, TableCells } from '@budgetflow/domain';

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
  allowedActions: string[];
  updatedAt: string;
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
}

export interface ReportListView {
  dataVersion: number;
  reports: ReportLinkView[];
  factSheets: ReportLinkView[];
}

/** One problem of an RFC 9457 answer, for a field. */
export interface ProblemIssue {
  code: string;
  path: string;
  message: string;
}

export interface ProblemDetails {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: ProblemIssue[];
}
