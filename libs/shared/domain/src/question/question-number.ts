/**
 * A round's questions are numbered 1, 2, 3 … in the order they arrive, without gaps: a merged question keeps its
 * number (the appendix lists it as merged), so no number is ever given twice or left out.
 */
export function nextQuestionNumber(lastNumber: number): number {
  if (!Number.isInteger(lastNumber) || lastNumber < 0) throw new RangeError(`The last question number must be a whole number ≥ 0, not ${lastNumber}`);
  return lastNumber + 1;
}

/** True when the numbers are exactly 1..n, each once (in any order). */
export function numberedWithoutGaps(numbers: readonly number[]): boolean {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((number, index) => number === index + 1);
}

/** «Spørgsmål nr. 7». */
export function questionTitle(number: number): string {
  return `Spørgsmål nr. ${number}`;
}
