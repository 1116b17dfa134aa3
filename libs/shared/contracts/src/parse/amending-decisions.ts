import { ConsequenceTable, DecisionBody, IsoDate, isIsoDate } from '@budgetflow/domain';
import { parseConsequenceTable } from './domain-values';
import { ParseError, Parser, array, fields, integer, oneOf } from './reader';

/**
 * A decision of FU or RR that changed a proposal's amounts, as its followers keep it from the workflow's events:
 * what the domain's table-in-force rule needs, and the state sequence that identifies the decision.
 */
export interface AmendingDecision {
  readonly body: DecisionBody;
  readonly meetingDate: IsoDate;
  readonly amendedTable: ConsequenceTable;
  readonly stateSequence: number;
}

const isoDate: Parser<IsoDate> = (value, path) => {
  if (!isIsoDate(value)) throw new ParseError(path, 'must be a date (YYYY-MM-DD)');
  return value;
};

const decision = fields<AmendingDecision>({
  body: oneOf(['FU', 'RR'] as const),
  meetingDate: isoDate,
  amendedTable: parseConsequenceTable,
  stateSequence: integer,
});

/** The amending decisions a follower stores (a JSON column). */
export const parseAmendingDecisions: Parser<AmendingDecision[]> = (value, path) => array(value, path, decision);
