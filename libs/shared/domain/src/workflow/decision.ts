import { ConsequenceTable } from '../proposal/consequence-table';
import { ConsequenceTableInput, validateConsequenceTable } from '../proposal/validate-table';
import { BudgetRound } from '../round/budget-round';
import { IsoDate, isIsoDate } from '../validation/iso-date';
import { cleanText, joinDanish, quote } from '../validation/text';
import { issue, Validated, ValidationIssue } from '../validation/validation-issue';
import { AdministrationAction } from './holder-action';

/** The body that decides: Forretningsudvalget or Regionsrådet. */
export type DecisionBody = 'FU' | 'RR';

/** The outcome of a decision; each body has its own outcomes. */
export type DecisionOutcome =
  'approved' | 'approved_with_changes' | 'rejected' | 'postponed' | 'returned_to_committee' | 'adopted' | 'adopted_with_changes' | 'not_adopted';

/** Danish names of the bodies. */
export const DECISION_BODY_LABELS: Readonly<Record<DecisionBody, string>> = { FU: 'Forretningsudvalget', RR: 'Regionsrådet' };

/** The outcomes each body can decide. */
export const DECISION_OUTCOMES: Readonly<Record<DecisionBody, readonly DecisionOutcome[]>> = {
  FU: ['approved', 'approved_with_changes', 'rejected', 'postponed', 'returned_to_committee'],
  RR: ['adopted', 'adopted_with_changes', 'not_adopted'],
};

/** Danish labels of the outcomes. */
export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  approved: 'Godkendt',
  approved_with_changes: 'Godkendt med ændringer',
  rejected: 'Afvist',
  postponed: 'Udsat',
  returned_to_committee: 'Sendt tilbage til udvalget',
  adopted: 'Vedtaget',
  adopted_with_changes: 'Vedtaget med ændringer',
  not_adopted: 'Ikke vedtaget',
};

const OUTCOME_ACTIONS: Readonly<Record<DecisionOutcome, AdministrationAction>> = {
  approved: 'fu_approve',
  approved_with_changes: 'fu_approve_with_changes',
  rejected: 'fu_reject',
  postponed: 'fu_postpone',
  returned_to_committee: 'fu_return_to_committee',
  adopted: 'rr_adopt',
  adopted_with_changes: 'rr_adopt_with_changes',
  not_adopted: 'rr_not_adopt',
};

const OUTCOMES_WITH_CHANGES: readonly DecisionOutcome[] = ['approved_with_changes', 'adopted_with_changes'];

/** A decision of FU or RR on a proposal; an amended table never replaces the original on record. */
export interface Decision {
  readonly body: DecisionBody;
  readonly outcome: DecisionOutcome;
  readonly meetingDate: IsoDate;
  readonly agendaItem: string | null;
  readonly text: string;
  readonly amendedTable: ConsequenceTable | null;
}

/** A decision as typed; the amended table is typed like a proposal's table. */
export interface DecisionInput {
  readonly body: string;
  readonly outcome: string;
  readonly meetingDate: string;
  readonly agendaItem?: string | null;
  readonly text: string;
  readonly amendedTable?: ConsequenceTableInput | null;
}

/** True when value is a known outcome (e.g. the action of a history line that records a decision). */
export function isDecisionOutcome(value: unknown): value is DecisionOutcome {
  return Object.values(DECISION_OUTCOMES).some((outcomes) => outcomes.includes(value as DecisionOutcome));
}

/** The body whose outcome it is (approved → FU, adopted → RR). */
export function bodyOfOutcome(outcome: DecisionOutcome): DecisionBody {
  return DECISION_OUTCOMES.FU.includes(outcome) ? 'FU' : 'RR';
}

function isBody(value: unknown): value is DecisionBody {
  return value === 'FU' || value === 'RR';
}

/** The workflow action that records a decision (e.g. RR adopted with changes → rr_adopt_with_changes). */
export function decisionAction(decision: Pick<Decision, 'outcome'>): AdministrationAction {
  return OUTCOME_ACTIONS[decision.outcome];
}

/**
 * Checks a typed decision and returns every problem at once; an amended table is validated
 * against the round exactly like a proposal's table (paths under "amendedTable").
 */
export function validateDecision(input: DecisionInput, round: BudgetRound): Validated<Decision> {
  const issues: ValidationIssue[] = [];
  const body = input.body;
  const outcome = input.outcome as DecisionOutcome;
  if (!isBody(body)) {
    issues.push(
      issue('decision.body_invalid', 'body', `Beslutningen skal træffes af ${joinDanish(Object.values(DECISION_BODY_LABELS))}, ikke ${quote(body)}.`),
    );
  } else if (!DECISION_OUTCOMES[body].includes(outcome)) {
    const known = joinDanish(DECISION_OUTCOMES[body].map((known) => quote(DECISION_OUTCOME_LABELS[known])));
    issues.push(issue('decision.outcome_invalid', 'outcome', `Udfaldet ${quote(input.outcome)} passer ikke til ${DECISION_BODY_LABELS[body]}; brug ${known}.`));
  }
  if (!isIsoDate(input.meetingDate)) {
    issues.push(issue('decision.meeting_date_invalid', 'meetingDate', `Mødedatoen ${quote(input.meetingDate)} skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.`));
  }
  const text = cleanText(input.text);
  if (!text) issues.push(issue('decision.text_empty', 'text', 'Beslutningen skal have en beslutningstekst.'));

  let amendedTable: ConsequenceTable | null = null;
  const withChanges = OUTCOMES_WITH_CHANGES.includes(outcome);
  if (withChanges && !input.amendedTable) {
    issues.push(
      issue(
        'decision.amended_table_required',
        'amendedTable',
        `En beslutning ${quote(DECISION_OUTCOME_LABELS[outcome])} skal have den ændrede tabel over økonomisk konsekvens.`,
      ),
    );
  } else if (!withChanges && input.amendedTable) {
    issues.push(issue('decision.amended_table_not_allowed', 'amendedTable', 'Kun en beslutning «med ændringer» kan have en ændret tabel.'));
  } else if (input.amendedTable) {
    const table = validateConsequenceTable(input.amendedTable, round, 'amendedTable');
    if (table.ok) amendedTable = table.value;
    else issues.push(...table.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { body: body as DecisionBody, outcome, meetingDate: input.meetingDate, agendaItem: cleanText(input.agendaItem) || null, text, amendedTable },
  };
}
