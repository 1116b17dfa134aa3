import { ConsequenceTable } from '../proposal/consequence-table';
import { Decision } from './decision';

/**
 * The table in force: the amended table of the latest decision that has one (by meeting date,
 * later in the list on the same date), else the original, which always stays on record.
 */
export function effectiveTable(original: ConsequenceTable, decisions: readonly Pick<Decision, 'meetingDate' | 'amendedTable'>[]): ConsequenceTable {
  let latest: Pick<Decision, 'meetingDate' | 'amendedTable'> | undefined;
  for (const decision of decisions) {
    // ISO dates compare correctly as text; ">=" lets a later entry win a tie.
    if (decision.amendedTable && (!latest || decision.meetingDate >= latest.meetingDate)) latest = decision;
  }
  return latest?.amendedTable ?? original;
}
