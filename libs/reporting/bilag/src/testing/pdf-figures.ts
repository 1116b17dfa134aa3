// Test helper: reads amounts back from the text of a bilag, as exact thousand kroner.
import { Amount, parseAmountOrThrow, sumAmounts } from '@budgetflow/domain';

const AMOUNT = /^(?:[−-]?\d{1,3}(?:\.\d{3})*,\d+|-)$/;

/** The last `count` words of a line as amounts ("-" is an empty cell, null); null when they are not amounts. */
export function trailingAmounts(line: string, count: number): (Amount | null)[] | null {
  const words = line.trim().split(/\s+/);
  const tail = words.slice(-count);
  if (words.length < count || !tail.every((word) => AMOUNT.test(word))) return null;
  return tail.map((word) => parseAmountOrThrow(word));
}

/** Sums columns of amounts exactly; an empty cell adds nothing. */
export function sumColumns(rows: readonly (readonly (Amount | null)[])[], count: number): Amount[] {
  return Array.from({ length: count }, (_column, index) => sumAmounts(rows.map((row) => row[index] ?? 0)));
}
