import { ValidationIssue } from '@budgetflow/domain';
import { ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from './problem';

/** The domain's validation issues as a 400 problem, every issue with its code, field path and Danish message. */
export function invalidInput(issues: readonly ValidationIssue[]): ProblemException {
  return ProblemException.invalid(issues.map(({ code, path, message }) => ({ code, path, message })));
}

/** A path parameter that is not a UUID, answered like any other invalid field. */
export function badId(path: string): ProblemException {
  return ProblemException.invalid([{ code: 'request.isUuid', path, message: `«${path}» skal være et UUID.` }]);
}

/** A UUID path parameter, refused as a 400 problem like any invalid field. */
export const uuidParam = (path: string) => new ParseUUIDPipe({ exceptionFactory: () => badId(path) });
