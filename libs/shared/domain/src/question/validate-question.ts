import { BudgetRound } from '../round/budget-round';
import { checkText, cleanText } from '../validation/text';
import { issue, Validated, validated, ValidationIssue } from '../validation/validation-issue';
import { AnswerTable, AnswerTableInput, validateAnswerTable } from './answer-table';
import { QUESTION_LIMITS } from './question-limits';

/** A question's text, what it concerns (proposals of the round by id, bilag by name), as a member types it. */
export interface QuestionInput {
  readonly text: string;
  readonly proposalIds?: readonly string[];
  readonly bilag?: readonly string[];
}

export interface QuestionContent {
  readonly text: string;
  readonly proposalIds: readonly string[];
  readonly bilag: readonly string[];
}

/** An answer as its answerer types it: the text and, optionally, a small table of amounts. */
export interface AnswerInput {
  readonly text: string;
  readonly table?: AnswerTableInput | null;
}

export interface AnswerContent {
  readonly text: string;
  readonly table: AnswerTable | null;
}

/** A required text of at most `max` characters, by the text rule; the cleaned text, issues added. */
export function requiredText(value: unknown, path: string, label: string, max: number, issues: ValidationIssue[]): string {
  const text = cleanText(value);
  if (!text) issues.push(issue(`${path}.empty`, path, `${label} mangler.`));
  else if (text.length > max) issues.push(issue(`${path}.too_long`, path, `${label} er ${text.length} tegn; højst ${max} er tilladt.`));
  else issues.push(...checkText(text, path, label, 'multiline'));
  return text;
}

/**
 * Checks a question: its text, and what it concerns (each proposal once and known to the round: `knownProposal` says
 * whether an id names one of the round's submitted proposals).
 */
export function validateQuestion(input: QuestionInput, knownProposal: (id: string) => boolean): Validated<QuestionContent> {
  const issues: ValidationIssue[] = [];
  const text = requiredText(input.text, 'text', 'Spørgsmålet', QUESTION_LIMITS.textCharacters, issues);
  const proposalIds = [...new Set(input.proposalIds ?? [])];
  if (proposalIds.length > QUESTION_LIMITS.proposals)
    issues.push(issue('question.too_many_proposals', 'proposalIds', `Et spørgsmål kan angå højst ${QUESTION_LIMITS.proposals} forslag.`));
  else
    proposalIds.forEach((id, index) => {
      if (!knownProposal(id)) issues.push(issue('question.unknown_proposal', `proposalIds[${index}]`, `Runden har intet indsendt forslag med id ${id}.`));
    });
  const bilag = (input.bilag ?? []).map((name) => cleanText(name));
  if (bilag.length > QUESTION_LIMITS.bilag)
    issues.push(issue('question.too_many_bilag', 'bilag', `Et spørgsmål kan angå højst ${QUESTION_LIMITS.bilag} bilag.`));
  else
    bilag.forEach((name, index) => {
      if (!name) issues.push(issue('question.bilag_empty', `bilag[${index}]`, `Bilag ${index + 1} skal have et navn.`));
      else if (name.length > QUESTION_LIMITS.bilagCharacters)
        issues.push(
          issue('question.bilag_too_long', `bilag[${index}]`, `Bilagets navn er ${name.length} tegn; højst ${QUESTION_LIMITS.bilagCharacters} er tilladt.`),
        );
      else issues.push(...checkText(name, `bilag[${index}]`, `Bilagets navn`));
    });
  return validated(issues, () => ({ text, proposalIds, bilag: [...new Set(bilag)] }));
}

/** Checks an answer: the text, and the table against the round's columns when there is one. */
export function validateAnswer(input: AnswerInput, round: Pick<BudgetRound, 'yearColumns'>): Validated<AnswerContent> {
  const issues: ValidationIssue[] = [];
  const text = requiredText(input.text, 'text', 'Svaret', QUESTION_LIMITS.answerCharacters, issues);
  let table: AnswerTable | null = null;
  if (input.table) {
    const checked = validateAnswerTable(input.table, round, 'table');
    if (checked.ok) table = checked.value;
    else issues.push(...checked.issues);
  }
  return validated(issues, () => ({ text, table }));
}
