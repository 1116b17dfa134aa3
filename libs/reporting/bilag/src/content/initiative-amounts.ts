import { BudgetRound, RAADERUM_NAME, TableCells, roundColumns, sourceHeading, sumOptionalAmounts } from '@budgetflow/domain';
import { AmountCell } from '../document/amount-table-spec';
import { AgreementInitiative } from '../model/bilag-data';

/** An initiative's amounts in the round's column order (years, then Permanent); an empty cell is null («-»). */
export function columnCells(round: BudgetRound, cells: TableCells): AmountCell[] {
  return roundColumns(round).map((column) => cells[column.key] ?? null);
}

/** The initiatives' exact sum per column; a column where every one is empty stays empty. */
export function summedAmounts(round: BudgetRound, initiatives: readonly AgreementInitiative[]): TableCells {
  return Object.fromEntries(
    roundColumns(round).map((column) => [column.key, sumOptionalAmounts(initiatives.map((initiative) => initiative.amounts[column.key] ?? null))]),
  );
}

/** The funding source of an initiative as a heading: «Råderummet», «Sundhedspakken». */
export function sourceLabel(initiative: Pick<AgreementInitiative, 'sourceName'>): string {
  return sourceHeading({ name: initiative.sourceName ?? RAADERUM_NAME });
}

/** The initiatives by funding source: the råderum first, then the others in the order they first appear. */
export function initiativesBySource(initiatives: readonly AgreementInitiative[]): { label: string; initiatives: AgreementInitiative[] }[] {
  const groups = new Map<string | null, AgreementInitiative[]>();
  if (initiatives.some((initiative) => initiative.sourceName === null)) groups.set(null, []);
  for (const initiative of initiatives) groups.set(initiative.sourceName, [...(groups.get(initiative.sourceName) ?? []), initiative]);
  return [...groups.entries()].map(([sourceName, items]) => ({ label: sourceLabel({ sourceName }), initiatives: items }));
}
