import { validatePublication } from '@budgetflow/domain';
import type { PublicationInput, Validated, ValidationIssue } from '@budgetflow/domain';

/** The publish form as typed: every field a text, as its input holds it. */
export interface TypedPublication {
  readonly title: string;
  readonly date: string;
  readonly dataVersion: string;
}

/** The form's fields: each input's id and the path the API's problems (and the domain's check) name it by. */
export const PUBLICATION_FIELDS = [
  { id: 'udgivelse-titel', path: 'title' },
  { id: 'udgivelse-dato', path: 'date' },
  { id: 'udgivelse-dataversion', path: 'dataVersion' },
] as const;

/**
 * The typed form checked by the domain's rules, the ones the workflow applies: a data version is a number only when
 * it is written in digits («42»), anything else goes to the check as typed, so its message quotes it.
 */
export function readPublication(typed: TypedPublication): Validated<PublicationInput> {
  const version = typed.dataVersion.trim();
  return validatePublication({ title: typed.title, date: typed.date, dataVersion: /^\d+$/.test(version) ? Number(version) : version });
}

/** The first problem of each field by the field's input id, for the message next to it and the error summary. */
export function problemsByField(issues: readonly Pick<ValidationIssue, 'path' | 'message'>[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of PUBLICATION_FIELDS) {
    const found = issues.find((issue) => issue.path === field.path);
    if (found) problems[field.id] = found.message;
  }
  return problems;
}
