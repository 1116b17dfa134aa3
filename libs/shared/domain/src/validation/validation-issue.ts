/** One problem found by a validator: a stable code, the field path and a Danish message. */
export interface ValidationIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** The result of a validator: the normalised value, or every problem found. */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Builds a ValidationIssue. */
export function issue(code: string, path: string, message: string): ValidationIssue {
  return { code, path, message };
}

/** Wraps collected issues and a value into a Validated result. */
export function validated<T>(issues: readonly ValidationIssue[], value: () => T): Validated<T> {
  // The value is built lazily: it is only meaningful when nothing is wrong.
  return issues.length === 0 ? { ok: true, value: value() } : { ok: false, issues };
}
