import { BudgetRound } from '@budgetflow/domain';
import { BilagData, BilagQuestion } from '../model/bilag-data';
import { reportDescription } from '../reports';
import { ReportNotYetAvailableError } from './agreement-availability';
import { hasApprovedAnswer } from './question-selection';

/** Why the appendix of budget questions cannot be made yet, in Danish; null once an answer is approved. */
export function questionReportUnavailable(data: {
  readonly round: { readonly round: Pick<BudgetRound, 'name'> };
  readonly questions: readonly Pick<BilagQuestion, 'state'>[];
}): string | null {
  if (hasApprovedAnswer(data.questions)) return null;
  return `Der er endnu ingen godkendte svar på budgetspørgsmål i ${data.round.round.name}. «${reportDescription('budgetspoergsmaal').title}» dannes, når Koncernøkonomi har godkendt det første svar.`;
}

/** Throws ReportNotYetAvailableError while the round has no approved answer. */
export function requireApprovedAnswer(data: BilagData): void {
  const reason = questionReportUnavailable(data);
  if (reason !== null) throw new ReportNotYetAvailableError('budgetspoergsmaal', reason);
}
