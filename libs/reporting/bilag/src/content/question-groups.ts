import { BudgetRound, fagudvalg } from '@budgetflow/domain';
import { BilagQuestion } from '../model/bilag-data';
import { committeeName } from './committee-groups';

/** An approved question with the questions merged into it (answered with it), by number. */
export interface AnsweredQuestion {
  readonly question: BilagQuestion;
  readonly merged: readonly BilagQuestion[];
}

/** The questions one answerer answered: a committee's secretariat, or the budget office itself. */
export interface AnswererGroup {
  /** The committee's code, or «koncernoekonomi». */
  readonly key: string;
  /** The heading: the committee's name, or «Koncernøkonomi». */
  readonly title: string;
  readonly questions: readonly AnsweredQuestion[];
}

const BUDGET_OFFICE_KEY = 'koncernoekonomi';

function groupKey(question: BilagQuestion): string {
  return question.answerer?.kind === 'committee' ? question.answerer.committee : BUDGET_OFFICE_KEY;
}

/**
 * The printable questions grouped by who answered: the committees in the round's order (a committee the round no
 * longer lists after them, by its code), then the budget office's own answers; each approved question with the
 * questions merged into it. Groups without questions are left out.
 */
export function answererGroups(round: BudgetRound, printable: readonly BilagQuestion[]): AnswererGroup[] {
  const approved = printable.filter((question) => question.state === 'approved');
  const answered: AnsweredQuestion[] = approved.map((question) => ({
    question,
    merged: printable.filter((candidate) => candidate.state === 'merged' && candidate.mergedInto?.questionId === question.id),
  }));
  const ordered = fagudvalg(round.committees).map((committee) => committee.code);
  const others = [...new Set(approved.map(groupKey))].filter((key) => key !== BUDGET_OFFICE_KEY && !ordered.includes(key)).sort();
  return [...ordered, ...others, BUDGET_OFFICE_KEY]
    .map((key) => ({
      key,
      title: key === BUDGET_OFFICE_KEY ? 'Koncernøkonomi' : committeeName(round, key),
      questions: answered.filter((entry) => groupKey(entry.question) === key),
    }))
    .filter((group) => group.questions.length > 0);
}
