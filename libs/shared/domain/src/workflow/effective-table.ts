import { ConsequenceTable } from '../proposal/consequence-table';
import { Decision } from './decision';

/** What the table-in-force rule needs of a decision. */
export type TableDecision = Pick<Decision, 'meetingDate' | 'amendedTable'>;

/**
 * The decision whose amended table is in force: the latest one that has a table (by meeting date, later in the
 * list on the same date); undefined when no decision changed the amounts.
 */
export function decisionInForce<T extends TableDecision>(decisions: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const decision of decisions) {
    // ISO dates compare correctly as text; ">=" lets a later entry win a tie.
    if (decision.amendedTable && (!latest || decision.meetingDate >= latest.meetingDate)) latest = decision;
  }
  return latest;
}

/**
 * The table in force: the amended table of the decision in force, else the original, which always stays on
 * record. The one rule every service uses.
 */
export function effectiveTable(original: ConsequenceTable, decisions: readonly TableDecision[]): ConsequenceTable {
  return decisionInForce(decisions)?.amendedTable ?? original;
}
