import { HttpException } from '@nestjs/common';
import { PROBLEM_REGISTRY, ProblemCode } from './problem-registry';

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

type CodeWithStatus<TStatus extends number> = { [C in ProblemCode]: (typeof PROBLEM_REGISTRY)[C]['status'] extends TStatus ? C : never }[ProblemCode];
/** The registry's codes answered with 404, 409 and 403: the helpers below take only those. */
export type NotFoundCode = CodeWithStatus<404>;
export type ConflictCode = CodeWithStatus<409>;
export type ForbiddenCode = CodeWithStatus<403>;

/** Most problems one answer lists: a body with thousands of bad fields gets a short answer, not megabytes. */
export const MAX_LISTED_ISSUES = 50;

/** An error the API answers with as problem details; thrown by controllers and services. */
export class ProblemException extends HttpException {
  constructor(readonly problem: Omit<ProblemDetails, 'type' | 'code'> & { type?: string; code: ProblemCode }) {
    super({ ...problem, type: problem.type ?? `https://budgetflow.dk/problemer/${problem.code}` }, problem.status);
  }

  /** Another service's answer, passed on as it is (its code is that service's registry entry). */
  static forwarded(problem: Omit<ProblemDetails, 'type'>): ProblemException {
    return new ProblemException({ ...problem, code: problem.code as ProblemCode });
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

  /** The registry's problem: its status and Danish title, with this detail (and, for invalid input, the issues). */
  static of(code: ProblemCode, detail: string, extra: Pick<ProblemDetails, 'errors' | 'errorCount'> = {}): ProblemException {
    const { status, title } = PROBLEM_REGISTRY[code];
    return new ProblemException({ status, code, title, detail, ...extra });
  }

  static notFound(what: string, code: NotFoundCode = 'resource.not_found'): ProblemException {
    return ProblemException.of(code, `${what} findes ikke.`);
  }

  static conflict(code: ConflictCode, detail: string): ProblemException {
    return ProblemException.of(code, detail);
  }

  static forbidden(code: ForbiddenCode, detail: string): ProblemException {
    return ProblemException.of(code, detail);
  }
}
