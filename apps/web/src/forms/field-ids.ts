import type { ValidationIssue } from '@budgetflow/domain';

// Forms of many like fields (the package editor, an answer's table) name each input by the path the domain and the
// service report its problems at («initiatives[1].amounts.2027»), so one map from path to message serves both.

/** The element id of the input at a path. */
export function inputId(path: string): string {
  return `felt-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The first message per path. */
export function messagesByPath(issues: readonly ValidationIssue[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[issue.path] ??= issue.message;
  return messages;
}
