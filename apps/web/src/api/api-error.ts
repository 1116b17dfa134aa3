import type { ProblemDetails, ProblemIssue } from './views';

/** A refused or failed request, with the problem details the server gave (in Danish). */
export class ApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail);
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** The session ended (or never was): the page keeps its input and asks the person to sign in again. */
  get sessionEnded(): boolean {
    return this.status === 401 && this.code.startsWith('session.');
  }

  /** The problems about one field (its path, e.g. `frames.SU`), for the message next to it. */
  issuesFor(path: string): ProblemIssue[] {
    return (this.problem.errors ?? []).filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`));
  }
}

/** What to show when the server could not be reached at all. */
export const NETWORK_PROBLEM: ProblemDetails = {
  type: 'about:blank',
  status: 0,
  code: 'network.unreachable',
  title: 'Ingen forbindelse',
  detail: 'Budgetflow kunne ikke nås. Tjek din netværksforbindelse, og prøv igen.',
};
