import * as fc from 'fast-check';
import { nextQuestionNumber, numberedWithoutGaps, questionTitle } from './question-number';

describe('question numbers', () => {
  it('numbers from 1 without gaps, merged questions keeping theirs', () => {
    // Any sequence of arrivals and merges: every arrival takes the next number; a merge takes none away.
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ask', 'merge'), { maxLength: 200 }), (events) => {
        let last = 0;
        const numbers: number[] = [];
        for (const event of events) {
          if (event === 'ask') {
            last = nextQuestionNumber(last);
            numbers.push(last);
          }
        }
        expect(numberedWithoutGaps(numbers)).toBe(true);
        expect(numbers.length).toBe(events.filter((event) => event === 'ask').length);
      }),
    );
  });

  it('recognises a gap or a duplicate', () => {
    expect(numberedWithoutGaps([3, 1, 2])).toBe(true);
    expect(numberedWithoutGaps([1, 3])).toBe(false);
    expect(numberedWithoutGaps([1, 2, 2])).toBe(false);
    expect(numberedWithoutGaps([])).toBe(true);
  });

  it('refuses a last number that is not a whole number ≥ 0', () => {
    expect(() => nextQuestionNumber(-1)).toThrow(RangeError);
    expect(() => nextQuestionNumber(1.5)).toThrow(RangeError);
    expect(questionTitle(7)).toBe('Spørgsmål nr. 7');
  });
});
