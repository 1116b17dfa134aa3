import { ParseError } from '@budgetflow/contracts';
import { DECISION_OUTCOMES, DecisionBody, DecisionOutcome } from '@budgetflow/domain';
import { Meeting } from '@budgetflow/workflow/data-access';

/** A meeting row with its body checked (FU or RR). */
export type StoredMeeting = Omit<Meeting, 'body'> & { readonly body: DecisionBody };

export function readMeeting(row: Meeting): StoredMeeting {
  return { ...row, body: decisionBody(row.body, `meeting ${row.id}.body`) };
}

export function decisionBody(value: string, path: string): DecisionBody {
  if (value === 'FU' || value === 'RR') return value;
  throw new ParseError(path, 'must be one of FU, RR');
}

/** A stored decision's outcome, checked against the outcomes its body can decide. */
export function decisionOutcome(body: DecisionBody, value: string, path: string): DecisionOutcome {
  const known = DECISION_OUTCOMES[body].find((outcome) => outcome === value);
  if (!known) throw new ParseError(path, `must be one of ${DECISION_OUTCOMES[body].join(', ')}`);
  return known;
}
