import { Amount, formatAmount } from '@budgetflow/domain';

/** An amount as printed in the bilag: Danish format with the typographic minus U+2212; empty cells "-". */
export function amountText(amount: Amount | null): string {
  // Roboto has U+2212, and a real minus lines up with the digits where a hyphen looks short.
  return formatAmount(amount, { minus: 'minus-sign' });
}
