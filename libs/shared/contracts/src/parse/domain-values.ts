import {
  BudgetRound,
  DECISION_OUTCOMES,
  ROLES,
  COMMITTEE_KINDS,
  Committee,
  ConsequenceRow,
  ConsequenceTable,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  ProposalContent,
  ROW_CATEGORIES,
  RoundDates,
  SECTION_KINDS,
  TableCells,
  TextSection,
  isAmount,
  isIsoDate,
} from '@budgetflow/domain';
import { ParseError, Parser, array, fields, integer, nonEmptyText, nullable, object, oneOf, optional, text } from './reader';

const amount: Parser<number> = (value, path) => {
  if (!isAmount(value)) throw new ParseError(path, 'must be an amount (an integer of thousand kroner)');
  return value;
};

/** A calendar date (YYYY-MM-DD). */
export const isoDate: Parser<string> = (value, path) => {
  if (!isIsoDate(value)) throw new ParseError(path, 'must be a date (YYYY-MM-DD)');
  return value;
};

/** A row of amounts per column key (years and 'permanent'), null an empty cell. */
export const parseTableCells: Parser<TableCells> = (value, path) => {
  const source = object(value, path);
  return Object.fromEntries(Object.entries(source).map(([key, cell]) => [key, nullable(amount)(cell, `${path}.${key}`)])) as TableCells;
};

const row = fields<ConsequenceRow>({ label: text, category: oneOf(ROW_CATEGORIES), cells: parseTableCells });

/** A consequence table as stored and sent (amounts as integers of thousand kroner). */
export const parseConsequenceTable: Parser<ConsequenceTable> = fields<ConsequenceTable>({
  columns: (value, path) => array(value, path, nonEmptyText) as ConsequenceTable['columns'],
  rows: (value, path) => array(value, path, row),
});

const section = fields<TextSection>({ kind: oneOf(SECTION_KINDS), heading: text, body: text });

/** A proposal's content as intake validated it. */
export const parseProposalContent: Parser<ProposalContent> = fields<ProposalContent>({
  reference: nonEmptyText,
  roundName: text,
  committee: nonEmptyText,
  title: text,
  area: text,
  kind: oneOf(PROPOSAL_KINDS),
  sections: (value, path) => array(value, path, section),
  fundingSource: nullable(text),
  table: parseConsequenceTable,
});

const committee = fields<Committee>({ code: nonEmptyText, name: nonEmptyText, kind: oneOf(COMMITTEE_KINDS) });

const dates = fields<RoundDates>({
  framesApprovedByFu: optional(isoDate),
  proposalDeadline: optional(isoDate),
  committeeWorkApprovedByFu: optional(isoDate),
  rrAdoption: optional(isoDate),
});

/** A budget round as intake validated it. */
export const parseBudgetRound: Parser<BudgetRound> = fields<BudgetRound>({
  name: nonEmptyText,
  region: nonEmptyText,
  budgetYear: integer,
  priceLevel: text,
  yearColumns: (value, path) => array(value, path, integer),
  target: nullable(amount),
  frames: (value, path) => Object.fromEntries(Object.entries(object(value, path)).map(([code, frame]) => [code, amount(frame, `${path}.${code}`)])),
  committees: (value, path) => array(value, path, committee),
  dates: optional(dates),
});

/** A proposal state. */
export const parseProposalState = oneOf(PROPOSAL_STATES);

/** A role (of an actor on the record). */
export const parseRole = oneOf(ROLES);

/** A decision's outcome, of either body. */
export const parseDecisionOutcome = oneOf([...DECISION_OUTCOMES.FU, ...DECISION_OUTCOMES.RR]);
