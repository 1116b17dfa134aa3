import { parseConsequenceTable } from '@budgetflow/contracts';
import { ConsequenceTable } from '@budgetflow/domain';

/** A stored table column that may be empty (JSON null), checked like every stored table. */
export function nullableTable(stored: unknown, path: string): ConsequenceTable | null {
  return stored === null ? null : parseConsequenceTable(stored, path);
}
