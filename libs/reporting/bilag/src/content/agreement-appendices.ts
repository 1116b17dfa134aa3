import { BudgetRound } from '@budgetflow/domain';
import { ReportKey, reportDescription } from '../reports';

/** The appendices of the budget agreement, in their numbered order. */
export const AGREEMENT_APPENDICES: readonly ReportKey[] = ['nye-bevillinger', 'vedtaget', 'udmoentning'];

/** The appendix number of a report in the budget agreement (1, 2, 3). */
export function appendixNumber(key: ReportKey): number {
  const index = AGREEMENT_APPENDICES.indexOf(key);
  if (index === -1) throw new RangeError(`Bilaget «${key}» er ikke bilag til budgetaftalen.`);
  return index + 1;
}

/** «Bilag 2 til budgetaftalen for Budget 2026». */
export function appendixLabel(key: ReportKey, round: Pick<BudgetRound, 'name'>): string {
  return `Bilag ${appendixNumber(key)} til budgetaftalen for ${round.name}`;
}

/** «Bilag 2: Vedtagne forslag», as the agreement lists its appendices. */
export function appendixEntry(key: ReportKey): string {
  return `Bilag ${appendixNumber(key)}: ${reportDescription(key).title}`;
}
