import { BudgetRound } from '@budgetflow/domain';
import { BilagAgreement, BilagData } from '../model/bilag-data';
import { ReportKey, reportDescription } from '../reports';

/** A report asked for before what it shows exists (the agreement's documents before the agreement). */
export class ReportNotYetAvailableError extends Error {
  constructor(
    readonly key: ReportKey,
    message: string,
  ) {
    super(message);
    this.name = 'ReportNotYetAvailableError';
  }
}

/** Why a report of the budget agreement cannot be made yet, in Danish; null once there is an agreement. */
export function agreementReportUnavailable(
  key: ReportKey,
  data: { readonly round: { readonly round: Pick<BudgetRound, 'name'> }; readonly agreement: unknown },
): string | null {
  if (data.agreement !== null) return null;
  return `Der er endnu ingen budgetaftale for ${data.round.round.name}. «${reportDescription(key).title}» dannes, når aftalen er indgået.`;
}

/** The round's agreement, for a report that shows it; throws ReportNotYetAvailableError before the agreement. */
export function requireAgreement(key: ReportKey, data: BilagData): BilagAgreement {
  const reason = agreementReportUnavailable(key, data);
  if (reason !== null || data.agreement === null) throw new ReportNotYetAvailableError(key, reason ?? '');
  return data.agreement;
}
