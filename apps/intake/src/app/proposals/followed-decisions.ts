import { ConsequenceTable, DecisionBody, IsoDate, isIsoDate } from '@budgetflow/domain';

/** A decision of FU or RR that changed a proposal's amounts, as intake keeps it from the workflow's events. */
export interface FollowedDecision {
  readonly body: DecisionBody;
  readonly meetingDate: IsoDate;
  readonly amendedTable: ConsequenceTable;
  readonly stateSequence: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored decisions (a JSON column), checked; a malformed entry is a bug to report, not data to trust. */
export function parseFollowedDecisions(stored: unknown): FollowedDecision[] {
  if (!Array.isArray(stored)) throw new TypeError('proposal.decisions must be an array');
  return stored.map((entry, index) => {
    if (
      !isObject(entry) ||
      (entry['body'] !== 'FU' && entry['body'] !== 'RR') ||
      !isIsoDate(entry['meetingDate']) ||
      !isObject(entry['amendedTable']) ||
      !Array.isArray(entry['amendedTable']['rows']) ||
      !Number.isInteger(entry['stateSequence'])
    ) {
      throw new TypeError(`proposal.decisions[${index}] must have body, meetingDate, amendedTable and stateSequence`);
    }
    return entry as unknown as FollowedDecision;
  });
}
