import { copenhagenInstant } from '../time/copenhagen-clock';
import { answerDeadline, askingRefusal, closeWindowEarly, QuestionWindow, validateQuestionWindow, windowInput, windowState } from './question-window';

const at = (date: string, time: string) => copenhagenInstant(date, time) as Date;
// The region's round: from FU's first reading, 15 August kl. 8.00, until 24 August kl. 12.00; six days to answer.
const input = { opensOn: '2025-08-15', opensAt: '08:00', closesOn: '2025-08-24', closesAt: '12:00', answeringDays: 6 };
const window: QuestionWindow = { opensAt: at('2025-08-15', '08:00'), closesAt: at('2025-08-24', '12:00'), closedEarlyAt: null, answeringDays: 6 };

describe('the question window', () => {
  it('reads the typed window as Danish moments, and gives the same typing back', () => {
    expect(validateQuestionWindow(input)).toEqual({ ok: true, value: { opensAt: window.opensAt, closesAt: window.closesAt, answeringDays: 6 } });
    expect(windowInput(window)).toEqual(input);
  });

  it('refuses a window closing before it opens, an impossible moment and an answering time out of bounds, naming each field', () => {
    const result = validateQuestionWindow({ opensOn: '2025-08-24', opensAt: '12:00', closesOn: '2025-08-15', closesAt: '08:00', answeringDays: 0 });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['closesOn', 'Fristen for spørgsmål (15. august 2025 kl. 08.00) skal ligge efter åbningen (24. august 2025 kl. 12.00).'],
      ['answeringDays', 'Svarfristen skal være et helt antal dage fra 1 til 60 efter fordelingen; 0 er ikke gyldig.'],
    ]);
    const impossible = validateQuestionWindow({ ...input, opensOn: '2025-03-30', opensAt: '02:30', closesOn: '2025-02-30', answeringDays: 2.5 });
    expect(impossible.ok ? [] : impossible.issues.map((issue) => issue.code)).toEqual([
      'question_window.opens_invalid',
      'question_window.closes_invalid',
      'question_window.answering_days',
    ]);
    expect(impossible.ok ? '' : impossible.issues[0]?.message).toBe(
      'Åbningen 2025-03-30 kl. 02.30 findes ikke i dansk tid (uret stilles frem til sommertid); vælg et andet klokkeslæt.',
    );
  });

  it('is open from the opening minute until, not including, the deadline', () => {
    expect(windowState(window, new Date(window.opensAt.getTime() - 1))).toBe('not_yet_open');
    expect(windowState(window, window.opensAt)).toBe('open');
    expect(windowState(window, new Date(window.closesAt.getTime() - 1))).toBe('open');
    expect(windowState(window, window.closesAt)).toBe('closed');
  });

  it('refuses a question outside the window with a Danish reason naming the moment', () => {
    expect(askingRefusal(window, at('2025-08-20', '10:00'))).toBeNull();
    expect(askingRefusal(window, at('2025-08-24', '12:00'))).toEqual({
      code: 'question.deadline_passed',
      reason: 'Fristen for budgetspørgsmål udløb 24. august 2025 kl. 12.00; der kan ikke stilles flere spørgsmål.',
    });
    expect(askingRefusal(window, at('2025-08-14', '09:00'))).toEqual({
      code: 'question.window_not_open',
      reason: 'Der kan stilles budgetspørgsmål fra 15. august 2025 kl. 08.00.',
    });
    expect(askingRefusal(null, at('2025-08-20', '10:00'))?.code).toBe('question.window_not_open');
  });

  it('may be closed early by the budget office while open, and not again', () => {
    const now = at('2025-08-21', '15:30');
    const closed = closeWindowEarly(window, now);
    expect(closed).toEqual({ ok: true, window: { ...window, closedEarlyAt: now } });
    const early = (closed as { window: QuestionWindow }).window;
    expect(windowState(early, now)).toBe('closed');
    expect(askingRefusal(early, at('2025-08-22', '09:00'))?.reason).toBe(
      'Koncernøkonomi lukkede for budgetspørgsmål 21. august 2025 kl. 15.30; der kan ikke stilles flere spørgsmål.',
    );
    expect(closeWindowEarly(early, at('2025-08-22', '09:00'))).toEqual({
      ok: false,
      reason: 'Der er allerede lukket for budgetspørgsmål (21. august 2025 kl. 15.30).',
    });
    expect(closeWindowEarly(window, at('2025-08-01', '09:00')).ok).toBe(false);
  });
});

describe('the answering deadline', () => {
  it('is the same Danish clock time the answering days after the assignment', () => {
    expect(answerDeadline(at('2025-08-18', '10:15'), 6)).toEqual(at('2025-08-24', '10:15'));
    expect(answerDeadline(at('2025-10-22', '09:00'), 6)).toEqual(at('2025-10-28', '09:00'));
  });
});
