import { amountInForce, formatAmount } from '@budgetflow/domain';
import type { SubmittedAndDecided } from '@budgetflow/domain';

/** A proposal's amount in a column as counted (the table in force), with the submitted amount beside it where a decision changed it. */
export function AmountInForce({ proposal, column }: { proposal: SubmittedAndDecided; column: string }) {
  const { inForce, submitted } = amountInForce(proposal, column);
  return (
    <>
      <span data-testid="beloeb">{formatAmount(inForce)}</span>
      {submitted !== null ? <span className="submitted-amount"> (indsendt {formatAmount(submitted)})</span> : null}
    </>
  );
}
