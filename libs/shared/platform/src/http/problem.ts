import { HttpException } from '@nestjs/common';

/** One problem with the request, for a field: a stable code, the field path and a Danish message. */
export interface ProblemIssue {
  code: string;
  path: string;
  message: string;
}

/** RFC 9457 problem details, with Budgetflow's stable `code` and, for invalid input, every `errors` item. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: ProblemIssue[];
  /** How many problems there were in all, when `errors` lists only the first MAX_LISTED_ISSUES. */
  errorCount?: number;
}

/** Most problems one answer lists: a body with thousands of bad fields gets a short answer, not megabytes. */
export const MAX_LISTED_ISSUES = 50;

/** An error the API answers with as problem details; thrown by controllers and services. */
export class ProblemException extends HttpException {
  constructor(readonly problem: Omit<ProblemDetails, 'type'> & { type?: string }) {
    super({ ...problem, type: problem.type ?? `https://budgetflow.dk/problemer/${problem.code}` }, problem.status);
  }

  static invalid(issues: ProblemIssue[], detail = 'Forespørgslen indeholder fejl; se listen.'): ProblemException {
    if (issues.length <= MAX_LISTED_ISSUES)
      return new ProblemException({ status: 400, code: 'request.invalid', title: 'Ugyldige data', detail, errors: issues });
    return new ProblemException({
      status: 400,
      code: 'request.invalid',
      title: 'Ugyldige data',
      detail: `${detail} Der er ${issues.length} fejl; de første ${MAX_LISTED_ISSUES} er vist.`,
      errors: issues.slice(0, MAX_LISTED_ISSUES),
      errorCount: issues.length,
    });
  }

  static notFound(what: string, code = 'resource.not_found'): ProblemException {
    return new ProblemException({ status: 404, code, title: 'Findes ikke', detail: `${what} findes ikke.` });
  }

  static conflict(code: string, detail: string, title = 'Konflikt'): ProblemException {
    return new ProblemException({ status: 409, code, title, detail });
  }

  static forbidden(code: string, detail: string): ProblemException {
    return new ProblemException({ status: 403, code, title: 'Ingen adgang', detail });
  }
}
