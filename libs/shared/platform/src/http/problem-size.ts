import { excerpt } from '@budgetflow/domain';
import { ProblemDetails, ProblemIssue } from './problem';

/** Largest problem answer: a file or body full of mistakes gets the first problems that fit and their count. */
export const MAX_PROBLEM_BYTES = 256 * 1024;

function bytes(problem: ProblemDetails): number {
  return Buffer.byteLength(JSON.stringify(problem));
}

// Every string an issue carries (message, path, an import's cell value) as an excerpt, whatever built it.
function shortIssue(issue: ProblemIssue): ProblemIssue {
  return Object.fromEntries(
    Object.entries(issue).map(([key, value]) => [key, typeof value === 'string' && key !== 'message' ? excerpt(value) : value]),
  ) as unknown as ProblemIssue;
}

/**
 * The problem within MAX_PROBLEM_BYTES: each issue's path and values cut to an excerpt, then as many issues as fit
 * (found by halving), with `errorCount` saying how many there were. A problem that fits is returned as it is.
 */
export function withinProblemSize(problem: ProblemDetails): ProblemDetails {
  if (bytes(problem) <= MAX_PROBLEM_BYTES) return problem;
  const all = (problem.errors ?? []).map(shortIssue);
  const errorCount = problem.errorCount ?? all.length;
  const fits = (count: number) => bytes({ ...problem, errors: all.slice(0, count), errorCount }) <= MAX_PROBLEM_BYTES;
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  const shortened = { ...problem, detail: excerpt(problem.detail), errors: all.slice(0, low), errorCount };
  return low === 0 && all.length === 0 ? { ...shortened, errors: undefined } : shortened;
}
