import { TABLE_SUM_LABEL, formatAmount } from '@budgetflow/domain';
import type { RoundColumn, TableCells } from '@budgetflow/domain';
import { useEffect, useState } from 'react';

/** «Samlet» as a screen reader hears it, once typing pauses for the delay. */
export function useAnnouncedTotals(totals: TableCells, unreadable: ReadonlySet<string>, columns: readonly RoundColumn[], delayMs = 800): string {
  return useDebounced(totalsText(totals, unreadable, columns), delayMs);
}

function totalsText(totals: TableCells, unreadable: ReadonlySet<string>, columns: readonly RoundColumn[]): string {
  const parts = columns.map((column) => `${column.label} ${unreadable.has(column.key) ? 'kan ikke beregnes' : formatAmount(totals[column.key] ?? null)}`);
  return `${TABLE_SUM_LABEL}: ${parts.join(', ')} mio. kr.`;
}

/** The value once it has stopped changing for a while. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
