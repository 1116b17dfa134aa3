import { ParseError, array, fields, integer, nullable, optional, text } from '@budgetflow/contracts';
import type { ProblemDetails, ProblemIssue } from './views';

// A refusal's body (RFC 9457 problem details), checked as it arrives: the page shows its Danish texts by field.

const parseIssue = fields<ProblemIssue>({
  code: text,
  path: text,
  message: text,
  sheet: optional(text),
  row: optional(nullable(integer)),
  column: optional(nullable(text)),
  columnName: optional(nullable(text)),
  value: optional(nullable(text)),
});

const parseProblem = fields<ProblemDetails>({
  type: (value) => (typeof value === 'string' ? value : 'about:blank'),
  title: text,
  status: integer,
  detail: text,
  code: text,
  instance: optional(text),
  errors: optional((value, path) => array(value, path, parseIssue)),
  errorCount: optional(integer),
});

/** The problem a refused response describes; one of our own for a body that is not one (a proxy's page, nothing). */
export function problemOf(status: number, body: string): ProblemDetails {
  try {
    return parseProblem(JSON.parse(body), 'problem');
  } catch (error) {
    if (!(error instanceof SyntaxError || error instanceof ParseError)) throw error;
    return { type: 'about:blank', status, code: 'http.error', title: 'Fejl', detail: `Serveren svarede ${status}. Prøv igen.` };
  }
}
