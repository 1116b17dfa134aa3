import { isOverdue } from './overdue';
import { QUESTION_STATES } from './question-state';

describe('overdue', () => {
  const deadline = new Date('2025-08-24T10:00:00Z');
  const after = new Date('2025-08-24T10:00:00Z');
  const before = new Date('2025-08-24T09:59:59.999Z');

  it('is overdue from the deadline while the answerer owes the answer (assigned or sent back)', () => {
    expect(QUESTION_STATES.filter((state) => isOverdue({ state, deadline }, after))).toEqual(['assigned', 'sent_back']);
    expect(QUESTION_STATES.filter((state) => isOverdue({ state, deadline }, before))).toEqual([]);
  });

  it('is never overdue without a deadline', () => {
    expect(isOverdue({ state: 'asked', deadline: null }, after)).toBe(false);
  });
});
