import { addCopenhagenDays, ClockTime, copenhagenInstant, copenhagenLocal } from '../time/copenhagen-clock';
import { danishLongDateTime } from '../time/danish-time';
import { IsoDate } from '../validation/iso-date';
import { issue, Validated, validated, ValidationIssue } from '../validation/validation-issue';

/**
 * A round's budget questions: the window in which members may ask (it opens and closes at a Danish date and hour,
 * e.g. from FU's first reading on 15 August kl. 8.00 until 24 August kl. 12.00) and the answering time, the calendar
 * days an answerer has from the question's assignment (there: six). The budget office may close the window early.
 */
export interface QuestionWindow {
  readonly opensAt: Date;
  readonly closesAt: Date;
  /** When the budget office closed it before closesAt; null while it runs its course. */
  readonly closedEarlyAt: Date | null;
  readonly answeringDays: number;
}

/** The window as the budget office types it: Danish dates and clock times. */
export interface QuestionWindowInput {
  readonly opensOn: IsoDate;
  readonly opensAt: ClockTime;
  readonly closesOn: IsoDate;
  readonly closesAt: ClockTime;
  readonly answeringDays: number;
}

/** The answering time's bounds in calendar days. */
export const ANSWERING_DAYS = { min: 1, max: 60 } as const;

/** Checks a typed window: real Danish moments, closing after opening, an answering time in whole days within bounds. */
export function validateQuestionWindow(input: QuestionWindowInput): Validated<Omit<QuestionWindow, 'closedEarlyAt'>> {
  const issues: ValidationIssue[] = [];
  const opensAt = moment(input.opensOn, input.opensAt, 'opens', 'Åbningen', issues);
  const closesAt = moment(input.closesOn, input.closesAt, 'closes', 'Fristen', issues);
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
    issues.push(
      issue(
        'question_window.closes_before_opening',
        'closesOn',
        `Fristen for spørgsmål (${danishLongDateTime(closesAt)}) skal ligge efter åbningen (${danishLongDateTime(opensAt)}).`,
      ),
    );
  }
  const days = input.answeringDays;
  if (!Number.isInteger(days) || days < ANSWERING_DAYS.min || days > ANSWERING_DAYS.max) {
    issues.push(
      issue(
        'question_window.answering_days',
        'answeringDays',
        `Svarfristen skal være et helt antal dage fra ${ANSWERING_DAYS.min} til ${ANSWERING_DAYS.max} efter fordelingen; ${String(days)} er ikke gyldig.`,
      ),
    );
  }
  return validated(issues, () => ({ opensAt: opensAt as Date, closesAt: closesAt as Date, answeringDays: days }));
}

function moment(date: IsoDate, time: ClockTime, field: 'opens' | 'closes', label: string, issues: ValidationIssue[]): Date | null {
  const instant = copenhagenInstant(date, time);
  if (instant) return instant;
  const skipped = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time);
  issues.push(
    issue(
      `question_window.${field}_invalid`,
      `${field}On`,
      skipped && copenhagenInstant(date, '12:00')
        ? `${label} ${date} kl. ${time.replace(':', '.')} findes ikke i dansk tid (uret stilles frem til sommertid); vælg et andet klokkeslæt.`
        : `${label} skal være en dato (ÅÅÅÅ-MM-DD) og et klokkeslæt (TT:MM); ${JSON.stringify(date)} kl. ${JSON.stringify(time)} er ikke gyldig.`,
    ),
  );
  return null;
}

/** Where the window stands at an instant. */
export type WindowState = 'not_yet_open' | 'open' | 'closed';

export const WINDOW_STATES: readonly WindowState[] = ['not_yet_open', 'open', 'closed'];

/** When the window closes (or closed): early by the budget office, or at its deadline. */
export function windowClosesAt(window: QuestionWindow): Date {
  return window.closedEarlyAt && window.closedEarlyAt < window.closesAt ? window.closedEarlyAt : window.closesAt;
}

/** Open from opensAt (inclusive) until it closes (exclusive): a question at 12.00 sharp after a 12.00 deadline is late. */
export function windowState(window: QuestionWindow, now: Date): WindowState {
  if (now.getTime() < window.opensAt.getTime()) return 'not_yet_open';
  return now.getTime() < windowClosesAt(window).getTime() ? 'open' : 'closed';
}

/** Why a question cannot be asked now (Danish, with the moments), or null when the window is open. */
export function askingRefusal(
  window: QuestionWindow | null,
  now: Date,
): { code: 'question.window_not_open' | 'question.deadline_passed'; reason: string } | null {
  if (!window) return { code: 'question.window_not_open', reason: 'Koncernøkonomi har endnu ikke åbnet for budgetspørgsmål i denne runde.' };
  const state = windowState(window, now);
  if (state === 'not_yet_open')
    return { code: 'question.window_not_open', reason: `Der kan stilles budgetspørgsmål fra ${danishLongDateTime(window.opensAt)}.` };
  if (state === 'closed') {
    const closedEarly = window.closedEarlyAt !== null && window.closedEarlyAt < window.closesAt;
    return {
      code: 'question.deadline_passed',
      reason: closedEarly
        ? `Koncernøkonomi lukkede for budgetspørgsmål ${danishLongDateTime(windowClosesAt(window))}; der kan ikke stilles flere spørgsmål.`
        : `Fristen for budgetspørgsmål udløb ${danishLongDateTime(window.closesAt)}; der kan ikke stilles flere spørgsmål.`,
    };
  }
  return null;
}

/** The window closed early now, or why it cannot be (it is not open). */
export function closeWindowEarly(window: QuestionWindow, now: Date): { ok: true; window: QuestionWindow } | { ok: false; reason: string } {
  const state = windowState(window, now);
  if (state === 'open') return { ok: true, window: { ...window, closedEarlyAt: now } };
  return {
    ok: false,
    reason:
      state === 'closed'
        ? `Der er allerede lukket for budgetspørgsmål (${danishLongDateTime(windowClosesAt(window))}).`
        : `Der er endnu ikke åbnet for budgetspørgsmål (åbner ${danishLongDateTime(window.opensAt)}); ret i stedet tidspunkterne.`,
  };
}

/** The window as typed again (for the budget office's form): Danish dates and clock times. */
export function windowInput(window: QuestionWindow): QuestionWindowInput {
  const opens = copenhagenLocal(window.opensAt);
  const closes = copenhagenLocal(window.closesAt);
  return { opensOn: opens.date, opensAt: opens.time, closesOn: closes.date, closesAt: closes.time, answeringDays: window.answeringDays };
}

/** The answering deadline of a question assigned at `assignedAt`: the same Danish clock time, answeringDays later. */
export function answerDeadline(assignedAt: Date, answeringDays: number): Date {
  return addCopenhagenDays(assignedAt, answeringDays);
}
