// Test builders for the workflow: actors and typed decisions.
import { Actor } from '../workflow/actor';
import { DecisionInput } from '../workflow/decision';
import { aRowInput, aTableInput, typedCells } from './proposal.builder';

/** The secretariat of a committee (SU unless given). */
export function committeeSecretariat(committee = 'SU'): Actor {
  return { role: 'committee_secretariat', committee };
}

/** Koncernøkonomi. */
export function budgetOffice(): Actor {
  return { role: 'budget_office' };
}

/** The FU secretariat. */
export function fuSecretariat(): Actor {
  return { role: 'fu_secretariat' };
}

/** The RR secretariat. */
export function rrSecretariat(): Actor {
  return { role: 'rr_secretariat' };
}

/** A reader (staff, press, public). */
export function reader(): Actor {
  return { role: 'reader' };
}

/** A member of the regional council (Venstre unless given). */
export function politician(party = 'Venstre'): Actor {
  return { role: 'politician', party };
}

/** A valid typed FU approval without changes, unless overridden. */
export function aDecisionInput(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    body: 'FU',
    outcome: 'approved',
    meetingDate: '2025-05-19',
    agendaItem: 'Punkt 7',
    text: 'Forretningsudvalget godkendte forslaget.',
    amendedTable: null,
    ...overrides,
  };
}

/** A valid typed amended table: the saving reduced to -0,5 mio. kr. a year. */
export function anAmendedTableInput() {
  return aTableInput(aRowInput({ cells: typedCells('-0,5', '-0,5', '-0,5', '-0,5') }));
}
