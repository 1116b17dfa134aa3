import { ValidationIssue } from '@budgetflow/domain';
import { ProblemException } from '@budgetflow/platform';

/** The domain's validation issues as a 400 problem, every issue with its code, field path and Danish message. */
export function invalidInput(issues: readonly ValidationIssue[]): ProblemException {
  return ProblemException.invalid(issues.map(({ code, path, message }) => ({ code, path, message })));
}

/** A path parameter that is not a UUID, answered like any other invalid field. */
export function badId(path: string): ProblemException {
  return ProblemException.invalid([{ code: 'request.isUuid', path, message: `«${path}» skal være et UUID.` }]);
}

/** True for a unique-constraint violation (two concurrent requests creating the same thing). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/** True when an update's row was not found (e.g. its expected version was no longer current). */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2025';
}
