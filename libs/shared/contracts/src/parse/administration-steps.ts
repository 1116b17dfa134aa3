import { AdministrationStep, IsoDate, isIsoDate } from '@budgetflow/domain';
import { parseDecisionOutcome, parseProposalState } from './domain-values';
import { ParseError, Parser, array, fields, integer, nullable, text } from './reader';

const isoDate: Parser<IsoDate> = (value, path) => {
  if (!isIsoDate(value)) throw new ParseError(path, 'must be a date (YYYY-MM-DD)');
  return value;
};

const step = fields<AdministrationStep>({
  stateSequence: integer,
  state: parseProposalState,
  meetingDate: nullable(isoDate),
  outcome: nullable(parseDecisionOutcome),
  decisionText: nullable(text),
});

/** The administration's steps a follower stores (a JSON column). */
export const parseAdministrationSteps: Parser<AdministrationStep[]> = (value, path) => array(value, path, step);
