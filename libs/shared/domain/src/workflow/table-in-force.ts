import { Amount } from '../money/amount';
import { ConsequenceTable, columnTotal } from '../proposal/consequence-table';
import { ColumnKey } from '../round/round-columns';

/** A proposal as the services hand it on: the submitted content and, where FU or RR changed the amounts, the decided table. */
export interface SubmittedAndDecided {
  readonly content: { readonly table: ConsequenceTable };
  readonly decidedTable: ConsequenceTable | null;
}

/**
 * The table in force of a proposal as the services give it (the decided table is the decision in force's, see
 * effectiveTable): the decided one where a body changed the amounts, else the submitted. Every bilag and every page
 * counts with this one.
 */
export function tableInForce(proposal: SubmittedAndDecided): ConsequenceTable {
  return proposal.decidedTable ?? proposal.content.table;
}

/** A column's amount in force and, where a decision changed it, the submitted amount beside it (else null). */
export function amountInForce(proposal: SubmittedAndDecided, column: ColumnKey): { inForce: Amount | null; submitted: Amount | null } {
  const inForce = columnTotal(tableInForce(proposal), column);
  const submitted = columnTotal(proposal.content.table, column);
  return { inForce, submitted: submitted === inForce ? null : submitted };
}
